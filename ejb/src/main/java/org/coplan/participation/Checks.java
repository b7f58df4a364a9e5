package org.coplan.participation;

import java.util.regex.Pattern;
import org.coplan.shared.BusinessException;

/** The input rules ladders and rungs share, with messages fit to show next to the field. */
final class Checks {

    /** Capital letters, digits and single underscores, starting with a letter: TLAP, CO_PRODUCTION. */
    static final Pattern UPPER_SNAKE = Pattern.compile("[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*");

    private Checks() {
    }

    /** The text trimmed; refused when blank or longer than the column holds. */
    static String text(String value, int max, String field, String whenBlank) {
        if (value == null || value.isBlank()) {
            throw new BusinessException(field, whenBlank);
        }
        String trimmed = value.trim();
        if (trimmed.length() > max) {
            throw new BusinessException(field, "This can be at most " + max + " characters long. It is "
                    + trimmed.length() + " now.");
        }
        return trimmed;
    }

    /** A code as stored: trimmed, UPPER_SNAKE, no longer than the column holds. */
    static String code(String value, int max, String whenBlank) {
        String code = text(value, max, "code", whenBlank);
        if (!UPPER_SNAKE.matcher(code).matches()) {
            throw new BusinessException("code", "Use capital letters, digits and underscores only, starting with "
                    + "a letter, for example OUR_COUNCIL_LADDER.");
        }
        return code;
    }
}
