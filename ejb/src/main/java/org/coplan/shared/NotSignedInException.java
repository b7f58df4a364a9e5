package org.coplan.shared;

import jakarta.ejb.ApplicationException;

/** A service was called with no signed-in user. The web layer answers with the login page or 401. */
@ApplicationException(rollback = true)
public class NotSignedInException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public NotSignedInException() {
        super("Not signed in");
    }
}
