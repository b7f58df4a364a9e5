package org.coplan.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.coplan.people.CaseloadSearch;
import org.coplan.people.PeopleService;
import org.coplan.supportplan.CaseloadEntry;
import org.coplan.supportplan.CaseloadOrder;
import org.coplan.supportplan.SupportPlanService;
import org.coplan.shared.NotSignedInException;
import org.coplan.shared.PageRequest;
import org.coplan.shared.RecordNotFoundException;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The role × record matrix for people: a role never grants access to every person. */
@ExtendWith(ArquillianExtension.class)
class PeopleAccessIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.coplanWithTests(PeopleAccessIT.class);
    }

    @Inject
    PeopleService people;

    @Inject
    SupportPlanService plans;

    @Inject
    TestData data;

    private TestData.World w;

    @BeforeEach
    void createWorld() {
        w = data.world();
    }

    @Test
    void eachRoleSeesExactlyThePeopleItsTeamsAllowAnd404OtherwiseWithADeniedAuditEvent() throws Exception {
        // user -> {may see person A, may see person B}
        Map<String, boolean[]> expected = Map.of(
                w.practitionerA(), new boolean[] {true, false},
                w.practitionerB(), new boolean[] {false, true},
                w.managerAB(), new boolean[] {true, true},
                w.practitionerNoTeam(), new boolean[] {false, false},
                w.admin(), new boolean[] {false, false},
                w.family(), new boolean[] {false, false},
                w.facilitator(), new boolean[] {false, false},
                w.partner(), new boolean[] {false, false});
        for (Map.Entry<String, boolean[]> row : expected.entrySet()) {
            String user = row.getKey();
            long[] ids = {w.personA(), w.personB()};
            for (int i = 0; i < ids.length; i++) {
                long id = ids[i];
                if (row.getValue()[i]) {
                    assertThat(RunAs.user(user, () -> people.person(id)).id()).as(user + " sees " + id).isEqualTo(id);
                    assertThat(data.auditEvents("person.view", id, user, "ALLOWED")).as(user).isEqualTo(1);
                } else {
                    assertThatThrownBy(() -> RunAs.user(user, () -> people.person(id)))
                            .as(user + " must not see " + id).isInstanceOf(RecordNotFoundException.class);
                    assertThat(data.auditEvents("person.view", id, user, "DENIED")).as(user).isEqualTo(1);
                }
            }
        }
    }

    @Test
    void aMissingPersonAndSomeoneElsesPersonGiveTheSameAnswer() throws Exception {
        long missing = Long.MAX_VALUE - 7;
        Throwable other = catchThrowable(() -> RunAs.user(w.practitionerA(), () -> people.person(w.personB())));
        Throwable absent = catchThrowable(() -> RunAs.user(w.practitionerA(), () -> people.person(missing)));
        assertThat(other).isInstanceOf(RecordNotFoundException.class);
        assertThat(absent).isInstanceOf(RecordNotFoundException.class);
        assertThat(other.getClass()).isEqualTo(absent.getClass());
        assertThat(data.auditEvents("person.view", missing, w.practitionerA(), "DENIED")).isEqualTo(1);
    }

    @Test
    void practitionerCaseloadHoldsOnlyTheirTeamsPeopleWithAgeAndReviewDate() throws Exception {
        List<CaseloadEntry> mine = RunAs.user(w.practitionerA(),
                () -> plans.caseload(new PageRequest(0, 200), CaseloadOrder.NAME, CaseloadSearch.EVERYONE, false).items());
        assertThat(mine).extracting(CaseloadEntry::id).contains(w.personA()).doesNotContain(w.personB());
        CaseloadEntry ann = mine.stream().filter(e -> e.id() == w.personA()).findFirst().orElseThrow();
        assertThat(ann.planId()).isNull();
        assertThat(ann.nextReviewDue()).isNull();
        assertThat(ann.ageOn(java.time.LocalDate.of(2026, 5, 17))).isEqualTo(46);
        assertThat(RunAs.user(w.managerAB(), () -> plans.caseload(new PageRequest(0, 200), CaseloadOrder.NAME, CaseloadSearch.EVERYONE, false).items()))
                .extracting(CaseloadEntry::id).contains(w.personA(), w.personB());
    }

    @Test
    void rolesWithoutACaseloadListNoOne() throws Exception {
        for (String user : List.of(w.admin(), w.family(), w.facilitator(), w.partner(), w.practitionerNoTeam())) {
            assertThat(RunAs.user(user, () -> plans.caseload(new PageRequest(0, 50), CaseloadOrder.NAME, CaseloadSearch.EVERYONE, false).total()))
                    .as(user).isZero();
        }
    }

    @Test
    void caseloadIsPagedOnTheServerWithTheTotal() throws Exception {
        var firstRow = RunAs.user(w.managerAB(), () -> plans.caseload(new PageRequest(0, 1), CaseloadOrder.NAME, CaseloadSearch.EVERYONE, false));
        assertThat(firstRow.items()).hasSize(1);
        assertThat(firstRow.total()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void searchFindsByNameReferenceOrDateOfBirthWithinTheCallersTeamsOnly() throws Exception {
        PageRequest all = new PageRequest(0, 200);
        assertThat(RunAs.user(w.managerAB(), () -> plans.caseload(all, CaseloadOrder.NAME, CaseloadSearch.of("A-" + w.suffix()), false).items()))
                .extracting(CaseloadEntry::id).containsExactly(w.personA());
        assertThat(RunAs.user(w.managerAB(), () -> plans.caseload(all, CaseloadOrder.NAME, CaseloadSearch.of("ann adult" + w.suffix()), false).items()))
                .extracting(CaseloadEntry::id).containsExactly(w.personA());
        assertThat(RunAs.user(w.managerAB(), () -> plans.caseload(all, CaseloadOrder.NAME, CaseloadSearch.of("17/05/1980"), false).items()))
                .extracting(CaseloadEntry::id).contains(w.personA()).doesNotContain(w.personB());
        assertThat(RunAs.user(w.practitionerA(), () -> plans.caseload(all, CaseloadOrder.NAME, CaseloadSearch.of("B-" + w.suffix()), false).total()))
                .as("another team's person is not found by search either").isZero();
        assertThat(RunAs.user(w.managerAB(), () -> plans.caseload(all, CaseloadOrder.NAME, CaseloadSearch.of("%"), false).total()))
                .as("a % is a character, not a wildcard").isZero();
    }

    @Test
    void nobodySignedInGetsNothing() {
        assertThatThrownBy(() -> RunAs.nobody(() -> people.person(w.personA())))
                .isInstanceOf(NotSignedInException.class);
        assertThatThrownBy(() -> RunAs.nobody(() -> plans.caseload(new PageRequest(0, 10), CaseloadOrder.NAME, CaseloadSearch.EVERYONE, false)))
                .isInstanceOf(NotSignedInException.class);
    }

    private static Throwable catchThrowable(org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
        return org.assertj.core.api.Assertions.catchThrowable(call);
    }
}
