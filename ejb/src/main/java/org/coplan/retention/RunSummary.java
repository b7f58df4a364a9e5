package org.coplan.retention;

import java.time.Instant;
import java.time.LocalDate;

/** A run as the retention screen lists it. */
public record RunSummary(long id, boolean dryRun, String startedBy, Instant startedAt, Instant finishedAt, LocalDate asOf,
                         String scope, int peopleDue, int held, int deleted, int anonymised, int failed) {
}
