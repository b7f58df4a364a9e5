package org.coplan.supportplan;

/** A plan as headings and lists show it. */
public record PlanSummary(long id, long personId, String personName, PlanStatus status, long ladderId, String ladderName) {
}
