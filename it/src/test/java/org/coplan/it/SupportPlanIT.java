package org.coplan.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.coplan.people.CaseloadSearch;
import org.coplan.shared.BusinessException;
import org.coplan.shared.CouncilTime;
import org.coplan.shared.FieldProblem;
import org.coplan.shared.InvalidInputException;
import org.coplan.shared.PageRequest;
import org.coplan.shared.RecordNotFoundException;
import org.coplan.shared.StaleEditException;
import org.coplan.supportplan.CaseloadEntry;
import org.coplan.supportplan.CaseloadOrder;
import org.coplan.supportplan.Chaired;
import org.coplan.supportplan.ConsentDraft;
import org.coplan.supportplan.ConsentPurpose;
import org.coplan.supportplan.HowGiven;
import org.coplan.supportplan.MeasureDraft;
import org.coplan.supportplan.PlanStatus;
import org.coplan.supportplan.PlanViews.Comparison;
import org.coplan.supportplan.PlanViews.PlanView;
import org.coplan.supportplan.ReviewDraft;
import org.coplan.supportplan.SignOffDraft;
import org.coplan.supportplan.SignOffRule;
import org.coplan.supportplan.Signer;
import org.coplan.supportplan.SupportPlanService;
import org.coplan.supportplan.sections.AboutMe;
import org.coplan.supportplan.sections.Actions;
import org.coplan.supportplan.sections.Change;
import org.coplan.supportplan.sections.Outcomes;
import org.coplan.supportplan.sections.SectionKey;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Support plans inside the server: the life of a plan, safe editing, consent, and who may do what to which plan. */
@ExtendWith(ArquillianExtension.class)
class SupportPlanIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.coplanWithTests(SupportPlanIT.class);
    }

    @Inject
    SupportPlanService plans;

    @Inject
    TestData data;

    private TestData.World w;
    private long adultPlan;
    private final LocalDate today = CouncilTime.today();

    static final AboutMe ABOUT_ANN = new AboutMe("My garden and my grandson.", "I never give up.", "Talk to me first.",
            AboutMe.WrittenBy.PERSON);
    static final Outcomes ANN_OUTCOMES = new Outcomes(List.of(
            new Outcomes.Outcome("o1", "I want to get out to the garden centre on my own.", "TALKING_POINTS", "IMPROVED_MOBILITY")));

    @BeforeEach
    void createWorld() throws Exception {
        w = data.world();
        adultPlan = as(w.practitionerA(), () -> plans.startPlan(w.personA()));
    }

    private <T> T as(String user, Callable<T> work) throws Exception {
        return RunAs.user(user, work);
    }

    private long revision(String user, long planId) throws Exception {
        return as(user, () -> plans.planView(planId, null).version().version().revision());
    }

    private long save(String user, long planId, int versionNo, org.coplan.supportplan.sections.PlanSection section) throws Exception {
        long rev = as(user, () -> plans.version(planId, versionNo).version().revision());
        return as(user, () -> plans.saveSection(planId, versionNo, rev, section));
    }

    private void signAndAgree(long planId, int versionNo, String practitioner, boolean manager) throws Exception {
        long rev = as(practitioner, () -> plans.version(planId, versionNo).version().revision());
        as(practitioner, () -> { plans.recordSignOff(planId, versionNo, rev, new SignOffDraft(Signer.PERSON, "Ann Adult", today, HowGiven.IN_PERSON)); return null; });
        as(practitioner, () -> { plans.recordSignOff(planId, versionNo, rev, new SignOffDraft(Signer.PRACTITIONER, "A Worker", today, HowGiven.IN_PERSON)); return null; });
        if (manager) {
            as(w.managerAB(), () -> { plans.recordSignOff(planId, versionNo, rev, new SignOffDraft(Signer.MANAGER, "M Manager", today, HowGiven.IN_PERSON)); return null; });
        }
        as(practitioner, () -> { plans.agree(planId, versionNo, rev); return null; });
    }

    @Test
    void aPlanGoesFromDraftToAgreedToReviewedAndEveryVersionIsKept() throws Exception {
        save(w.practitionerA(), adultPlan, 1, ABOUT_ANN);
        assertThatThrownBy(() -> signAndAgree(adultPlan, 1, w.practitionerA(), false))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("no outcomes");
        save(w.practitionerA(), adultPlan, 1, ANN_OUTCOMES);
        signAndAgree(adultPlan, 1, w.practitionerA(), false);

        PlanView agreed = as(w.practitionerA(), () -> plans.planView(adultPlan, null));
        assertThat(agreed.plan().status()).isEqualTo(PlanStatus.AGREED);
        assertThat(agreed.plan().nextReviewDue()).isEqualTo(today.plusMonths(12));
        assertThat(agreed.version().editable()).isFalse();
        long agreedRevision = agreed.version().version().revision();
        assertThatThrownBy(() -> as(w.practitionerA(), () -> plans.saveSection(adultPlan, 1, agreedRevision, ABOUT_ANN)))
                .isInstanceOf(BusinessException.class).hasMessageContaining("can no longer be changed");

        long reviewId = as(w.practitionerA(), () -> plans.recordReview(adultPlan, new ReviewDraft(today.minusDays(1),
                "Ann Adult (the person), A Worker (practitioner)", Chaired.CO_CHAIRED, "The garden", "The bus",
                "I want to go on my own.", "Ann's son thinks it is too soon.", null)));
        PlanView underReview = as(w.practitionerA(), () -> plans.planView(adultPlan, null));
        assertThat(underReview.plan().status()).isEqualTo(PlanStatus.UNDER_REVIEW);
        assertThat(underReview.version().version().number()).isEqualTo(2);
        assertThat(underReview.version().version().basedOnNo()).isEqualTo(1);
        assertThat(underReview.version().section(SectionKey.ABOUT_ME).section()).isEqualTo(ABOUT_ANN);
        assertThat(underReview.versions()).extracting(v -> v.status()).containsExactly(PlanStatus.UNDER_REVIEW, PlanStatus.DRAFT);
        assertThat(underReview.plan().nextReviewDue()).isEqualTo(today.minusDays(1).plusMonths(12));
        assertThat(as(w.practitionerA(), () -> plans.review(reviewId)).disagreements()).isEqualTo("Ann's son thinks it is too soon.");

        AboutMe reworded = new AboutMe("My garden, my grandson and the bowling club.", "I never give up.", "Talk to me first.",
                AboutMe.WrittenBy.PERSON_WITH_HELP);
        save(w.practitionerA(), adultPlan, 2, reworded);
        Comparison comparison = as(w.managerAB(), () -> plans.compare(adultPlan, 1, 2));
        assertThat(comparison.sections()).filteredOn(s -> s.key() == SectionKey.ABOUT_ME).singleElement().satisfies(s -> {
            assertThat(s.changes()).extracting(Change::field).containsExactly("importantToMe", "writtenBy");
            assertThat(s.changedBy()).isEqualTo(w.practitionerA());
        });
        assertThat(comparison.sections()).filteredOn(s -> s.key() == SectionKey.OUTCOMES).singleElement()
                .satisfies(s -> assertThat(s.changes()).isEmpty());

        signAndAgree(adultPlan, 2, w.practitionerA(), false);
        assertThat(as(w.practitionerA(), () -> plans.versions(adultPlan))).extracting(v -> v.status())
                .containsExactly(PlanStatus.SUPERSEDED, PlanStatus.AGREED);
        assertThat(as(w.practitionerA(), () -> plans.version(adultPlan, 1)).section(SectionKey.ABOUT_ME).section()).isEqualTo(ABOUT_ANN);
    }

    @Test
    void theSecondToSaveIsToldWhoSavedFirstAndNothingIsOverwritten() throws Exception {
        long opened = revision(w.practitionerA(), adultPlan);
        as(w.managerAB(), () -> plans.planView(adultPlan, null));
        as(w.practitionerA(), () -> plans.saveSection(adultPlan, 1, opened, ABOUT_ANN));
        AboutMe other = new AboutMe("Something else entirely", "", "", AboutMe.WrittenBy.PRACTITIONER);
        StaleEditException stale = catchThrowableOfType(
                () -> as(w.practitionerA(), () -> plans.saveSection(adultPlan, 1, opened, other)), StaleEditException.class);
        assertThat(stale.savedBy()).startsWith(w.practitionerA() + ", at ");
        assertThat(stale.getMessage()).contains("Your changes have not been saved");
        assertThat(as(w.practitionerA(), () -> plans.version(adultPlan, 1)).section(SectionKey.ABOUT_ME).section()).isEqualTo(ABOUT_ANN);
    }

    @Test
    void aRefusedSaveLeavesTheVersionAsItWas() throws Exception {
        save(w.practitionerA(), adultPlan, 1, ANN_OUTCOMES);
        long before = revision(w.practitionerA(), adultPlan);
        Outcomes unknown = new Outcomes(List.of(new Outcomes.Outcome("o1", "Be safe", "SHANARRI", "SAFE"),
                new Outcomes.Outcome("o2", "", "TALKING_POINTS", "FEELING_SAFE")));
        InvalidInputException invalid = catchThrowableOfType(
                () -> as(w.practitionerA(), () -> plans.saveSection(adultPlan, 1, before, unknown)), InvalidInputException.class);
        assertThat(invalid.problems()).extracting(FieldProblem::field).containsExactlyInAnyOrder("items[1].words", "items[0].category");
        Actions orphan = new Actions(List.of(new Actions.Action("a1", "Bus training", "Ann", Actions.WhoKind.PERSON, null, null, "o9", null)));
        assertThatThrownBy(() -> as(w.practitionerA(), () -> plans.saveSection(adultPlan, 1, before, orphan)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("no longer in the plan");
        assertThat(revision(w.practitionerA(), adultPlan)).isEqualTo(before);
        assertThat(as(w.practitionerA(), () -> plans.version(adultPlan, 1)).section(SectionKey.OUTCOMES).section()).isEqualTo(ANN_OUTCOMES);
    }

    @Test
    void aPlanIsSeenOnlyByItsTeamAndChangedOnlyByItsPractitioners() throws Exception {
        for (String outsider : List.of(w.practitionerB(), w.admin(), w.family(), w.facilitator(), w.partner(), w.practitionerNoTeam())) {
            long rev = 0;
            List<Callable<?>> attempts = List.of(() -> plans.planView(adultPlan, null), () -> plans.versions(adultPlan),
                    () -> plans.version(adultPlan, 1), () -> plans.compare(adultPlan, 1, 1), () -> plans.plan(adultPlan),
                    () -> plans.saveSection(adultPlan, 1, rev, ABOUT_ANN), () -> plans.currentPlanOf(w.personA()),
                    () -> plans.recordConsent(adultPlan, new ConsentDraft(ConsentPurpose.CIRCLE, null, "Ann", today, HowGiven.VERBALLY)),
                    () -> plans.recordReview(adultPlan, new ReviewDraft(today, "Ann", Chaired.PERSON_CHAIRED, "x", "y", "", "", null)),
                    () -> plans.startPlan(w.personA()));
            for (Callable<?> attempt : attempts) {
                assertThatThrownBy(() -> as(outsider, attempt)).as(outsider).isInstanceOf(RecordNotFoundException.class);
            }
            assertThat(data.auditEvents("plan.section.save", adultPlan, outsider, "DENIED")).as(outsider).isEqualTo(1);
            // plan.view is asked twice above: the whole plan, and its summary.
            assertThat(data.auditEvents("plan.view", adultPlan, outsider, "DENIED")).as(outsider).isEqualTo(2);
        }
        // A manager of the team reads the plan and signs it off, but does not write it.
        assertThat(as(w.managerAB(), () -> plans.planView(adultPlan, null)).rights().mayEdit()).isFalse();
        long rev = revision(w.managerAB(), adultPlan);
        assertThatThrownBy(() -> as(w.managerAB(), () -> plans.saveSection(adultPlan, 1, rev, ABOUT_ANN)))
                .isInstanceOf(BusinessException.class).hasMessageContaining("Only a practitioner");
        assertThatThrownBy(() -> as(w.managerAB(), () -> { plans.recordSignOff(adultPlan, 1, rev,
                new SignOffDraft(Signer.PRACTITIONER, "M", today, HowGiven.IN_PERSON)); return null; }))
                .isInstanceOf(BusinessException.class);
        assertThatThrownBy(() -> as(w.practitionerA(), () -> { plans.recordSignOff(adultPlan, 1, rev,
                new SignOffDraft(Signer.MANAGER, "Not a manager", today, HowGiven.IN_PERSON)); return null; }))
                .isInstanceOf(BusinessException.class).hasMessageContaining("manager of the person's team");
    }

    @Test
    void everyReadAndChangeOfAPlanIsAudited() throws Exception {
        as(w.practitionerA(), () -> plans.planView(adultPlan, null));
        save(w.practitionerA(), adultPlan, 1, ABOUT_ANN);
        as(w.practitionerA(), () -> plans.versions(adultPlan));
        as(w.practitionerA(), () -> plans.compare(adultPlan, 1, 1));
        for (String action : List.of("plan.view", "plan.section.save", "plan.versions.view", "plan.compare", "plan.version.view")) {
            assertThat(data.auditEvents(action, adultPlan, w.practitionerA(), "ALLOWED")).as(action).isPositive();
        }
    }

    @Test
    void aChildsPlanNeedsAManagersSignOffAndIsReviewedAfterSixMonths() throws Exception {
        long childPlan = as(w.practitionerB(), () -> plans.startPlan(w.personB()));
        save(w.practitionerB(), childPlan, 1, new AboutMe("Football and my dog.", "", "", AboutMe.WrittenBy.PERSON_WITH_HELP));
        save(w.practitionerB(), childPlan, 1, new Outcomes(List.of(new Outcomes.Outcome(null, "I want to play for the school team.", "SHANARRI", "ACTIVE"))));
        assertThat(as(w.practitionerB(), () -> plans.planView(childPlan, null)).version().stillNeeded())
                .containsExactly(SignOffRule.Needed.PERSON_OR_REPRESENTATIVE, SignOffRule.Needed.PRACTITIONER, SignOffRule.Needed.MANAGER);
        assertThatThrownBy(() -> signAndAgree(childPlan, 1, w.practitionerB(), false))
                .isInstanceOf(BusinessException.class).hasMessageContaining("a manager's sign-off");
        assertThat(as(w.managerAB(), () -> plans.awaitingManagerSignOff())).extracting(a -> a.planId()).contains(childPlan);
        long rev = revision(w.managerAB(), childPlan);
        as(w.managerAB(), () -> { plans.recordSignOff(childPlan, 1, rev, new SignOffDraft(Signer.MANAGER, "M Manager", today, HowGiven.IN_PERSON)); return null; });
        as(w.practitionerB(), () -> { plans.agree(childPlan, 1, rev); return null; });
        assertThat(as(w.practitionerB(), () -> plans.plan(childPlan)).nextReviewDue()).isEqualTo(today.plusMonths(6));
        as(w.practitionerB(), () -> plans.recordReview(childPlan, new ReviewDraft(today, "Bea, her mum, Jo", Chaired.PERSON_CHAIRED,
                "Football", "Maths", "I scored!", "", null)));
        assertThat(as(w.practitionerB(), () -> plans.plan(childPlan)).nextReviewDue()).isEqualTo(today.plusMonths(6));
    }

    @Test
    void aChangeAfterSomeoneSignedMeansTheySignAgain() throws Exception {
        save(w.practitionerA(), adultPlan, 1, ABOUT_ANN);
        save(w.practitionerA(), adultPlan, 1, ANN_OUTCOMES);
        long rev = revision(w.practitionerA(), adultPlan);
        as(w.practitionerA(), () -> { plans.recordSignOff(adultPlan, 1, rev, new SignOffDraft(Signer.PERSON, "Ann Adult", today, HowGiven.VERBALLY)); return null; });
        save(w.practitionerA(), adultPlan, 1, new AboutMe("Changed after Ann signed", "", "", AboutMe.WrittenBy.PRACTITIONER));
        PlanView view = as(w.practitionerA(), () -> plans.planView(adultPlan, null));
        assertThat(view.version().signOffs()).singleElement().satisfies(s -> assertThat(s.forThisRevision()).isFalse());
        assertThat(view.version().stillNeeded()).contains(SignOffRule.Needed.PERSON_OR_REPRESENTATIVE);
        assertThatThrownBy(() -> as(w.practitionerA(), () -> { plans.recordSignOff(adultPlan, 1, rev,
                new SignOffDraft(Signer.PRACTITIONER, "A Worker", today, HowGiven.IN_PERSON)); return null; }))
                .isInstanceOf(StaleEditException.class);
    }

    @Test
    void withdrawingConsentTakesEffectAtOnceAndKeepsTheHistory() throws Exception {
        long consent = as(w.practitionerA(), () -> plans.recordConsent(adultPlan,
                new ConsentDraft(ConsentPurpose.CODESIGN_THEMES, null, "Ann Adult", today, HowGiven.EASY_READ_FORM)));
        assertThatThrownBy(() -> as(w.practitionerA(), () -> plans.recordConsent(adultPlan,
                new ConsentDraft(ConsentPurpose.AGENCY, "", "Ann Adult", today, HowGiven.EMAIL))))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("Name the agency");
        as(w.practitionerA(), () -> { plans.withdrawConsent(adultPlan, consent, "Ann changed her mind"); return null; });
        assertThat(as(w.practitionerA(), () -> plans.planView(adultPlan, null)).consents()).singleElement().satisfies(c -> {
            assertThat(c.active()).isFalse();
            assertThat(c.withdrawalNote()).isEqualTo("Ann changed her mind");
        });
        assertThatThrownBy(() -> as(w.practitionerA(), () -> { plans.withdrawConsent(adultPlan, consent, null); return null; }))
                .isInstanceOf(BusinessException.class).hasMessageContaining("already withdrawn");
        assertThat(data.auditEvents("consent.withdraw", adultPlan, w.practitionerA(), "ALLOWED")).isEqualTo(1);
    }

    @Test
    void measuresAreReadingsFromOneToTenAgainstThePlansOutcomes() throws Exception {
        save(w.practitionerA(), adultPlan, 1, ANN_OUTCOMES);
        assertThatThrownBy(() -> as(w.practitionerA(), () -> { plans.recordMeasure(adultPlan, new MeasureDraft("o1", today, 11, null)); return null; }))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> as(w.practitionerA(), () -> { plans.recordMeasure(adultPlan, new MeasureDraft("o7", today, 5, null)); return null; }))
                .isInstanceOf(InvalidInputException.class);
        as(w.practitionerA(), () -> { plans.recordMeasure(adultPlan, new MeasureDraft("o1", today.minusDays(30), 3, "First go")); return null; });
        as(w.practitionerA(), () -> { plans.recordMeasure(adultPlan, new MeasureDraft("o1", today, 6, null)); return null; });
        assertThat(as(w.practitionerA(), () -> plans.planView(adultPlan, null)).measures()).extracting(m -> m.score()).containsExactly(3, 6);
    }

    @Test
    void theCaseloadShowsEachPersonsPlanAndCanShowOnlyOverdueReviews() throws Exception {
        List<CaseloadEntry> mine = as(w.practitionerA(), () -> plans.caseload(new PageRequest(0, 50), CaseloadOrder.NAME,
                CaseloadSearch.of("A-" + w.suffix()), false).items());
        assertThat(mine).singleElement().satisfies(e -> {
            assertThat(e.planId()).isEqualTo(adultPlan);
            assertThat(e.planStatus()).isEqualTo(PlanStatus.DRAFT);
        });
        save(w.practitionerA(), adultPlan, 1, ABOUT_ANN);
        save(w.practitionerA(), adultPlan, 1, ANN_OUTCOMES);
        signAndAgree(adultPlan, 1, w.practitionerA(), false);
        assertThat(as(w.practitionerA(), () -> plans.caseload(new PageRequest(0, 50), CaseloadOrder.NAME,
                CaseloadSearch.of("A-" + w.suffix()), true).total())).isZero();
        // A review held 13 months ago, with the default interval, leaves the next one overdue.
        as(w.practitionerA(), () -> plans.recordReview(adultPlan, new ReviewDraft(today.minusMonths(13), "Ann", Chaired.NOT_CHAIRED,
                "Garden", "Bus", "", "", null)));
        List<CaseloadEntry> overdue = as(w.managerAB(), () -> plans.caseload(new PageRequest(0, 50), CaseloadOrder.NEXT_REVIEW,
                CaseloadSearch.of("A-" + w.suffix()), true).items());
        assertThat(overdue).singleElement().satisfies(e -> assertThat(e.reviewOverdueOn(today)).isTrue());
    }

    @Test
    void aClosedPlanCannotChangeAndThePersonCanStartANewOne() throws Exception {
        assertThatThrownBy(() -> as(w.practitionerA(), () -> plans.startPlan(w.personA())))
                .isInstanceOf(BusinessException.class).hasMessageContaining("already has an open plan");
        as(w.practitionerA(), () -> { plans.close(adultPlan, "Ann moved to another council"); return null; });
        long rev = revision(w.practitionerA(), adultPlan);
        assertThatThrownBy(() -> as(w.practitionerA(), () -> plans.saveSection(adultPlan, 1, rev, ABOUT_ANN)))
                .isInstanceOf(BusinessException.class).hasMessageContaining("closed");
        long next = as(w.practitionerA(), () -> plans.startPlan(w.personA()));
        assertThat(as(w.practitionerA(), () -> plans.currentPlanOf(w.personA())).plan().id()).isEqualTo(next);
        assertThat(as(w.practitionerA(), () -> plans.plansOfPerson(w.personA()))).extracting(p -> p.status())
                .containsExactly(PlanStatus.CLOSED, PlanStatus.DRAFT);
        assertThat(Set.of(adultPlan, next)).hasSize(2);
    }
}
