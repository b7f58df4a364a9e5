package org.coplan.it;

import java.util.concurrent.Callable;
import org.apache.shiro.mgt.DefaultSecurityManager;
import org.apache.shiro.subject.SimplePrincipalCollection;
import org.apache.shiro.subject.Subject;
import org.coplan.security.CoPlanRealm;

/**
 * Runs code inside the server as a given user, the way the web layer's Shiro filter does:
 * a subject bound to the thread, which the services read. No password is checked here; the
 * login itself is tested through the browser and the API.
 */
public final class RunAs {

    private static final DefaultSecurityManager NO_LOGIN = new DefaultSecurityManager();

    private RunAs() {
    }

    public static <T> T user(String username, Callable<T> work) throws Exception {
        Subject subject = new Subject.Builder(NO_LOGIN)
                .principals(new SimplePrincipalCollection(username, CoPlanRealm.NAME))
                .authenticated(true)
                .sessionCreationEnabled(false)
                .buildSubject();
        // associateWith, not execute: the caller sees the service's own exception, not a wrapper.
        return subject.associateWith(work).call();
    }

    /** Runs with no one signed in. */
    public static <T> T nobody(Callable<T> work) throws Exception {
        return new Subject.Builder(NO_LOGIN).sessionCreationEnabled(false).buildSubject().associateWith(work).call();
    }
}
