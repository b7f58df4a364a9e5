package org.coplan.audit;

import jakarta.annotation.Resource;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Seals committed audit events into the hash chain ({@link AuditChain}) every few seconds. Each
 * run looks at the events of the last {@link #LOOK_BACK} (an event is committed with the change
 * it records, within that time); once an hour, and at the first run after CoPlan starts, it
 * looks through every event not sealed yet.
 */
@Singleton
public class AuditSealer {

    private static final Logger LOG = Logger.getLogger(AuditSealer.class.getName());

    static final Duration LOOK_BACK = Duration.ofMinutes(15);
    static final Duration FULL_SWEEP_EVERY = Duration.ofHours(1);
    static final int BATCH = 2_000;

    @Resource(lookup = "jdbc/coplan")
    DataSource dataSource;

    private Instant lastFullSweep;

    @Schedule(second = "*/5", minute = "*", hour = "*", persistent = false)
    void everyFewSeconds() {
        Instant now = Instant.now(Clock.systemUTC());
        boolean full = lastFullSweep == null || lastFullSweep.isBefore(now.minus(FULL_SWEEP_EVERY));
        try {
            int sealed = seal(full ? Instant.EPOCH : now.minus(LOOK_BACK), now, 10);
            if (full && sealed < 10 * BATCH) {
                lastFullSweep = now;
            }
        } catch (SQLException | RuntimeException e) {
            // Another server sealing at the same moment, or the database away: the next run seals them.
            LOG.log(Level.WARNING, "Audit events not sealed this time; the next run tries again: {0}", e.getMessage());
        }
    }

    /** Seals every committed event not sealed yet, now; returns how many. */
    @NotAudited("writes only the hash chain's own links; no one's records are read or changed")
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int sealNow() {
        try {
            return seal(Instant.EPOCH, Instant.now(Clock.systemUTC()), Integer.MAX_VALUE);
        } catch (SQLException e) {
            throw new IllegalStateException("Audit events could not be sealed", e);
        }
    }

    private int seal(Instant since, Instant now, int batches) throws SQLException {
        int sealed = 0;
        try (Connection db = dataSource.getConnection()) {
            for (int i = 0; i < batches; i++) {
                int n = AuditChain.seal(db, since, BATCH, now);
                sealed += n;
                if (n < BATCH) {
                    break;
                }
            }
        }
        return sealed;
    }
}
