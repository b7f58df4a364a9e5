package org.coplan.participationaudit;

import java.time.LocalDate;
import org.coplan.shared.ServiceArea;

/**
 * What a participation audit is filtered by: team, service area, locality, ladder and period
 * (inclusive). Any of the first four may be null for "all the manager may see"; the period
 * defaults to the last four calendar quarters, this one included.
 */
public record AuditFilter(Long teamId, ServiceArea serviceArea, String locality, Long ladderId, LocalDate from, LocalDate to) {

    public AuditFilter {
        locality = locality == null || locality.isBlank() ? null : locality.trim();
    }

    /** The last four calendar quarters up to today, with nothing else chosen. */
    public static AuditFilter lastFourQuarters(LocalDate today) {
        return new AuditFilter(null, null, null, null, Measures.quarterStart(today).minusMonths(9), today);
    }

    /** The same filter with its period filled in where it was left out. */
    public AuditFilter withDefaultPeriod(LocalDate today) {
        LocalDate start = from != null ? from : Measures.quarterStart(today).minusMonths(9);
        return new AuditFilter(teamId, serviceArea, locality, ladderId, start, to != null ? to : today);
    }
}
