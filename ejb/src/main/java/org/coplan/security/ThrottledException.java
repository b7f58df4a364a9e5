package org.coplan.security;

import java.time.Duration;
import org.apache.shiro.authc.AuthenticationException;

/**
 * A sign-in refused without its password being checked, because too many sign-ins failed for
 * the account name or from the address lately. Says how long until the next try is taken; it
 * never says whether the account exists (an unknown name is throttled the same way).
 */
public class ThrottledException extends AuthenticationException {

    private static final long serialVersionUID = 1L;

    /** Which count refused the sign-in. */
    public enum By { ACCOUNT, ADDRESS }

    private final By by;
    private final Duration retryAfter;

    public ThrottledException(By by, Duration retryAfter) {
        super("Too many failed sign-ins; try again in " + retryAfter.toSeconds() + " s");
        this.by = by;
        this.retryAfter = retryAfter;
    }

    public By by() {
        return by;
    }

    /** How long until a sign-in is taken again: never more than the longest delay set. */
    public Duration retryAfter() {
        return retryAfter;
    }

    /** Whole minutes to tell a person, rounded up, at least one. */
    public long minutes() {
        return Math.max(1, (retryAfter.toSeconds() + 59) / 60);
    }

    /** Whole seconds for a Retry-After header, rounded up, at least one. */
    public long seconds() {
        return Math.max(1, retryAfter.toSeconds() + (retryAfter.toNanosPart() > 0 ? 1 : 0));
    }
}
