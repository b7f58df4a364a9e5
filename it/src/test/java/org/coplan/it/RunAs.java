package org.coplan.it;

import java.util.concurrent.Callable;
import org.apache.shiro.mgt.DefaultSecurityManager;
import org.apache.shiro.subject.Subject;
import org.coplan.security.SystemTasks;

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
        return SystemTasks.runAs(username, work);
    }

    /** Runs with no one signed in. */
    public static <T> T nobody(Callable<T> work) throws Exception {
        return new Subject.Builder(NO_LOGIN).sessionCreationEnabled(false).buildSubject().associateWith(work).call();
    }
}
