package org.coplan.shared;

import java.time.LocalDate;

/** Values of native queries' columns as the drivers return them (H2 and PostgreSQL differ), read one way. */
public final class SqlValues {

    private SqlValues() {
    }

    /** A date column: LocalDate, java.sql.Date, another java.util.Date, or text starting yyyy-mm-dd; null stays null. */
    public static LocalDate date(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof LocalDate d) {
            return d;
        }
        if (value instanceof java.sql.Date d) {
            return d.toLocalDate();
        }
        if (value instanceof java.util.Date d) {
            return new java.sql.Date(d.getTime()).toLocalDate();
        }
        return LocalDate.parse(value.toString().substring(0, 10));
    }
}
