package db.migration.common;

import java.time.Clock;
import java.time.Instant;
import org.coplan.audit.AuditChain;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Begins the audit trail's hash chain (V19) with one link that covers every audit event recorded
 * before it, so that the trail a council already has is protected from here on too. Runs before
 * CoPlan writes anything, so no event is left between that link and the ones sealed after it.
 */
public class V20__Begin_audit_chain extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        AuditChain.begin(context.getConnection(), Instant.now(Clock.systemUTC()));
    }
}
