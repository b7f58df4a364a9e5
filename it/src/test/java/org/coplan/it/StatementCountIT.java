package org.coplan.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.Callable;
import org.coplan.codesign.CoDesignService;
import org.coplan.participation.DecisionDraft;
import org.coplan.participation.DecisionOwner;
import org.coplan.participation.DecisionParty;
import org.coplan.participation.DecisionRule;
import org.coplan.participation.DecisionService;
import org.coplan.participation.DecisionViews.DecisionSummary;
import org.coplan.participation.Standing;
import org.coplan.people.CaseloadSearch;
import org.coplan.shared.Page;
import org.coplan.shared.PageRequest;
import org.coplan.shared.RecordNotFoundException;
import org.coplan.shared.SqlStatements;
import org.coplan.supportplan.CaseloadOrder;
import org.coplan.supportplan.Chaired;
import org.coplan.portal.PortalLinkDraft;
import org.coplan.portal.PortalRelationship;
import org.coplan.portal.PortalService;
import org.coplan.supportplan.ReviewDraft;
import org.coplan.supportplan.SupportPlanService;
import org.coplan.supportplan.sections.Actions;
import org.coplan.supportplan.sections.SectionKey;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * No N+1: the SQL statements the main service calls send to read, counted by EclipseLink's
 * session events, stay the same when the rows they show grow. Each call is made once to warm the
 * shared cache, then counted; more rows are added, and it is warmed and counted again.
 */
@ExtendWith(ArquillianExtension.class)
class StatementCountIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.coplanWithTests(StatementCountIT.class);
    }

    @Inject
    SupportPlanService plans;

    @Inject
    DecisionService ledger;

    @Inject
    CoDesignService codesign;

    @Inject
    PortalService portal;

    @Inject
    TestData data;

    private TestData.World w;
    private long plan;
    private long project;
    private final LocalDate today = LocalDate.now();

    @BeforeEach
    void createWorld() {
        w = data.world();
        plan = data.plan(w);
        project = data.project(w);
    }

    private List<String> statements(String user, Callable<?> call) throws Exception {
        RunAs.user(user, call);
        return RunAs.user(user, () -> SqlStatements.counted(call).reads());
    }

    private void decisions(int n) throws Exception {
        var sam = new DecisionParty("Sam Worker", Standing.PRACTITIONER);
        var ann = new DecisionParty("Ann Adult", Standing.PERSON);
        for (int i = 0; i < n; i++) {
            int k = i;
            RunAs.user(w.practitionerA(), () -> ledger.record(DecisionOwner.plan(plan), new DecisionDraft("Question " + k,
                    List.of("A", "B", "C"), "A", ann, List.of(sam), List.of(ann, sam), DecisionRule.DECIDED_JOINTLY, null, null,
                    k % 2 == 0, k % 2 == 0 ? "I said" : null, k % 2 == 0 ? "We did" : null, today.minusDays(k), null)));
        }
    }

    @Test
    void aPlansDecisionsAreReadInAFixedNumberOfStatements() throws Exception {
        decisions(1);
        Callable<?> list = () -> ledger.decisionsOf(DecisionOwner.plan(plan));
        var one = statements(w.practitionerA(), list);
        decisions(6);
        var seven = statements(w.practitionerA(), list);
        assertThat(seven).as("statements for 7 decisions against 1: %s", one).hasSameSizeAs(one);
    }

    @Test
    void aPageOfAPlansDecisionsIsReadInAFixedNumberOfStatements() throws Exception {
        decisions(1);
        Callable<Page<DecisionSummary>> firstFive = () -> ledger.decisionsOf(DecisionOwner.plan(plan), new PageRequest(0, 5)).page();
        var one = statements(w.practitionerA(), firstFive);
        decisions(11);
        var twelve = statements(w.practitionerA(), firstFive);
        assertThat(twelve).as("statements for a page of 5 of 12 decisions against 1 of 1: %s", one).hasSameSizeAs(one);

        Page<DecisionSummary> first = RunAs.user(w.practitionerA(), firstFive);
        assertThat(first.total()).isEqualTo(12);
        assertThat(first.items()).extracting(DecisionSummary::question)
                .as("newest first: the two decided today, the later one first, then one a day back")
                .containsExactly("Question 0", "Question 0", "Question 1", "Question 2", "Question 3");
        var lastShown = RunAs.user(w.practitionerA(), () -> ledger.decisionsOf(DecisionOwner.plan(plan), new PageRequest(10, 5)));
        assertThat(lastShown.rights().mayRecord()).as("the practitioner's rights come with the page").isTrue();
        Page<DecisionSummary> last = lastShown.page();
        assertThat(last.items()).extracting(DecisionSummary::question).containsExactly("Question 9", "Question 10");
        assertThatThrownBy(() -> RunAs.user(w.practitionerB(), firstFive)).isInstanceOf(RecordNotFoundException.class);
    }

    @Test
    void aFamilysPlanInThePortalIsReadInAFixedNumberOfStatements() throws Exception {
        RunAs.user(w.practitionerA(), () -> portal.link(w.personA(), new PortalLinkDraft(w.family(), PortalRelationship.FAMILY_MEMBER,
                EnumSet.of(SectionKey.ABOUT_ME), "Ann wants her daughter to see her plan", null)));
        reviewsWithADecision(1);
        // What the portal's plan page asks: the plan, then the decisions of the plan and of every review of it.
        Callable<List<DecisionSummary>> page = () -> {
            var view = plans.portalPlan(plan);
            List<DecisionOwner> owners = new java.util.ArrayList<>(List.of(DecisionOwner.plan(plan)));
            view.reviewIds().forEach(r -> owners.add(DecisionOwner.review(r)));
            return ledger.decisionsOf(owners);
        };
        var one = statements(w.family(), page);
        reviewsWithADecision(3);
        var four = statements(w.family(), page);
        assertThat(four).as("statements for a plan with 4 reviews against 1: %s", one).hasSameSizeAs(one);
        assertThat(RunAs.user(w.family(), page)).as("the decisions taken at each review").hasSize(4)
                .extracting(DecisionSummary::question).allMatch(q -> q.startsWith("Review question"));
    }

    private void reviewsWithADecision(int n) throws Exception {
        var ann = new DecisionParty("Ann Adult", Standing.PERSON);
        for (int i = 0; i < n; i++) {
            int k = i;
            long review = RunAs.user(w.practitionerA(), () -> plans.recordReview(plan, new ReviewDraft(today.minusDays(k + 1), "Ann, Sam",
                    Chaired.PERSON_CHAIRED, "Garden", "Evenings", "I like my home", "", today.plusMonths(6))));
            RunAs.user(w.practitionerA(), () -> ledger.record(DecisionOwner.review(review), new DecisionDraft("Review question " + k,
                    List.of("A", "B"), "A", ann, List.of(), List.of(ann), DecisionRule.PERSON_DECIDED, null, null,
                    false, null, null, today.minusDays(k + 1), null)));
        }
    }

    @Test
    void aPlanIsReadInAFixedNumberOfStatements() throws Exception {
        Callable<?> view = () -> plans.planView(plan, null);
        var small = statements(w.practitionerA(), view);
        List<Actions.Action> many = new java.util.ArrayList<>();
        for (int i = 0; i < 20; i++) {
            many.add(new Actions.Action(null, "Step " + i, "Me", Actions.WhoKind.PERSON, today.plusDays(i), Actions.Status.NOT_STARTED,
                    null, null));
        }
        RunAs.user(w.practitionerA(), () -> plans.saveSection(plan, 1, plans.version(plan, 1).version().revision(),
                new Actions(many)));
        decisions(3);
        var large = statements(w.practitionerA(), view);
        assertThat(large).as("statements for a plan with 20 actions and 3 decisions against an empty one: %s", small)
                .hasSameSizeAs(small);
    }

    @Test
    void theCaseloadIsReadInAFixedNumberOfStatements() throws Exception {
        Callable<?> caseload = () -> plans.caseload(new PageRequest(0, 50), CaseloadOrder.NEXT_REVIEW, CaseloadSearch.EVERYONE, false);
        var before = statements(w.practitionerA(), caseload);
        data.themeTeam(w, 12);
        var after = statements(w.practitionerA(), caseload);
        assertThat(after).as("statements for a caseload 12 people longer, against: %s", before).hasSameSizeAs(before);
    }

    @Test
    void aProjectIsReadInAFixedNumberOfStatements() throws Exception {
        Callable<?> detail = () -> codesign.detail(project);
        long partner = data.userId(w.partner());
        sessions(1, partner);
        var before = statements(w.facilitator(), detail);
        sessions(4, partner);
        var after = statements(w.facilitator(), detail);
        assertThat(after).as("statements for a project with 5 sessions, pledges and contributions: %s%nagainst 1: %s", after, before)
                .hasSameSizeAs(before);
    }

    private void sessions(int n, long partner) throws Exception {
        for (int i = 0; i < n; i++) {
            int k = i;
            long session = RunAs.user(w.facilitator(), () -> codesign.planSession(project, "Session " + k,
                    org.coplan.codesign.SessionMethod.WORKSHOP, today.plusDays(k + 1), "Agenda"));
            RunAs.user(w.facilitator(), () -> codesign.makePledge(session, partner, "Pledge " + k, today.plusDays(20)));
            RunAs.user(w.facilitator(), () -> codesign.recordContribution(project, partner, today, 60, 1500, today));
        }
    }
}
