package org.coplan.retention;

import java.time.Instant;
import java.time.LocalDate;

/** One person a run found due, as the retention screen shows it: reference, never a name. */
public record ItemView(long personId, String reference, String recordType, LocalDate dueOn, String why, String action,
                       String outcome, int rowsChanged, String problem, Instant doneAt) {
}
