package org.coplan.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.coplan.codesign.CoDesignService;
import org.coplan.codesign.CodesignViews.OfferView;
import org.coplan.codesign.CodesignViews.PowerMapView;
import org.coplan.codesign.CodesignViews.ThemeView;
import org.coplan.codesign.OfferDraft;
import org.coplan.codesign.PowerMap;
import org.coplan.codesign.ProjectRole;
import org.coplan.codesign.ResultKind;
import org.coplan.shared.BusinessException;
import org.coplan.shared.CouncilTime;
import org.coplan.shared.InvalidInputException;
import org.coplan.shared.RecordNotFoundException;
import org.coplan.shared.ServiceArea;
import org.coplan.shared.StaleEditException;
import org.coplan.shared.ThemeKind;
import org.coplan.supportplan.ConsentDraft;
import org.coplan.supportplan.ConsentPurpose;
import org.coplan.supportplan.HowGiven;
import org.coplan.supportplan.SupportPlanService;
import org.coplan.supportplan.sections.Actions;
import org.coplan.supportplan.sections.PlanSection;
import org.coplan.supportplan.sections.Risks;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The bridge between plans and projects, inside the server: anonymised themes from consenting
 * plans (never under five people, gone at once when consent is withdrawn), community offers
 * chosen as plan actions and counted by the project, the power map, and who may do each.
 */
@ExtendWith(ArquillianExtension.class)
class BridgeIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.coplanWithTests(BridgeIT.class);
    }

    @Inject
    CoDesignService codesign;

    @Inject
    SupportPlanService plans;

    @Inject
    TestData data;

    @Inject
    org.coplan.participation.LadderService ladders;

    private TestData.World w;
    private long project;
    private final LocalDate today = CouncilTime.today();

    @BeforeEach
    void createWorld() {
        w = data.world();
        project = data.project(w);
    }

    private <T> T as(String user, Callable<T> work) throws Exception {
        return RunAs.user(user, work);
    }

    private void save(String user, long planId, PlanSection section) throws Exception {
        as(user, () -> plans.saveSection(planId, 1, plans.version(planId, 1).version().revision(), section));
    }

    private List<ThemeView> themesIn(String locality) throws Exception {
        return as(w.facilitator(), () -> codesign.themes(project)).stream().filter(t -> t.locality().equals(locality)).toList();
    }

    @Test
    void themesComeOnlyFromConsentingPlansNeverUnderFivePeopleAndAWithdrawalTakesEffectAtOnce() throws Exception {
        TestData.ThemeTeam team = data.themeTeam(w, 6);
        List<Long> planIds = new ArrayList<>();
        List<Long> consentIds = new ArrayList<>();
        for (int i = 0; i < team.people().size(); i++) {
            long person = team.people().get(i);
            long plan = as(w.practitionerA(), () -> plans.startPlan(person));
            planIds.add(plan);
            save(w.practitionerA(), plan, new Risks(List.of(new Risks.Risk(null, "Falling at night with no one there " + i,
                    "Pendant alarm", "Me", "TALKING_POINTS", "FEELING_SAFE"))));
            // The sixth person agrees to sharing with their circle, not to co-design themes.
            ConsentPurpose purpose = i < 5 ? ConsentPurpose.CODESIGN_THEMES : ConsentPurpose.CIRCLE;
            consentIds.add(as(w.practitionerA(), () -> plans.recordConsent(plan,
                    new ConsentDraft(purpose, null, "Theo", today, HowGiven.VERBALLY))));
        }
        List<ThemeView> themes = themesIn(team.locality());
        assertThat(themes).singleElement().satisfies(t -> {
            assertThat(t.kind()).isEqualTo(ThemeKind.WORRY);
            assertThat(t.categoryName()).isEqualTo("Feeling safe");
            assertThat(t.people()).as("five consenting people; the sixth did not consent").isEqualTo(5);
            assertThat(t.attached()).isFalse();
        });
        assertThat(themes.toString()).doesNotContain("Falling", "Theo");
        as(w.facilitator(), () -> { codesign.attachTheme(project, themes.get(0).key(), "Nights are the worry"); return null; });
        assertThat(data.auditEvents("project.theme.attach", project, w.facilitator(), "ALLOWED")).isEqualTo(1);

        // One withdrawal: four people are left, so the theme goes from the list at once, and the
        // attached theme stays as evidence without any count.
        as(w.practitionerA(), () -> { plans.withdrawConsent(planIds.get(0), consentIds.get(0), "Changed her mind"); return null; });
        assertThat(themesIn(team.locality())).singleElement().satisfies(t -> {
            assertThat(t.attached()).isTrue();
            assertThat(t.people()).isNull();
            assertThat(t.note()).isEqualTo("Nights are the worry");
        });
        assertThatThrownBy(() -> as(w.facilitator(), () -> { codesign.attachTheme(project, themes.get(0).key(), null); return null; }))
                .isInstanceOf(BusinessException.class).hasMessageContaining("five");
    }

    @Test
    void onlyTheProjectsStaffSeeThemesAndOnlyStaffReadThemFromPlans() throws Exception {
        assertThatThrownBy(() -> as(w.practitionerA(), () -> codesign.themes(project))).isInstanceOf(RecordNotFoundException.class);
        assertThat(data.auditEvents("project.themes.view", project, w.practitionerA(), "DENIED")).isEqualTo(1);
        assertThatThrownBy(() -> as(w.partner(), () -> codesign.themes(project)))
                .isInstanceOf(BusinessException.class).hasMessageContaining("staff");
        assertThatThrownBy(() -> as(w.family(), () -> plans.anonymisedThemes(ServiceArea.ADULTS)))
                .isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> as(w.partner(), () -> { codesign.attachTheme(project, null, null); return null; }))
                .isInstanceOf(BusinessException.class).hasMessageContaining("facilitators");
        assertThat(as(w.facilitator(), () -> codesign.themes(project))).allSatisfy(t ->
                assertThat(t.people() == null || t.people() >= 5).isTrue());
    }

    @Test
    void aResultBecomesAnOfferPractitionersOfTheAreaChooseAndTheProjectCountsThePlansWithoutNames() throws Exception {
        String name = "Tuesday group " + w.suffix();
        assertThatThrownBy(() -> as(w.facilitator(), () -> codesign.recordResult(project, ResultKind.NEW_GROUP, "A new group",
                today, new OfferDraft(name, "", "", "", "")))).isInstanceOf(InvalidInputException.class);
        as(w.facilitator(), () -> codesign.recordResult(project, ResultKind.NEW_GROUP, "A Tuesday group for carers", today,
                new OfferDraft(name, "Carers in Leith", "Just come along", "0131 496 0000", "Leith")));
        assertThatThrownBy(() -> as(w.partner(), () -> codesign.recordResult(project, ResultKind.OTHER, "x", today, null)))
                .isInstanceOf(BusinessException.class).hasMessageContaining("facilitators");

        OfferView offer = as(w.practitionerA(), () -> codesign.offers()).stream().filter(o -> o.name().equals(name))
                .findFirst().orElseThrow();
        assertThat(offer.plansUsing()).isEqualTo(0L);
        assertThat(as(w.practitionerB(), () -> codesign.offers())).as("a children's practitioner").noneMatch(o -> o.name().equals(name));
        assertThat(as(w.family(), () -> codesign.offers())).noneMatch(o -> o.name().equals(name));

        long plan = data.plan(w);
        save(w.practitionerA(), plan, new Actions(List.of(new Actions.Action(null, "Go to the Tuesday group", "",
                Actions.WhoKind.COMMUNITY_OFFER, null, null, null, offer.id()))));
        var version = as(w.practitionerA(), () -> plans.planView(plan, null)).version();
        Actions actions = (Actions) version.section(org.coplan.supportplan.sections.SectionKey.ACTIONS).section();
        assertThat(actions.items().get(0).who()).as("the offer does the action").isEqualTo(name);
        assertThat(version.offers().get(offer.id()).projectName()).isEqualTo("IT project " + w.suffix());
        assertThat(as(w.facilitator(), () -> codesign.detail(project)).results()).singleElement()
                .satisfies(r -> assertThat(r.offer().plansUsing()).isEqualTo(1L));
        // A partner on the project sees the offer, but nothing counted from plans.
        assertThat(as(w.partner(), () -> codesign.detail(project)).results()).singleElement()
                .satisfies(r -> assertThat(r.offer().plansUsing()).isNull());
        assertThat(as(w.partner(), () -> codesign.offers())).filteredOn(o -> o.name().equals(name)).singleElement()
                .satisfies(o -> assertThat(o.plansUsing()).isNull());

        assertThatThrownBy(() -> save(w.practitionerA(), plan, new Actions(List.of(new Actions.Action(null, "Something", "x",
                Actions.WhoKind.COMMUNITY_OFFER, null, null, null, 987_654_321L))))).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("not one this plan can use");
        assertThatThrownBy(() -> save(w.practitionerA(), plan, new Actions(List.of(new Actions.Action(null, "Something", "x",
                Actions.WhoKind.COMMUNITY_OFFER, null, null, null, null))))).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("choose the community offer");

        // An ended offer stays on the plans that chose it, but no new action can choose it.
        as(w.facilitator(), () -> { codesign.endOffer(offer.id(), today); return null; });
        save(w.practitionerA(), plan, new Actions(List.of(new Actions.Action(null, "Still going on Tuesdays", "",
                Actions.WhoKind.COMMUNITY_OFFER, null, null, null, offer.id()))));
        long other = as(w.practitionerA(), () -> plans.startPlan(data.themeTeam(w, 1).people().get(0)));
        assertThatThrownBy(() -> save(w.practitionerA(), other, new Actions(List.of(new Actions.Action(null, "Join", "",
                Actions.WhoKind.COMMUNITY_OFFER, null, null, null, offer.id()))))).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("no longer offered");
        assertThat(data.auditEvents("offer.end", offer.id(), w.facilitator(), "ALLOWED")).isEqualTo(1);
    }

    @Test
    void thePowerMapWarnsWhenThePeopleMostAffectedAreMissingAndAStaleChangeIsRefused() throws Exception {
        long partner = data.userId(w.partner());
        PowerMapView empty = as(w.partner(), () -> codesign.detail(project)).powerMap();
        assertThat(empty.stakeholders()).isEmpty();
        PowerMap map = new PowerMap(List.of(new PowerMap.Stakeholder("Carers", ProjectRole.CARER, 2, 5, partner),
                new PowerMap.Stakeholder("People who use short breaks", ProjectRole.PERSON_USING_SERVICES, 1, 5, null),
                new PowerMap.Stakeholder("Commissioner", ProjectRole.COMMISSIONER, 5, 1, null)));
        PowerMapView saved = as(w.facilitator(), () -> codesign.savePowerMap(project, empty.revision(), map));
        assertThat(saved.warn()).isTrue();
        assertThat(saved.mostAffectedMissing()).extracting(PowerMap.Stakeholder::name).containsExactly("People who use short breaks");
        assertThat(as(w.partner(), () -> codesign.detail(project)).powerMap().stakeholders()).hasSize(3);

        assertThatThrownBy(() -> as(w.facilitator(), () -> codesign.savePowerMap(project, empty.revision(), PowerMap.empty())))
                .isInstanceOf(StaleEditException.class);
        assertThat(as(w.facilitator(), () -> codesign.detail(project)).powerMap().stakeholders()).hasSize(3);
        assertThatThrownBy(() -> as(w.facilitator(), () -> codesign.savePowerMap(project, saved.revision(), new PowerMap(List.of(
                new PowerMap.Stakeholder("", null, 9, 0, 123_456_789L)))))).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> as(w.partner(), () -> codesign.savePowerMap(project, saved.revision(), map)))
                .isInstanceOf(BusinessException.class).hasMessageContaining("facilitators");
        assertThatThrownBy(() -> as(w.practitionerA(), () -> codesign.savePowerMap(project, saved.revision(), map)))
                .isInstanceOf(RecordNotFoundException.class);
        assertThat(data.auditEvents("project.power-map", project, w.facilitator(), "ALLOWED")).isEqualTo(1);
    }

    @Test
    void aFacilitatorStartsAProjectAndChoosesItsMembers() throws Exception {
        var tlap = as(w.facilitator(), () -> ladders.ladders()).stream().filter(l -> l.code().equals("TLAP")).findFirst().orElseThrow();
        var topRung = tlap.rungs().get(tlap.rungs().size() - 1);
        assertThatThrownBy(() -> as(w.practitionerA(), () -> codesign.startProject(new org.coplan.codesign.ProjectDraft("Mine",
                "An aim", "Leith", ServiceArea.ADULTS, tlap.id(), topRung.id())))).isInstanceOf(BusinessException.class)
                .hasMessageContaining("Only facilitators");
        assertThatThrownBy(() -> as(w.facilitator(), () -> codesign.startProject(new org.coplan.codesign.ProjectDraft(" ", "",
                "Leith", null, tlap.id(), 1L)))).isInstanceOf(InvalidInputException.class);
        long started = as(w.facilitator(), () -> codesign.startProject(new org.coplan.codesign.ProjectDraft(
                "Day opportunities " + w.suffix(), "What a good day looks like", "Leith", ServiceArea.ADULTS, tlap.id(), topRung.id())));
        var detail = as(w.facilitator(), () -> codesign.detail(started));
        assertThat(detail.mayRun()).isTrue();
        assertThat(detail.project().stage()).isEqualTo(org.coplan.codesign.ProjectStage.SCOPING);
        assertThat(detail.project().targetRungName()).isEqualTo(topRung.name());

        long partner = data.userId(w.partner());
        long family = data.userId(w.family());
        var candidates = as(w.facilitator(), () -> codesign.memberCandidates(started));
        assertThat(candidates).extracting(c -> c.userId()).contains(partner).doesNotContain(family, data.userId(w.facilitator()));
        assertThatThrownBy(() -> as(w.facilitator(), () -> { codesign.addMember(started, family, ProjectRole.CARER, true); return null; }))
                .isInstanceOf(BusinessException.class);
        as(w.facilitator(), () -> { codesign.addMember(started, partner, ProjectRole.CARER, true); return null; });
        assertThat(as(w.partner(), () -> codesign.detail(started)).members()).anySatisfy(m -> {
            assertThat(m.userId()).isEqualTo(partner);
            assertThat(m.unpaidContributor()).isTrue();
        });
        assertThatThrownBy(() -> as(w.partner(), () -> { codesign.removeMember(started, partner); return null; }))
                .isInstanceOf(BusinessException.class).hasMessageContaining("facilitators");
        long facilitator = data.userId(w.facilitator());
        assertThatThrownBy(() -> as(w.facilitator(), () -> { codesign.removeMember(started, facilitator); return null; }))
                .isInstanceOf(BusinessException.class).hasMessageContaining("needs a facilitator");
        as(w.facilitator(), () -> { codesign.removeMember(started, partner); return null; });
        assertThatThrownBy(() -> as(w.partner(), () -> codesign.detail(started))).isInstanceOf(RecordNotFoundException.class);
        assertThat(data.auditEvents("project.member.remove", started, w.facilitator(), "ALLOWED")).isEqualTo(1);
    }

    @Test
    void aPartnerSeesTheirOwnPledgesHoursAndPaymentsAndNothingFromAnyPlan() throws Exception {
        long partner = data.userId(w.partner());
        long session = as(w.facilitator(), () -> codesign.planSession(project, "Workshop", org.coplan.codesign.SessionMethod.WORKSHOP,
                today, ""));
        as(w.facilitator(), () -> codesign.makePledge(session, partner, "Ask three carers what they need", today.plusDays(20)));
        as(w.facilitator(), () -> codesign.recordContribution(project, partner, today, 90, 1500, today));
        var mine = as(w.partner(), () -> codesign.myPart());
        assertThat(mine.pledges()).singleElement().satisfies(p -> assertThat(p.what()).isEqualTo("Ask three carers what they need"));
        assertThat(mine.hours()).singleElement().satisfies(h -> {
            assertThat(h.amountPence()).isEqualTo(2250);
            assertThat(h.paidOn()).isNull();
        });
        assertThat(as(w.facilitator(), () -> codesign.myPart()).pledges()).isEmpty();
        assertThat(as(w.family(), () -> codesign.myPart()).hours()).isEmpty();
        long plan = data.plan(w);
        assertThat(as(w.partner(), () -> plans.portalPlans())).isEmpty();
        assertThatThrownBy(() -> as(w.partner(), () -> plans.planView(plan, null))).isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> as(w.partner(), () -> plans.portalPlan(plan))).isInstanceOf(RecordNotFoundException.class);
    }
}
