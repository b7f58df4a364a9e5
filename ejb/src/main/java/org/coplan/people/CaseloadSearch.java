package org.coplan.people;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What a practitioner typed in the caseload's search box: a date of birth (28/11/2015 or
 * 2015-11-28), or part of a name or case reference. Matching is done by the database.
 */
public record CaseloadSearch(String text, LocalDate dateOfBirth) {

    private static final List<DateTimeFormatter> DATES = List.of(
            DateTimeFormatter.ofPattern("d/M/uuuu", Locale.UK).withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ISO_LOCAL_DATE);

    public static final CaseloadSearch EVERYONE = new CaseloadSearch(null, null);

    public static CaseloadSearch of(String typed) {
        if (typed == null || typed.isBlank()) {
            return EVERYONE;
        }
        String trimmed = typed.trim();
        return date(trimmed).map(d -> new CaseloadSearch(null, d)).orElseGet(() -> new CaseloadSearch(trimmed, null));
    }

    private static Optional<LocalDate> date(String text) {
        for (DateTimeFormatter format : DATES) {
            try {
                return Optional.of(LocalDate.parse(text, format));
            } catch (DateTimeParseException notThisFormat) {
                // try the next one
            }
        }
        return Optional.empty();
    }

    public boolean everyone() {
        return text == null && dateOfBirth == null;
    }

    /**
     * The text as a LIKE pattern that matches it anywhere, lower case, with the user's own % and
     * _ taken literally (escaped with \).
     */
    public String likePattern() {
        String escaped = text.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + escaped + "%";
    }
}
