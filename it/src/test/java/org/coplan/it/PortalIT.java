package org.coplan.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.inject.Inject;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.coplan.portal.PortalLinkDraft;
import org.coplan.portal.PortalRelationship;
import org.coplan.portal.PortalService;
import org.coplan.shared.InvalidInputException;
import org.coplan.shared.RecordNotFoundException;
import org.coplan.supportplan.PlanViews.SectionView;
import org.coplan.supportplan.SupportPlanService;
import org.coplan.supportplan.sections.AboutMe;
import org.coplan.supportplan.sections.Risks;
import org.coplan.supportplan.sections.SectionKey;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The families' portal inside the server: a family user sees only the plans they are linked to,
 * only the sections the link allows, nothing once the link ends, and never a staff view.
 */
@ExtendWith(ArquillianExtension.class)
class PortalIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.coplanWithTests(PortalIT.class);
    }

    @Inject
    PortalService portal;

    @Inject
    SupportPlanService plans;

    @Inject
    TestData data;

    @Inject
    org.coplan.participation.DecisionService ledger;

    private TestData.World w;
    private long plan;

    @BeforeEach
    void createWorld() throws Exception {
        w = data.world();
        plan = as(w.practitionerA(), () -> plans.startPlan(w.personA()));
        as(w.practitionerA(), () -> plans.saveSection(plan, 1, plans.version(plan, 1).version().revision(),
                new AboutMe("My garden and my grandchildren", "I am patient", "Speak slowly", AboutMe.WrittenBy.PERSON)));
        as(w.practitionerA(), () -> plans.saveSection(plan, 1, plans.version(plan, 1).version().revision(),
                new Risks(List.of(new Risks.Risk(null, "A private worry", "Call Jean", "Me", "", "")))));
    }

    private <T> T as(String user, Callable<T> work) throws Exception {
        return RunAs.user(user, work);
    }

    private static org.coplan.participation.DecisionDraft decision() {
        var ann = new org.coplan.participation.DecisionParty("Ann Adult", org.coplan.participation.Standing.PERSON);
        return new org.coplan.participation.DecisionDraft("Where will Ann live?", List.of("Stay at home", "Move"),
                "Ann stays at home", ann, List.of(), List.of(ann), org.coplan.participation.DecisionRule.PERSON_DECIDED, null, null,
                true, "I want to stay in my own home.", "We added evening visits.", java.time.LocalDate.now().minusDays(2), null);
    }

    private PortalLinkDraft draft(Set<SectionKey> sections, String childView) {
        return new PortalLinkDraft(w.family(), PortalRelationship.FAMILY_MEMBER, sections, "Ann wants her daughter to see About me",
                childView);
    }

    @Test
    void aFamilyUserWithNoLinkSeesNothingOfAnyPlan() throws Exception {
        assertThat(as(w.family(), () -> plans.portalPlans())).isEmpty();
        assertThatThrownBy(() -> as(w.family(), () -> plans.portalPlan(plan))).isInstanceOf(RecordNotFoundException.class);
        assertThat(data.auditEvents("portal.plan.view", plan, w.family(), "DENIED")).isEqualTo(1);
    }

    @Test
    void aLinkShowsOnlyTheSectionsItNamesAndEndingItShowsNothingAtOnce() throws Exception {
        long link = as(w.practitionerA(), () -> portal.link(w.personA(), draft(EnumSet.of(SectionKey.ABOUT_ME), null)));
        assertThat(as(w.family(), () -> plans.portalPlans())).singleElement().satisfies(p -> assertThat(p.planId()).isEqualTo(plan));
        var seen = as(w.family(), () -> plans.portalPlan(plan));
        assertThat(seen.sections()).extracting(SectionView::key).containsExactly(SectionKey.ABOUT_ME);
        assertThat(seen.toString()).doesNotContain("A private worry");
        assertThat(data.auditEvents("portal.plan.view", plan, w.family(), "ALLOWED")).isEqualTo(1);

        // The family user never gets a staff view, nor changes anything, whatever they call.
        List<Callable<?>> staffRoutes = List.of(() -> plans.planView(plan, null), () -> plans.version(plan, 1),
                () -> plans.versions(plan), () -> plans.plan(plan),
                () -> plans.saveSection(plan, 1, 0, new AboutMe("Mine now", "", "", AboutMe.WrittenBy.FAMILY)));
        for (Callable<?> route : staffRoutes) {
            assertThatThrownBy(() -> as(w.family(), route)).isInstanceOf(RecordNotFoundException.class);
        }

        as(w.practitionerA(), () -> { portal.end(link, "Ann asked for it to end"); return null; });
        assertThatThrownBy(() -> as(w.family(), () -> plans.portalPlan(plan))).isInstanceOf(RecordNotFoundException.class);
        assertThat(as(w.family(), () -> plans.portalPlans())).isEmpty();
        assertThat(as(w.managerAB(), () -> portal.linksOf(w.personA()))).singleElement().satisfies(l -> {
            assertThat(l.active()).isFalse();
            assertThat(l.endReason()).isEqualTo("Ann asked for it to end");
        });
    }

    @Test
    void onlyThePersonsPractitionersLinkAndAChildOfTwelveHasTheirOwnViewRecorded() throws Exception {
        for (String other : List.of(w.practitionerB(), w.managerAB(), w.family(), w.facilitator(), w.admin())) {
            assertThatThrownBy(() -> as(other, () -> portal.link(w.personA(), draft(EnumSet.of(SectionKey.ABOUT_ME), null))))
                    .as(other).isInstanceOf(RecordNotFoundException.class);
        }
        assertThatThrownBy(() -> as(w.practitionerA(), () -> portal.link(w.personA(), new PortalLinkDraft("no.such.user",
                PortalRelationship.CARER, EnumSet.of(SectionKey.ABOUT_ME), "Yes", null))))
                .hasMessageContaining("no family user");
        assertThatThrownBy(() -> as(w.practitionerA(), () -> portal.link(w.personA(), new PortalLinkDraft(w.practitionerB(),
                PortalRelationship.CARER, EnumSet.of(SectionKey.ABOUT_ME), "Yes", null))))
                .as("a login without the family role").hasMessageContaining("no family user");
        // Bea is 12: her own view is needed.
        assertThatThrownBy(() -> as(w.practitionerB(), () -> portal.link(w.personB(), draft(EnumSet.of(SectionKey.ABOUT_ME), " "))))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("own view");
        as(w.practitionerB(), () -> portal.link(w.personB(), draft(EnumSet.of(SectionKey.ABOUT_ME), "Bea: Mum can see About me")));
        // Linked to Bea, the family user still sees nothing of Ann's plan.
        assertThatThrownBy(() -> as(w.family(), () -> plans.portalPlan(plan))).isInstanceOf(RecordNotFoundException.class);
        assertThat(data.auditEvents("portal.link", w.personA(), w.practitionerB(), "DENIED")).isEqualTo(1);
    }

    @Test
    void aLinkedFamilyMemberReadsThePlansDecisionsAndRatesThemAsAFamilyMemberButRecordsNone() throws Exception {
        var owner = org.coplan.participation.DecisionOwner.plan(plan);
        long decision = as(w.practitionerA(), () -> ledger.record(owner, decision()));
        assertThatThrownBy(() -> as(w.family(), () -> ledger.decisionsOf(owner))).isInstanceOf(RecordNotFoundException.class);
        as(w.practitionerA(), () -> portal.link(w.personA(), draft(EnumSet.of(SectionKey.ABOUT_ME), null)));
        assertThat(as(w.family(), () -> ledger.decisionsOf(owner))).singleElement()
                .satisfies(d -> assertThat(d.youSaid()).isEqualTo("I want to stay in my own home."));
        long rung = data.tlapRung("CO_DESIGN");
        as(w.family(), () -> ledger.rate(decision, new org.coplan.participation.RatingDraft(rung, "We were asked, but late", null,
                null)));
        assertThat(as(w.practitionerA(), () -> ledger.decision(decision)).ratings()).singleElement().satisfies(r -> {
            assertThat(r.standing()).isEqualTo(org.coplan.participation.RaterStanding.FAMILY_MEMBER);
            assertThat(r.raterName()).isEqualTo(w.family());
        });
        assertThatThrownBy(() -> as(w.family(), () -> ledger.record(owner, decision())))
                .isInstanceOf(RecordNotFoundException.class);
    }

    @Test
    void aFamilyMembersOwnWordsWaitForThePractitionerWhoAddsThemToAboutMe() throws Exception {
        as(w.practitionerA(), () -> portal.link(w.personA(), draft(EnumSet.of(SectionKey.ABOUT_ME, SectionKey.OUTCOMES), null)));
        long say = as(w.family(), () -> plans.portalSay(plan, org.coplan.supportplan.PortalSay.Kind.OWN_WORDS, SectionKey.ABOUT_ME,
                "Mum loves the radio in the morning"));
        as(w.family(), () -> plans.portalSay(plan, org.coplan.supportplan.PortalSay.Kind.DISAGREE, SectionKey.OUTCOMES,
                "She never said she wanted to move"));
        assertThatThrownBy(() -> as(w.family(), () -> plans.portalSay(plan, org.coplan.supportplan.PortalSay.Kind.AGREE,
                SectionKey.RISKS, null))).as("a section the link does not share").hasMessageContaining("part of the plan you can see");
        assertThat(as(w.family(), () -> plans.says(plan))).extracting(v -> v.status())
                .containsExactlyInAnyOrder(org.coplan.supportplan.PortalSay.Status.WAITING, org.coplan.supportplan.PortalSay.Status.NOTED);
        assertThatThrownBy(() -> as(w.family(), () -> { plans.decideOwnWords(plan, say, true, null); return null; }))
                .isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> as(w.practitionerA(), () -> { plans.decideOwnWords(plan, say, false, " "); return null; }))
                .hasMessageContaining("why");

        as(w.practitionerA(), () -> { plans.decideOwnWords(plan, say, true, null); return null; });
        AboutMe about = (AboutMe) as(w.practitionerA(), () -> plans.planView(plan, null)).version().section(SectionKey.ABOUT_ME).section();
        assertThat(about.importantToMe()).startsWith("My garden and my grandchildren")
                .contains("In " + w.family() + "'s own words: Mum loves the radio in the morning");
        assertThat(as(w.family(), () -> plans.says(plan))).filteredOn(v -> v.id() == say).singleElement()
                .satisfies(v -> assertThat(v.status()).isEqualTo(org.coplan.supportplan.PortalSay.Status.ACCEPTED));
        assertThat(as(w.family(), () -> plans.portalPlan(plan)).toString()).contains("Mum loves the radio");
        assertThatThrownBy(() -> as(w.practitionerB(), () -> plans.says(plan))).isInstanceOf(RecordNotFoundException.class);
    }

    @Test
    void thePortalSaysWhatChangedSinceTheLastLook() throws Exception {
        as(w.practitionerA(), () -> portal.link(w.personA(), draft(EnumSet.of(SectionKey.ABOUT_ME, SectionKey.OUTCOMES), null)));
        var first = as(w.family(), () -> plans.portalPlan(plan));
        assertThat(first.lastLooked()).isNull();
        assertThat(first.changed()).isFalse();
        Thread.sleep(50);
        as(w.practitionerA(), () -> plans.saveSection(plan, 1, plans.version(plan, 1).version().revision(),
                new AboutMe("My garden, my grandchildren and my new dog", "I am patient", "Speak slowly", AboutMe.WrittenBy.PERSON)));
        // A change to a section the link does not share is not mentioned.
        as(w.practitionerA(), () -> plans.saveSection(plan, 1, plans.version(plan, 1).version().revision(),
                new Risks(List.of(new Risks.Risk(null, "Another private worry", "Call Jean", "Me", "", "")))));
        var second = as(w.family(), () -> plans.portalPlan(plan));
        assertThat(second.lastLooked()).isNotNull();
        assertThat(second.changedSince()).extracting(SectionView::key).containsExactly(SectionKey.ABOUT_ME);
        var third = as(w.family(), () -> plans.portalPlan(plan));
        assertThat(third.changed()).isFalse();
    }

    @Test
    void idsFromAnotherPlanAreRefusedWhateverRouteTheyComeBy() throws Exception {
        as(w.practitionerA(), () -> portal.link(w.personA(), draft(EnumSet.of(SectionKey.ABOUT_ME), null)));
        long otherPlan = as(w.practitionerB(), () -> plans.startPlan(w.personB()));
        var other = org.coplan.participation.DecisionOwner.plan(otherPlan);
        long otherDecision = as(w.practitionerB(), () -> ledger.record(other, decision()));
        long rung = data.tlapRung("CO_DESIGN");
        // A decision id of a plan the user is not linked to, as a rating form's row key or an API call would carry it.
        assertThatThrownBy(() -> as(w.family(), () -> ledger.rate(otherDecision,
                new org.coplan.participation.RatingDraft(rung, null, null, null)))).isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> as(w.family(), () -> ledger.decision(otherDecision))).isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> as(w.family(), () -> plans.portalPlan(otherPlan))).isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> as(w.family(), () -> plans.says(otherPlan))).isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> as(w.family(), () -> plans.portalSay(otherPlan, org.coplan.supportplan.PortalSay.Kind.AGREE,
                SectionKey.ABOUT_ME, null))).isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> as(w.family(), () -> portal.linksOf(w.personA()))).isInstanceOf(RecordNotFoundException.class);
    }
}
