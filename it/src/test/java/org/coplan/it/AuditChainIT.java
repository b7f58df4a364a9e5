package org.coplan.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.Set;
import javax.sql.DataSource;
import org.coplan.audit.AuditChain;
import org.coplan.audit.AuditSealer;
import org.coplan.audit.AuditTrailService;
import org.coplan.security.AccountService;
import org.coplan.security.Role;
import org.coplan.shared.RecordNotFoundException;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The audit trail's hash chain: every committed event is sealed, the chain checks whole, and a
 * forged, removed or changed link is reported as the first broken one. Tampering is done inside a
 * transaction that is rolled back, so the shared test database keeps a whole chain.
 */
@ExtendWith(ArquillianExtension.class)
class AuditChainIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.coplanWithTests(AuditChainIT.class);
    }

    @Inject
    AuditTrailService trail;

    @Inject
    AuditSealer sealer;

    @Inject
    AccountService accounts;

    @Inject
    TestData data;

    @Inject
    UserTransaction transaction;

    @Resource(lookup = "jdbc/coplan")
    DataSource dataSource;

    private TestData.World w;

    @BeforeEach
    void createWorld() {
        w = data.world();
    }

    private long newAccount(String prefix) throws Exception {
        return RunAs.user(w.admin(), () -> accounts.createAccount(prefix + w.suffix(), "Sealed Person", TestData.PASSWORD,
                EnumSet.of(Role.PRACTITIONER), Set.of(w.teamA())));
    }

    private static long one(Connection db, String sql, Object... params) throws SQLException {
        try (PreparedStatement q = db.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                q.setObject(i + 1, params[i]);
            }
            try (ResultSet r = q.executeQuery()) {
                assertThat(r.next()).as(sql).isTrue();
                return r.getLong(1);
            }
        }
    }

    @Test
    void everyCommittedEventIsSealedAndTheChainChecksWhole() throws Exception {
        long account = newAccount("it.sealed.");
        AuditChain.Check check = RunAs.user(w.admin(), () -> trail.check());

        assertThat(check.intact()).as("%s", check).isTrue();
        assertThat(check.problem()).isNull();
        assertThat(check.unsealed()).isZero();
        assertThat(check.links()).isGreaterThan(1);
        assertThat(check.lastSealedAt()).isNotNull();
        try (Connection db = dataSource.getConnection()) {
            long event = one(db, "SELECT id FROM audit_event WHERE action = 'account.create' AND record_id = ?", account);
            assertThat(one(db, "SELECT COUNT(*) FROM audit_seal WHERE event_id = ?", event)).as("the change's event is sealed once")
                    .isEqualTo(1);
            assertThat(one(db, "SELECT COUNT(*) FROM audit_event e WHERE NOT EXISTS (SELECT 1 FROM audit_seal s "
                    + "WHERE s.event_id = e.id) AND e.id > (SELECT covers_to_id FROM audit_seal WHERE chain_no = 0) "
                    + "AND e.action <> 'audit.chain.check'")).as("every event but the check's own is sealed").isZero();
        }
        // The check itself is on record.
        assertThat(data.auditEventsFor("audit.chain.check", w.admin())).isEqualTo(1);
    }

    @Test
    void onlyAnAdministratorMayCheckTheChain() {
        assertThatThrownBy(() -> RunAs.user(w.managerAB(), () -> trail.check())).isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> RunAs.user(w.practitionerA(), () -> trail.check())).isInstanceOf(RecordNotFoundException.class);
    }

    @Test
    void aForgedLinkIsTheFirstBrokenLink() throws Exception {
        newAccount("it.forged.");
        sealer.sealNow();
        transaction.begin();
        try (Connection db = dataSource.getConnection()) {
            long head = one(db, "SELECT MAX(chain_no) FROM audit_seal");
            long forged = one(db, "SELECT MAX(id) FROM audit_event") + 1_000_000;
            // Anyone who may add rows adds an event and a link of their own making.
            try (PreparedStatement insert = db.prepareStatement("INSERT INTO audit_event (id, occurred_at, actor, action, "
                    + "record_type, record_id, purpose, outcome) VALUES (?, ?, 'intruder', 'account.create', 'UserAccount', 1, "
                    + "'administration', 'ALLOWED')")) {
                insert.setLong(1, forged);
                insert.setObject(2, LocalDateTime.ofInstant(Instant.now(), ZoneOffset.UTC));
                insert.executeUpdate();
            }
            String headHash;
            try (PreparedStatement q = db.prepareStatement("SELECT hash FROM audit_seal WHERE chain_no = ?")) {
                q.setLong(1, head);
                try (ResultSet r = q.executeQuery()) {
                    r.next();
                    headHash = r.getString(1);
                }
            }
            try (PreparedStatement seal = db.prepareStatement("INSERT INTO audit_seal (chain_no, event_id, prev_hash, hash, sealed_at) "
                    + "VALUES (?, ?, ?, ?, ?)")) {
                seal.setLong(1, head + 1);
                seal.setLong(2, forged);
                seal.setString(3, headHash);
                seal.setString(4, "f".repeat(64));
                seal.setObject(5, LocalDateTime.ofInstant(Instant.now(), ZoneOffset.UTC));
                seal.executeUpdate();
            }
            AuditChain.Check check = AuditChain.check(db, Instant.now().minusSeconds(120));
            assertThat(check.intact()).isFalse();
            assertThat(check.brokenAt()).isEqualTo(head + 1);
            assertThat(check.eventId()).isEqualTo(forged);
            assertThat(check.problem()).isEqualTo(AuditChain.Problem.EVENT_CHANGED);
            assertThat(check.links()).as("every link before it checked").isEqualTo(head + 1);
        } finally {
            transaction.rollback();
        }
        assertThat(RunAs.user(w.admin(), () -> trail.check()).intact()).as("the forgery rolled back").isTrue();
    }

    @Test
    void aLinkSkippedIsAMissingLink() throws Exception {
        sealer.sealNow();
        transaction.begin();
        try (Connection db = dataSource.getConnection()) {
            long head = one(db, "SELECT MAX(chain_no) FROM audit_seal");
            try (PreparedStatement seal = db.prepareStatement("INSERT INTO audit_seal (chain_no, event_id, prev_hash, hash, sealed_at) "
                    + "VALUES (?, NULL, ?, ?, ?)")) {
                seal.setLong(1, head + 2);
                seal.setString(2, "0".repeat(64));
                seal.setString(3, "0".repeat(64));
                seal.setObject(4, LocalDateTime.ofInstant(Instant.now(), ZoneOffset.UTC));
                seal.executeUpdate();
            }
            AuditChain.Check check = AuditChain.check(db, Instant.now().minusSeconds(120));
            assertThat(check.intact()).isFalse();
            assertThat(check.brokenAt()).isEqualTo(head + 1);
            assertThat(check.problem()).isEqualTo(AuditChain.Problem.LINK_MISSING);
        } finally {
            transaction.rollback();
        }
    }

    @Test
    void aSealedEventChangedBreaksItsLinkWhereTheDatabaseAllowsTheChangeAtAll() throws Exception {
        long account = newAccount("it.changed.");
        sealer.sealNow();
        transaction.begin();
        try (Connection db = dataSource.getConnection()) {
            long event = one(db, "SELECT id FROM audit_event WHERE action = 'account.create' AND record_id = ?", account);
            long link = one(db, "SELECT chain_no FROM audit_seal WHERE event_id = ?", event);
            if (db.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres")) {
                // On PostgreSQL the application's role cannot change a sealed event or a link at all.
                try (Statement sql = db.createStatement()) {
                    assertThatThrownBy(() -> sql.executeUpdate("UPDATE audit_event SET actor = 'someone else' WHERE id = " + event))
                            .isInstanceOf(SQLException.class);
                }
            } else {
                try (Statement sql = db.createStatement()) {
                    assertThat(sql.executeUpdate("UPDATE audit_event SET actor = 'someone else' WHERE id = " + event)).isEqualTo(1);
                }
                AuditChain.Check check = AuditChain.check(db, Instant.now().minusSeconds(120));
                assertThat(check.intact()).isFalse();
                assertThat(check.brokenAt()).isEqualTo(link);
                assertThat(check.eventId()).isEqualTo(event);
                assertThat(check.problem()).isEqualTo(AuditChain.Problem.EVENT_CHANGED);
            }
        } finally {
            transaction.rollback();
        }
    }

    @Test
    void onPostgresqlTheApplicationRoleCannotChangeOrRemoveALink() throws Exception {
        sealer.sealNow();
        try (Connection db = dataSource.getConnection()) {
            if (!db.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres")) {
                return; // H2 has no roles to enforce it; the chain's check still finds a change (above).
            }
            try (Statement sql = db.createStatement()) {
                assertThatThrownBy(() -> sql.executeUpdate("UPDATE audit_seal SET hash = prev_hash WHERE chain_no = 1"))
                        .isInstanceOf(SQLException.class);
                assertThatThrownBy(() -> sql.executeUpdate("DELETE FROM audit_seal WHERE chain_no = 1"))
                        .isInstanceOf(SQLException.class);
            }
        }
    }
}
