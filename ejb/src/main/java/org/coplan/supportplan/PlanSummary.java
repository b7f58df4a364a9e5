package org.coplan.supportplan;

import java.time.LocalDate;

/** A plan as headings and lists show it. */
public record PlanSummary(long id, long personId, String personName, PlanStatus status, long ladderId, String ladderName,
                          LocalDate nextReviewDue, boolean reviewOverdue, int currentVersionNo, boolean child,
                          String closedReason, org.coplan.shared.ServiceArea serviceArea) {
}
