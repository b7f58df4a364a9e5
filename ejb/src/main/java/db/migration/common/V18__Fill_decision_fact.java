package db.migration.common;

import java.sql.Statement;
import org.coplan.participationaudit.DecisionFacts;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Fills the participation audit's read model (V16) once, for the decisions recorded before it
 * existed, with the same SQL the ledger's changes keep it with. From here on the ledger keeps it
 * in step, so nothing is checked again at start.
 */
public class V18__Fill_decision_fact extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        try (Statement statement = context.getConnection().createStatement()) {
            statement.executeUpdate("DELETE FROM decision_fact");
            statement.executeUpdate(DecisionFacts.FILL_ALL);
        }
    }
}
