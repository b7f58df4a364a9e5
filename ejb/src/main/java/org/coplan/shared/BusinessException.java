package org.coplan.shared;

import jakarta.ejb.ApplicationException;

/**
 * A rule of the domain refused the request (bad input, a state that does not allow it).
 * The message is plain language, fit to show to the user next to what they typed.
 * Rolls the transaction back, so a refused change leaves nothing half-written.
 */
@ApplicationException(rollback = true)
public class BusinessException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String field;

    public BusinessException(String message) {
        this(null, message);
    }

    public BusinessException(String field, String message) {
        super(message);
        this.field = field;
    }

    /** The input field the message is about, or null when it is about the whole request. */
    public String field() {
        return field;
    }
}
