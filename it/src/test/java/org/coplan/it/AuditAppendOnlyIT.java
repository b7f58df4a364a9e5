package org.coplan.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * On PostgreSQL, CoPlan's own database role cannot change or remove audit events. Runs in the
 * PostgreSQL suite (-Ppostgresql), connected as that very role with the credentials the
 * domain's connection pool uses. On H2 there are no roles to enforce it, so it does not run.
 */
@EnabledIfSystemProperty(named = "coplan.db", matches = "postgresql")
class AuditAppendOnlyIT {

    private static Connection connectAsApplicationRole() throws SQLException {
        return DatabaseFault.connectAsApplicationRole();
    }

    @Test
    void theApplicationRoleCanAddAuditEventsButNeverChangeOrRemoveThem() throws Exception {
        try (Connection db = connectAsApplicationRole()) {
            long id;
            try (Statement s = db.createStatement(); ResultSet r = s.executeQuery("SELECT nextval('audit_event_seq')")) {
                r.next();
                id = r.getLong(1);
            }
            try (PreparedStatement insert = db.prepareStatement("INSERT INTO audit_event (id, occurred_at, actor, action, "
                    + "record_type, record_id, purpose, outcome) VALUES (?, ?, 'it', 'it.append', 'Test', ?, 'test', 'ALLOWED')")) {
                insert.setLong(1, id);
                insert.setTimestamp(2, Timestamp.from(Instant.now()));
                insert.setLong(3, id);
                assertThat(insert.executeUpdate()).isEqualTo(1);
            }
            try (Statement sql = db.createStatement()) {
                assertThatThrownBy(() -> sql.executeUpdate("UPDATE audit_event SET purpose = 'tampered' WHERE id = " + id))
                        .isInstanceOf(SQLException.class);
                assertThatThrownBy(() -> sql.executeUpdate("DELETE FROM audit_event WHERE id = " + id))
                        .isInstanceOf(SQLException.class);
                assertThatThrownBy(() -> sql.executeUpdate("TRUNCATE audit_event"))
                        .isInstanceOf(SQLException.class);
                try (ResultSet r = sql.executeQuery("SELECT purpose FROM audit_event WHERE id = " + id)) {
                    assertThat(r.next()).isTrue();
                    assertThat(r.getString(1)).isEqualTo("test");
                }
            }
        }
    }
}
