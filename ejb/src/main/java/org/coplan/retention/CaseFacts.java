package org.coplan.retention;

import java.time.LocalDate;
import org.coplan.shared.ServiceArea;

/**
 * What decides whether a person's case record is due: their date of birth, their team's service
 * area, whether they are looked after, the council day their last plan closed (null when none has)
 * and how many of their plans are still open.
 */
public record CaseFacts(long personId, String reference, LocalDate dateOfBirth, ServiceArea serviceArea, boolean lookedAfter,
                        LocalDate lastClosedOn, int openPlans, boolean held) {
}
