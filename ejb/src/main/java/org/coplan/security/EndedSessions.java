package org.coplan.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Whose web sessions have been ended: "the sessions user X signed in to before instant T".
 * Filled once a change that takes access away has committed ({@link SessionsEnded}); the web
 * layer asks on every request and signs out a session that was ended, so the user's very next
 * request finds them signed out.
 *
 * <p>One entry a user, kept for the life of the server: a few bytes for each account disabled
 * or portal user cut off, and sessions do not outlive a restart. Nothing here is injected (in
 * Payara an application-scoped bean was once made with its @Inject fields unset).
 */
@ApplicationScoped
public class EndedSessions {

    private final ConcurrentMap<String, Instant> endedAt = new ConcurrentHashMap<>();

    private Clock clock = Clock.systemUTC();

    EndedSessions() {
    }

    EndedSessions(Clock clock) {
        this.clock = clock;
    }

    /** Ends every session the user signed in to until now. */
    public void end(String username) {
        endedAt.merge(username, clock.instant(), (old, now) -> now.isAfter(old) ? now : old);
    }

    /** Whether a session of the user that began at the given instant has been ended since. */
    public boolean isEnded(String username, Instant signedInAt) {
        Instant ended = endedAt.get(username);
        return ended != null && !signedInAt.isAfter(ended);
    }

    void onEnded(@Observes(during = TransactionPhase.AFTER_SUCCESS) SessionsEnded ended) {
        end(ended.username());
    }
}
