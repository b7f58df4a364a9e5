package org.coplan.audit;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import javax.sql.DataSource;
import org.coplan.security.Callers;
import org.coplan.security.Role;
import org.coplan.shared.RecordNotFoundException;

/** The audit trail's own health: an administrator checks that its hash chain is whole. */
@Stateless
public class AuditTrailService {

    /** Events older than this and not sealed are reported: the sealer runs every few seconds. */
    static final Duration SEALED_WITHIN = Duration.ofMinutes(2);

    @Inject
    Callers callers;

    @EJB
    AuditSealer sealer;

    @Resource(lookup = "jdbc/coplan")
    DataSource dataSource;

    /**
     * Seals what is waiting, then walks the whole chain from its first link: whether it is
     * whole, and if not, the first broken link. For administrators only.
     */
    @Audited(action = "audit.chain.check", recordType = "AuditTrail", purpose = "security")
    public AuditChain.Check check() {
        if (!callers.current().has(Role.ADMIN)) {
            throw new RecordNotFoundException("AuditTrail", "chain");
        }
        sealer.sealNow();
        try (Connection db = dataSource.getConnection()) {
            AuditChain.Check check = AuditChain.check(db, Instant.now(Clock.systemUTC()).minus(SEALED_WITHIN));
            AuditNote.current().detail(check.intact() ? "intact, " + check.links() + " links"
                    : "broken at link " + check.brokenAt() + ": " + check.problem());
            return check;
        } catch (SQLException e) {
            throw new IllegalStateException("The audit trail could not be read", e);
        }
    }
}
