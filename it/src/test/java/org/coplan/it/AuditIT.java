package org.coplan.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.util.EnumSet;
import java.util.Set;
import org.coplan.people.PeopleService;
import org.coplan.security.AccountService;
import org.coplan.security.Role;
import org.coplan.shared.RecordNotFoundException;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The audit trail is written in the change's own transaction, keeps refusals, and is append-only. */
@ExtendWith(ArquillianExtension.class)
class AuditIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.coplanWithTests(AuditIT.class);
    }

    @Inject
    AccountService accounts;

    @Inject
    PeopleService people;

    @Inject
    TestData data;

    @Inject
    UserTransaction transaction;

    private TestData.World w;

    @BeforeEach
    void createWorld() {
        w = data.world();
    }

    @Test
    void aCommittedChangeAlwaysHasItsAuditEvent() throws Exception {
        String username = "it.new." + w.suffix();
        long id = RunAs.user(w.admin(), () -> accounts.createAccount(username, "New Person", TestData.PASSWORD,
                EnumSet.of(Role.PRACTITIONER), Set.of(w.teamA())));
        assertThat(data.accounts(username)).isEqualTo(1);
        assertThat(data.auditEvents("account.create", id, w.admin(), "ALLOWED")).isEqualTo(1);
    }

    @Test
    void aRolledBackChangeLeavesNoAuditEvent() throws Exception {
        String username = "it.rolled-back." + w.suffix();
        transaction.begin();
        long id;
        try {
            id = RunAs.user(w.admin(), () -> accounts.createAccount(username, "Rolled Back", TestData.PASSWORD,
                    EnumSet.of(Role.PRACTITIONER), Set.of()));
        } finally {
            transaction.rollback();
        }
        assertThat(data.accounts(username)).isZero();
        assertThat(data.auditEvents("account.create", id, w.admin(), "ALLOWED")).isZero();
    }

    @Test
    void aRefusalIsAuditedEvenWhenTheCallersTransactionRollsBack() throws Exception {
        transaction.begin();
        try {
            assertThatThrownBy(() -> RunAs.user(w.practitionerA(), () -> people.person(w.personB())))
                    .isInstanceOf(RecordNotFoundException.class);
        } finally {
            transaction.rollback();
        }
        assertThat(data.auditEvents("person.view", w.personB(), w.practitionerA(), "DENIED")).isEqualTo(1);
    }

    @Test
    void aRoleWithoutTheRightToCreateAccountsIsRefusedAndAudited() throws Exception {
        String username = "it.not-allowed." + w.suffix();
        assertThatThrownBy(() -> RunAs.user(w.practitionerA(), () -> accounts.createAccount(username, "No",
                TestData.PASSWORD, EnumSet.of(Role.ADMIN), Set.of()))).isInstanceOf(RecordNotFoundException.class);
        assertThat(data.accounts(username)).isZero();
        assertThat(data.auditEventsFor("account.create", w.practitionerA())).isEqualTo(1);
    }
}
