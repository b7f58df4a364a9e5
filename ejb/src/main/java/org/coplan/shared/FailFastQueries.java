package org.coplan.shared;

import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.sessions.DatabaseLogin;
import org.eclipse.persistence.sessions.Session;

/**
 * EclipseLink tries a failed read up to three more times, five seconds apart, when it takes the
 * failure for a lost connection, and it takes "every pooled connection is in use" for one. A
 * page then waited 16 seconds longer before it could say "busy, try again", while the request
 * held its thread. The connection pool already replaces dead connections (it checks each one
 * before handing it out), so a read is not tried again: the failure reaches the user at once.
 */
public class FailFastQueries implements SessionCustomizer {

    @Override
    public void customize(Session session) {
        if (session.getDatasourceLogin() instanceof DatabaseLogin login) {
            login.setQueryRetryAttemptCount(0);
        }
    }
}
