package org.coplan.web.api;

import java.util.List;

/** The body of every error answer: a plain message, and for bad input the fields at fault. */
public record ErrorJson(String message, List<FieldError> errors) {

    public record FieldError(String field, String message) {
    }

    public static ErrorJson of(String message) {
        return new ErrorJson(message, List.of());
    }
}
