package org.coplan.security;

import java.util.concurrent.Callable;
import org.apache.shiro.mgt.DefaultSecurityManager;
import org.apache.shiro.subject.SimplePrincipalCollection;
import org.apache.shiro.subject.Subject;

/**
 * Runs server-side start-up work (the demo council loader) as a named user, so that what it
 * records goes through the services with their checks and audit, under that user's name. Not
 * reachable from any request: no page or API calls it.
 */
public final class SystemTasks {

    private static final DefaultSecurityManager NO_LOGIN = new DefaultSecurityManager();

    private SystemTasks() {
    }

    public static <T> T runAs(String username, Callable<T> work) throws Exception {
        Subject subject = new Subject.Builder(NO_LOGIN)
                .principals(new SimplePrincipalCollection(username, CoPlanRealm.NAME))
                .authenticated(true)
                .sessionCreationEnabled(false)
                .buildSubject();
        return subject.associateWith(work).call();
    }
}
