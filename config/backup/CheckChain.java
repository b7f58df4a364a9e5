import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Instant;
import org.coplan.audit.AuditChain;

/**
 * Checks a restored CoPlan database offline: walks the audit trail's hash chain with CoPlan's own
 * {@link AuditChain}, the code the server seals and checks with, over plain JDBC. With a superuser
 * given too, it then shows that the same check finds a change: inside a transaction that is rolled
 * back, it changes the last sealed event (triggers off, as only a superuser can) and expects the
 * check to name that event as changed. Nothing is left changed.
 *
 * <pre>
 *   java -cp ejb/target/classes:postgresql.jar config/backup/CheckChain.java
 * </pre>
 *
 * Environment: COPLAN_CHECK_URL (a JDBC URL), COPLAN_CHECK_USER and COPLAN_CHECK_PASSWORD (CoPlan's
 * own role is enough to check); COPLAN_CHECK_ADMIN_USER and COPLAN_CHECK_ADMIN_PASSWORD (optional,
 * a superuser, for the change that must be found). Exits 0 when the chain is whole (and the change
 * was found), 1 otherwise.
 */
public class CheckChain {

    public static void main(String[] args) throws SQLException {
        String url = System.getenv("COPLAN_CHECK_URL");
        boolean ok;
        try (Connection db = DriverManager.getConnection(url, System.getenv("COPLAN_CHECK_USER"), System.getenv("COPLAN_CHECK_PASSWORD"))) {
            db.setReadOnly(true);
            AuditChain.Check check = AuditChain.check(db, Instant.now());
            System.out.printf("  chain: intact=%s links=%d eventsBeforeChain=%d unsealed=%d lastSealedAt=%s%s%n",
                    check.intact(), check.links(), check.eventsBeforeChain(), check.unsealed(), check.lastSealedAt(),
                    check.intact() ? "" : " brokenAtLink=" + check.brokenAt() + " eventId=" + check.eventId() + " problem=" + check.problem());
            ok = check.intact() && check.links() > 1;
        }
        String admin = System.getenv("COPLAN_CHECK_ADMIN_USER");
        if (ok && admin != null && !admin.isBlank()) {
            ok = changeIsFound(url, admin, System.getenv("COPLAN_CHECK_ADMIN_PASSWORD"));
        }
        System.exit(ok ? 0 : 1);
    }

    /** Changes the last sealed event in a transaction that is rolled back, and checks that the chain breaks there. */
    static boolean changeIsFound(String url, String user, String password) throws SQLException {
        try (Connection db = DriverManager.getConnection(url, user, password)) {
            db.setAutoCommit(false);
            try (var s = db.createStatement()) {
                // Replica mode skips the append-only triggers; only a superuser may set it.
                s.execute("SET LOCAL session_replication_role = replica");
                long eventId;
                try (var r = s.executeQuery("SELECT event_id FROM audit_seal WHERE event_id IS NOT NULL ORDER BY chain_no DESC FETCH FIRST 1 ROWS ONLY")) {
                    r.next();
                    eventId = r.getLong(1);
                }
                s.executeUpdate("UPDATE audit_event SET detail = COALESCE(detail, '') || ' (changed)' WHERE id = " + eventId);
                AuditChain.Check check = AuditChain.check(db, Instant.now());
                boolean found = !check.intact() && check.problem() == AuditChain.Problem.EVENT_CHANGED
                        && Long.valueOf(eventId).equals(check.eventId());
                System.out.printf("  a changed event (id %d, rolled back) is found: %s (problem=%s at link %s)%n",
                        eventId, found ? "yes" : "NO", check.problem(), check.brokenAt());
                return found;
            } finally {
                db.rollback();
            }
        }
    }
}
