package org.coplan.web.api;

import java.util.List;

/**
 * The body of every error answer: a plain message, for bad input the fields at fault, and for
 * a stale edit (409) who saved in between.
 */
public record ErrorJson(String message, List<FieldError> errors, String savedBy) {

    public ErrorJson(String message, List<FieldError> errors) {
        this(message, errors, null);
    }

    public record FieldError(String field, String message) {
    }

    public static ErrorJson of(String message) {
        return new ErrorJson(message, List.of());
    }
}
