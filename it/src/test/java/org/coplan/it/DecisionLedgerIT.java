package org.coplan.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import org.coplan.participation.DecisionDraft;
import org.coplan.participation.DecisionOwner;
import org.coplan.participation.DecisionParty;
import org.coplan.participation.DecisionRule;
import org.coplan.participation.DecisionService;
import org.coplan.participation.DecisionViews.DecisionDetails;
import org.coplan.participation.RaterStanding;
import org.coplan.participation.RatingDraft;
import org.coplan.participation.Standing;
import org.coplan.shared.FieldProblem;
import org.coplan.shared.InvalidInputException;
import org.coplan.shared.RecordNotFoundException;
import org.coplan.shared.StaleEditException;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The decision ledger inside the server: who may record, rate and read which decisions; versions; audit. */
@ExtendWith(ArquillianExtension.class)
class DecisionLedgerIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.coplanWithTests(DecisionLedgerIT.class);
    }

    @Inject
    DecisionService ledger;

    @Inject
    TestData data;

    private TestData.World w;
    private DecisionOwner plan;
    private DecisionOwner project;

    static final DecisionParty ANN = new DecisionParty("Ann Adult", Standing.PERSON);
    static final DecisionParty WORKER = new DecisionParty("A Worker", Standing.PRACTITIONER);

    @BeforeEach
    void createWorld() {
        w = data.world();
        plan = DecisionOwner.plan(data.plan(w));
        project = DecisionOwner.project(data.project(w));
    }

    static DecisionDraft draft(DecisionRule rule, List<DecisionParty> deciders, Long rungId, String reason) {
        return new DecisionDraft("Where will Ann live?", List.of("Stay at home", "Move to supported flat"),
                "Ann stays at home with more support", ANN, List.of(WORKER), deciders, rule, rungId, reason,
                true, "I want to stay in my own home.", "We added evening visits.", LocalDate.now().minusDays(2), null);
    }

    @Test
    void theTeamsPractitionerRecordsAPlanDecisionOnTheSuggestedRung() throws Exception {
        long id = RunAs.user(w.practitionerA(), () -> ledger.record(plan, draft(DecisionRule.PERSON_DECIDED, List.of(ANN), null, null)));
        DecisionDetails details = RunAs.user(w.practitionerA(), () -> ledger.decision(id));
        assertThat(details.current().rung().name()).isEqualTo("Co-production");
        assertThat(details.current().suggestedRung().name()).isEqualTo("Co-production");
        assertThat(details.current().recordedBy()).isEqualTo(w.practitionerA());
        assertThat(data.auditEvents("decision.record", id, w.practitionerA(), "ALLOWED")).isEqualTo(1);
        assertThat(RunAs.user(w.managerAB(), () -> ledger.decisionsOf(plan))).extracting(d -> d.id()).contains(id);
    }

    @Test
    void noOneOutsideThePersonsTeamMayRecordOrReadPlanDecisions() throws Exception {
        long id = RunAs.user(w.practitionerA(), () -> ledger.record(plan, draft(DecisionRule.PERSON_DECIDED, List.of(ANN), null, null)));
        for (String outsider : List.of(w.practitionerB(), w.admin(), w.family(), w.facilitator(), w.partner(), w.practitionerNoTeam())) {
            assertThatThrownBy(() -> RunAs.user(outsider, () -> ledger.record(plan,
                    draft(DecisionRule.PERSON_DECIDED, List.of(ANN), null, null)))).as(outsider)
                    .isInstanceOf(RecordNotFoundException.class);
            assertThatThrownBy(() -> RunAs.user(outsider, () -> ledger.decisionsOf(plan))).as(outsider)
                    .isInstanceOf(RecordNotFoundException.class);
            assertThatThrownBy(() -> RunAs.user(outsider, () -> ledger.decision(id))).as(outsider)
                    .isInstanceOf(RecordNotFoundException.class);
            assertThat(data.auditEvents("decision.view", id, outsider, "DENIED")).as(outsider).isEqualTo(1);
        }
    }

    @Test
    void projectFacilitatorsRecordPartnersRateAndNonMembersSeeNothing() throws Exception {
        DecisionDraft joint = new DecisionDraft("When can breaks be booked?", List.of("Weekdays", "Evenings too"),
                "Evenings too", new DecisionParty("Carers", Standing.PARTNER_GROUP), List.of(),
                List.of(new DecisionParty("Carers", Standing.PARTNER_GROUP), new DecisionParty("Mo", Standing.MANAGER)),
                DecisionRule.DECIDED_JOINTLY, null, null, false, null, null, LocalDate.now(), null);
        long id = RunAs.user(w.facilitator(), () -> ledger.record(project, joint));
        assertThatThrownBy(() -> RunAs.user(w.partner(), () -> ledger.record(project, joint)))
                .isInstanceOf(RecordNotFoundException.class);

        long informing = data.tlapRung("INFORMING");
        RunAs.user(w.partner(), () -> ledger.rate(id, new RatingDraft(informing, "We were only told at the end", null, null)));
        DecisionDetails details = RunAs.user(w.facilitator(), () -> ledger.decision(id));
        assertThat(details.ratings()).singleElement().satisfies(r -> {
            assertThat(r.standing()).isEqualTo(RaterStanding.PARTNER);
            assertThat(r.rung().name()).isEqualTo("Informing");
            assertThat(r.comment()).isEqualTo("We were only told at the end");
        });
        assertThat(details.current().rung().name()).as("the staff-recorded rung is kept").isEqualTo("Co-design");
        assertThat(details.gap()).isEqualTo(3.0);
        assertThat(RunAs.user(w.facilitator(), () -> ledger.decisionsOf(project)).get(0).gap()).isEqualTo(3.0);

        assertThatThrownBy(() -> RunAs.user(w.facilitator(), () -> ledger.rate(id, new RatingDraft(informing, null, null, null))))
                .as("a facilitator does not rate on the ladder for partners").isInstanceOf(RecordNotFoundException.class);
        for (String outsider : List.of(w.practitionerA(), w.managerAB(), w.admin(), w.family())) {
            assertThatThrownBy(() -> RunAs.user(outsider, () -> ledger.decisionsOf(project))).as(outsider)
                    .isInstanceOf(RecordNotFoundException.class);
            assertThatThrownBy(() -> RunAs.user(outsider, () -> ledger.rate(id, new RatingDraft(informing, null, null, null))))
                    .as(outsider).isInstanceOf(RecordNotFoundException.class);
        }
    }

    @Test
    void staffRecordWhatThePersonSaidWithTheirNameAndStanding() throws Exception {
        long id = RunAs.user(w.practitionerA(), () -> ledger.record(plan, draft(DecisionRule.PERSON_DECIDED, List.of(ANN), null, null)));
        InvalidInputException missing = catchThrowableOfType(InvalidInputException.class,
                () -> RunAs.user(w.practitionerA(), () -> ledger.rate(id, new RatingDraft(data.tlapRung("CO_DESIGN"), null, null, " "))));
        assertThat(missing.problems()).extracting(FieldProblem::field).containsExactlyInAnyOrder("standing", "raterName");
        RunAs.user(w.practitionerA(), () -> ledger.rate(id,
                new RatingDraft(data.tlapRung("CO_DESIGN"), "Mostly my choice", RaterStanding.PERSON, "Ann Adult")));
        assertThat(RunAs.user(w.practitionerA(), () -> ledger.decision(id)).gap()).isEqualTo(1.0);
    }

    @Test
    void anotherRungThanTheSuggestionNeedsAWrittenReason() throws Exception {
        long consultation = data.tlapRung("CONSULTATION");
        InvalidInputException refused = catchThrowableOfType(InvalidInputException.class, () -> RunAs.user(w.practitionerA(),
                () -> ledger.record(plan, draft(DecisionRule.PERSON_DECIDED, List.of(ANN), consultation, null))));
        assertThat(refused.problems()).extracting(FieldProblem::field).containsExactly("rungReason");
        long id = RunAs.user(w.practitionerA(), () -> ledger.record(plan, draft(DecisionRule.PERSON_DECIDED, List.of(ANN),
                consultation, "Ann chose from two options we had already picked")));
        DecisionDetails details = RunAs.user(w.practitionerA(), () -> ledger.decision(id));
        assertThat(details.current().rung().name()).isEqualTo("Consultation");
        assertThat(details.current().suggestedRung().name()).isEqualTo("Co-production");
        assertThat(details.current().rungReason()).isEqualTo("Ann chose from two options we had already picked");
    }

    @Test
    void aFedBackDecisionChangesOnlyByANewVersionWithAReason() throws Exception {
        long id = RunAs.user(w.practitionerA(), () -> ledger.record(plan, draft(DecisionRule.PERSON_DECIDED, List.of(ANN), null, null)));
        long lock = RunAs.user(w.practitionerA(), () -> ledger.decision(id)).lockVersion();
        int afterCorrection = RunAs.user(w.practitionerA(), () -> ledger.revise(id, lock,
                draft(DecisionRule.DECIDED_JOINTLY, List.of(ANN, WORKER), null, null), null));
        assertThat(afterCorrection).as("corrected in place before feedback").isEqualTo(1);

        long lock2 = RunAs.user(w.practitionerA(), () -> ledger.decision(id)).lockVersion();
        RunAs.user(w.practitionerA(), () -> {
            ledger.feedBack(id, lock2, LocalDate.now());
            return null;
        });
        long lock3 = RunAs.user(w.practitionerA(), () -> ledger.decision(id)).lockVersion();
        InvalidInputException noReason = catchThrowableOfType(InvalidInputException.class, () -> RunAs.user(w.practitionerA(),
                () -> ledger.revise(id, lock3, draft(DecisionRule.PERSON_DECIDED, List.of(ANN), null, null), " ")));
        assertThat(noReason.problems()).extracting(FieldProblem::field).containsExactly("changeReason");

        int version = RunAs.user(w.managerAB(), () -> ledger.revise(id, lock3,
                draft(DecisionRule.PERSON_DECIDED, List.of(ANN), null, null), "Ann decided herself at the review"));
        assertThat(version).isEqualTo(2);
        DecisionDetails details = RunAs.user(w.practitionerA(), () -> ledger.decision(id));
        assertThat(details.versions()).extracting(v -> v.number() + " " + v.recordedBy() + " " + v.rule())
                .containsExactly("1 " + w.practitionerA() + " DECIDED_JOINTLY", "2 " + w.managerAB() + " PERSON_DECIDED");
        assertThat(details.versions().get(0).fedBackOn()).isNotNull();
        assertThat(details.versions().get(1).changeReason()).isEqualTo("Ann decided herself at the review");
        assertThat(details.fedBack()).isFalse();
        assertThat(data.auditEvents("decision.revise", id, w.managerAB(), "ALLOWED")).isEqualTo(1);
        assertThat(data.auditEvents("decision.feedback", id, w.practitionerA(), "ALLOWED")).isEqualTo(1);
    }

    @Test
    void aStaleEditIsRefusedAndNamesWhoSavedFirst() throws Exception {
        long id = RunAs.user(w.practitionerA(), () -> ledger.record(plan, draft(DecisionRule.PERSON_DECIDED, List.of(ANN), null, null)));
        long seen = RunAs.user(w.practitionerA(), () -> ledger.decision(id)).lockVersion();
        RunAs.user(w.managerAB(), () -> ledger.revise(id, seen, draft(DecisionRule.DECIDED_JOINTLY, List.of(ANN, WORKER), null, null), null));
        assertThatThrownBy(() -> RunAs.user(w.practitionerA(), () -> ledger.revise(id, seen,
                draft(DecisionRule.PERSON_DECIDED, List.of(ANN), null, null), null)))
                .isInstanceOf(StaleEditException.class).hasMessageContaining(w.managerAB());
        assertThat(RunAs.user(w.practitionerA(), () -> ledger.decision(id)).current().rule()).isEqualTo(DecisionRule.DECIDED_JOINTLY);
    }
}
