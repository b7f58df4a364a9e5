package org.coplan.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.coplan.participation.DecisionDraft;
import org.coplan.participation.DecisionOwner;
import org.coplan.participation.DecisionParty;
import org.coplan.participation.DecisionRule;
import org.coplan.participation.DecisionService;
import org.coplan.participation.RatingDraft;
import org.coplan.participation.Standing;
import org.coplan.portal.PortalLinkDraft;
import org.coplan.portal.PortalRelationship;
import org.coplan.portal.PortalService;
import org.coplan.shared.BusinessException;
import org.coplan.shared.InvalidInputException;
import org.coplan.shared.RecordNotFoundException;
import org.coplan.subjectaccess.Deadline;
import org.coplan.subjectaccess.Disclosure;
import org.coplan.subjectaccess.ReceivedHow;
import org.coplan.subjectaccess.RequestDraft;
import org.coplan.subjectaccess.RequestView;
import org.coplan.subjectaccess.RequestedBy;
import org.coplan.subjectaccess.SubjectAccessService;
import org.coplan.supportplan.SupportPlanService;
import org.coplan.supportplan.sections.AboutMe;
import org.coplan.supportplan.sections.SectionKey;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Subject access inside the server: a manager of the person's team gets everything held about
 * the person, with other people's names redacted; no one else gets anything; requests are
 * tracked from the day received to the day sent, and every step is audited.
 */
@ExtendWith(ArquillianExtension.class)
class SubjectAccessIT {

    private static final String CARER = "Fiona Carerwell";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.coplanWithTests(SubjectAccessIT.class);
    }

    @Inject
    SubjectAccessService subjectAccess;

    @Inject
    SupportPlanService plans;

    @Inject
    DecisionService ledger;

    @Inject
    PortalService portal;

    @Inject
    TestData data;

    private TestData.World w;
    private long plan;
    private long decision;
    private String personName;

    @BeforeEach
    void createARecordNamingOtherPeople() throws Exception {
        w = data.world();
        personName = "Ann Adult" + w.suffix();
        plan = as(w.practitionerA(), () -> plans.startPlan(w.personA()));
        as(w.practitionerA(), () -> plans.saveSection(plan, 1, plans.version(plan, 1).version().revision(),
                new AboutMe("My garden, and Sunday lunch with Fiona", "I am patient", "Speak slowly", AboutMe.WrittenBy.PERSON)));
        DecisionParty ann = new DecisionParty(personName, Standing.PERSON);
        DecisionParty fiona = new DecisionParty(CARER, Standing.FAMILY_CARER);
        decision = as(w.practitionerA(), () -> ledger.record(DecisionOwner.plan(plan), new DecisionDraft("Where will Ann live?",
                List.of("Stay at home", "Move"), "Ann stays at home; " + CARER + " visits on Sundays", ann, List.of(fiona),
                List.of(ann), DecisionRule.PERSON_DECIDED, null, null, true, "I want to stay in my own home.", "We added evening visits.",
                LocalDate.now().minusDays(2), null)));
        as(w.practitionerA(), () -> portal.link(w.personA(), new PortalLinkDraft(w.family(), PortalRelationship.FAMILY_MEMBER,
                EnumSet.of(SectionKey.ABOUT_ME), "Ann wants her daughter to see About me", null)));
        long rung = data.tlapRung("CO_DESIGN");
        as(w.family(), () -> ledger.rate(decision, new RatingDraft(rung, "We were asked, but late", null, null)));
    }

    private <T> T as(String user, Callable<T> work) throws Exception {
        return RunAs.user(user, work);
    }

    @Test
    void aManagerOfThePersonsTeamGetsEverythingHeldWithOtherPeopleRedacted() throws Exception {
        Disclosure copy = as(w.managerAB(), () -> subjectAccess.disclose(w.personA()));

        assertThat(copy.personName()).isEqualTo(personName);
        Map<String, Object> content = copy.content();
        assertThat(content).containsKeys("person", "supportPlans", "portalLinks", "subjectAccessRequests", "recordViews");
        assertThat(field(content, "person", "givenName")).isEqualTo("Ann");
        Map<String, Object> thePlan = first(content, "supportPlans");
        assertThat(thePlan.get("id")).isEqualTo(plan);
        Map<String, Object> section = first(first(thePlan, "versions"), "sections");
        assertThat(section.get("body")).asString().contains("My garden, and Sunday lunch with [Third party");

        Map<String, Object> theDecision = first(thePlan, "decisions");
        Map<String, Object> version = first(theDecision, "versions");
        assertThat(version.get("outcome")).asString().startsWith("Ann stays at home; [Third party").doesNotContain("Fiona");
        assertThat(list(version, "participants")).extracting(p -> p.get("name")).allMatch(n -> ((String) n).startsWith("[Third party"));
        assertThat(list(version, "deciders")).extracting(p -> p.get("name")).containsExactly(personName);
        Map<String, Object> rating = first(theDecision, "ratings");
        assertThat(rating.get("commentText")).isEqualTo("We were asked, but late");
        assertThat(rating.get("raterName")).asString().startsWith("[Third party");
        assertThat(first(content, "portalLinks").get("familyUser")).isEqualTo(rating.get("raterName"));

        assertThat(content.toString()).as("no third party's name anywhere in the copy")
                .doesNotContain(CARER).doesNotContain(w.family()).doesNotContain("Bea");
        assertThat(content.toString()).as("staff act for the council and are named").contains(w.practitionerA());
        assertThat(copy.thirdParties()).isEqualTo(2);
        assertThat(list(content, "recordViews")).extracting(e -> e.get("action"))
                .contains("plan.start", "plan.section.save", "portal.link");
        assertThat(data.auditEvents("person.subject-access", w.personA(), w.managerAB(), "ALLOWED")).isEqualTo(1);
    }

    @Test
    void theNextCopyShowsWhoMadeTheLastOne() throws Exception {
        as(w.managerAB(), () -> subjectAccess.disclose(w.personA()));
        Disclosure second = as(w.managerAB(), () -> subjectAccess.disclose(w.personA()));
        assertThat(list(second.content(), "recordViews")).filteredOn(e -> "person.subject-access".equals(e.get("action")))
                .singleElement().satisfies(e -> assertThat(e.get("actor")).isEqualTo(w.managerAB()));
    }

    @Test
    void noOneButAManagerOfThePersonsTeamGetsACopy() throws Exception {
        String otherManager = data.managerOf(w, w.teamB());
        for (String user : List.of(w.practitionerA(), w.family(), w.admin(), otherManager, w.facilitator())) {
            assertThatThrownBy(() -> as(user, () -> subjectAccess.disclose(w.personA()))).as(user)
                    .isInstanceOf(RecordNotFoundException.class);
        }
        assertThatThrownBy(() -> as(w.managerAB(), () -> subjectAccess.disclose(Long.MAX_VALUE)))
                .isInstanceOf(RecordNotFoundException.class);
        assertThat(data.auditEvents("person.subject-access", w.personA(), otherManager, "DENIED")).isEqualTo(1);
        assertThat(data.auditEvents("person.subject-access", w.personA(), w.practitionerA(), "DENIED")).isEqualTo(1);
    }

    @Test
    void aRequestIsTrackedFromReceivedToSentAgainstItsDeadline() throws Exception {
        LocalDate received = LocalDate.now().minusDays(3);
        String reference = "a-" + w.suffix();
        RequestView request = as(w.managerAB(), () -> subjectAccess.record(new RequestDraft(reference, received,
                RequestedBy.SOMEONE_FOR_THEM, CARER, ReceivedHow.LETTER, "Asked at the review")));
        assertThat(request.dueOn()).isEqualTo(Deadline.dueOn(received));
        assertThat(request.personId()).isEqualTo(w.personA());

        assertThat(as(w.managerAB(), () -> subjectAccess.requests(true))).extracting(RequestView::id).contains(request.id());
        assertThat(as(data.managerOf(w, w.teamB()), () -> subjectAccess.requests(false))).extracting(RequestView::id)
                .doesNotContain(request.id());

        assertThatThrownBy(() -> as(w.managerAB(), () -> {
            subjectAccess.markSent(request.id(), LocalDate.now());
            return null;
        })).isInstanceOf(BusinessException.class).hasMessageContaining("Make the copy");

        Disclosure copy = as(w.managerAB(), () -> subjectAccess.disclose(w.personA()));
        assertThat(copy.request()).isNotNull();
        assertThat(copy.request().id()).isEqualTo(request.id());
        assertThat(copy.content().toString()).as("the requester is a third party too").doesNotContain(CARER);

        as(w.managerAB(), () -> {
            subjectAccess.markSent(request.id(), LocalDate.now());
            return null;
        });
        RequestView sent = as(w.managerAB(), () -> subjectAccess.requests(false)).stream().filter(r -> r.id() == request.id())
                .findFirst().orElseThrow();
        assertThat(sent.sentOn()).isEqualTo(LocalDate.now());
        assertThat(sent.lastProducedAt()).isNotNull();
        assertThat(sent.late(LocalDate.now())).isFalse();
        assertThat(as(w.managerAB(), () -> subjectAccess.requests(true))).extracting(RequestView::id).doesNotContain(request.id());
        assertThatThrownBy(() -> as(w.managerAB(), () -> {
            subjectAccess.markSent(request.id(), LocalDate.now());
            return null;
        })).isInstanceOf(BusinessException.class).hasMessageContaining("already marked as sent");
        assertThat(data.auditEvents("subject-access.request.record", w.personA(), w.managerAB(), "ALLOWED")).isEqualTo(1);
        assertThat(data.auditEvents("subject-access.request.sent", request.id(), w.managerAB(), "ALLOWED")).isEqualTo(1);
    }

    @Test
    void aRequestForSomeoneOutsideTheManagersTeamsOrWithMissingAnswersIsRefusedFieldByField() throws Exception {
        String otherManager = data.managerOf(w, w.teamB());
        assertThatThrownBy(() -> as(otherManager, () -> subjectAccess.record(new RequestDraft("A-" + w.suffix(), LocalDate.now(),
                RequestedBy.THE_PERSON, null, ReceivedHow.EMAIL, null))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems()).singleElement()
                        .satisfies(p -> assertThat(p.field()).isEqualTo("personReference")));
        assertThatThrownBy(() -> as(w.managerAB(), () -> subjectAccess.record(new RequestDraft("A-" + w.suffix(),
                LocalDate.now().plusDays(1), RequestedBy.SOMEONE_FOR_THEM, " ", null, null))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(p -> p.field()).containsExactly("receivedOn", "requesterName", "receivedHow"));
        assertThatThrownBy(() -> as(w.practitionerA(), () -> subjectAccess.requests(true))).isInstanceOf(BusinessException.class);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Map<String, Object> parent, String key) {
        return (List<Map<String, Object>>) parent.get(key);
    }

    private static Map<String, Object> first(Map<String, Object> parent, String key) {
        List<Map<String, Object>> items = list(parent, key);
        assertThat(items).as(key).isNotEmpty();
        return items.get(0);
    }

    @SuppressWarnings("unchecked")
    private static Object field(Map<String, Object> parent, String key, String field) {
        return ((Map<String, Object>) parent.get(key)).get(field);
    }
}
