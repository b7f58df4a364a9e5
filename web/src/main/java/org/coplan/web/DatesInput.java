package org.coplan.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;

/** Dates as people type them: 31/1/2027, or 2027-01-31 as a date field sends it. */
public final class DatesInput {

    private static final List<DateTimeFormatter> FORMATS = List.of(DateTimeFormatter.ISO_LOCAL_DATE,
            DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT));

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMMM yyyy 'at' HH:mm");

    private DatesInput() {
    }

    /** A moment as the council's clock shows it: 28 November 2026 at 10:42. */
    public static String when(java.time.Instant at) {
        return at == null ? "" : WHEN.format(at.atZone(org.coplan.shared.CouncilTime.ZONE));
    }

    /** The date, or null when the text is blank or not a date. */
    public static LocalDate parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        for (DateTimeFormatter format : FORMATS) {
            try {
                return LocalDate.parse(text.trim(), format);
            } catch (DateTimeParseException notThisOne) {
                // try the next format
            }
        }
        return null;
    }
}
