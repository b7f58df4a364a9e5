package org.coplan.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.coplan.codesign.Attendee;
import org.coplan.codesign.CoDesignService;
import org.coplan.codesign.OfferDraft;
import org.coplan.codesign.PledgeStatus;
import org.coplan.codesign.PowerMap;
import org.coplan.codesign.ProjectDraft;
import org.coplan.codesign.ProjectRole;
import org.coplan.codesign.ResultKind;
import org.coplan.codesign.SessionMethod;
import org.coplan.participation.Audience;
import org.coplan.participation.DecisionDraft;
import org.coplan.participation.DecisionOwner;
import org.coplan.participation.DecisionParty;
import org.coplan.participation.DecisionRule;
import org.coplan.participation.DecisionService;
import org.coplan.participation.LadderAdminService;
import org.coplan.participation.RaterStanding;
import org.coplan.participation.RatingDraft;
import org.coplan.participation.Standing;
import org.coplan.participationaudit.AuditFilter;
import org.coplan.participationaudit.ParticipationAuditService;
import org.coplan.participationaudit.Principle;
import org.coplan.participationaudit.PrincipleScoreDraft;
import org.coplan.participationaudit.ScoredBy;
import org.coplan.portal.PortalLinkDraft;
import org.coplan.portal.PortalRelationship;
import org.coplan.portal.PortalService;
import org.coplan.security.AccountService;
import org.coplan.shared.CouncilTime;
import org.coplan.shared.ServiceArea;
import org.coplan.supportplan.Chaired;
import org.coplan.supportplan.ConsentDraft;
import org.coplan.supportplan.ConsentPurpose;
import org.coplan.supportplan.HowGiven;
import org.coplan.supportplan.PortalSay;
import org.coplan.supportplan.ReviewDraft;
import org.coplan.supportplan.SupportPlanService;
import org.coplan.supportplan.sections.SectionKey;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every free-text field a user can fill, written with script, SQL and spreadsheet-formula payloads:
 * each comes back exactly as written (it is data, and the SQL does nothing), the pages that show it
 * show it as escaped text (never as a live element), and the CSV export neutralises formulas.
 *
 * <p>The fields are a table: a new field is one line in {@link #fields()}, saying how to write a
 * value into it, as whom, and where to read it back and see it.
 */
@ExtendWith(ArquillianExtension.class)
class FreeTextPayloadIT {

    static final List<String> PAYLOADS = List.of("<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>",
            "'; DROP TABLE person; --", "=HYPERLINK(\"http://x\",\"y\")", "=1+2", "+1+2", "-1+2", "@SUM(A1)");

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.coplanWithTests(FreeTextPayloadIT.class, FreeTextPayloadIT.Stored.class, FreeTextPayloadIT.Writer.class,
                FreeTextPayloadIT.Field.class, FreeTextPayloadIT.DecisionParts.class, FreeTextPayloadIT.Change.class,
                FreeTextPayloadIT.Read.class, Api.class, WebSession.class, WebSession.Page.class, WebSession.Attempt.class);
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
    ParticipationAuditService audit;
    @Inject
    AccountService accounts;
    @Inject
    LadderAdminService ladders;
    @Inject
    TestData data;

    private TestData.World w;
    private long plan;
    private long project;
    private long session;
    private final LocalDate today = CouncilTime.today();
    private final Api api = new Api(TestData.PASSWORD);
    private final Map<String, WebSession> signedIn = new LinkedHashMap<>();

    /** Where a value written to a field is read back, and the page (as a user) that shows it; page may be null. */
    record Stored(String readBack, String user, String page) {
    }

    @FunctionalInterface
    interface Writer {
        Stored write(String payload) throws Exception;
    }

    record Field(String name, Writer writer) {
    }

    private static Field field(String name, Writer writer) {
        return new Field(name, writer);
    }

    private <T> T as(String user, Callable<T> work) throws Exception {
        return RunAs.user(user, work);
    }

    // ---- the fields ---------------------------------------------------------------------------

    private List<Field> fields() {
        String planPage = "/supportplan/plan.xhtml?id=" + plan;
        String projectPage = "/codesign/project.xhtml?id=" + project;
        String prac = w.practitionerA();
        String fac = w.facilitator();
        return List.of(
                // A plan's sections, through the API (PUT /api/plans/{id}/sections/{section}).
                section("about-me", "/importantToMe"), section("about-me", "/admiredFor"), section("about-me", "/howToSupport"),
                section("circle", "/items/0/name"), section("circle", "/items/0/relationship"), section("circle", "/items/0/role"),
                section("circle", "/items/0/contact"),
                section("strengths", "/items/0/text"),
                section("outcomes", "/items/0/words"),
                section("path", "/northStar"), section("path", "/goal"), section("path", "/now"), section("path", "/enrol"),
                section("path", "/buildStrength"), section("path", "/nextSteps"), section("path", "/firstStep"),
                section("actions", "/items/0/what"), section("actions", "/items/0/who"),
                section("risks", "/items/0/whatCouldGoWrong"), section("risks", "/items/0/whatToDo"), section("risks", "/items/0/whoDecides"),

                // Decisions on the plan, their versions and ratings.
                field("decision question", p -> decision(d -> d.question = p, v -> v.question())),
                field("decision option", p -> offPage(decision(d -> d.options = List.of(p, "Another"), v -> v.options().get(0)))),
                field("decision outcome", p -> decision(d -> d.outcome = p, v -> v.outcome())),
                field("decision proposer's name", p -> offPage(decision(d -> d.proposer = p, v -> v.proposedBy().name()))),
                field("decision participant's name", p -> offPage(decision(d -> d.participant = p, v -> v.participants().get(0).name()))),
                field("decision decider's name", p -> decision(d -> d.decider = p, v -> v.deciders().get(0).name())),
                field("decision rung reason", p -> offPage(decision(d -> { d.rungId = data.tlapRung("INFORMING"); d.rungReason = p; },
                        v -> v.rungReason()))),
                field("decision 'you said'", p -> decision(d -> d.youSaid = p, v -> v.youSaid())),
                field("decision 'we did'", p -> decision(d -> d.weDid = p, v -> v.weDid())),
                field("decision change reason", p -> {
                    long id = as(prac, () -> ledger.record(DecisionOwner.plan(plan), new DecisionParts().draft()));
                    long lock = as(prac, () -> ledger.decision(id)).lockVersion();
                    DecisionParts changed = new DecisionParts();
                    changed.outcome = "Changed after the review";
                    as(prac, () -> ledger.revise(id, lock, changed.draft(), p));
                    return offPage(new Stored(as(prac, () -> ledger.decision(id)).current().changeReason(), prac, planPage));
                }),
                field("rating comment", p -> offPage(rating(p, "Ann Adult", r -> r.comment()))),
                field("rating: who said it", p -> offPage(rating("Mostly mine", p, r -> r.raterName()))),

                // Reviews, consent and the plan's own notes.
                field("review attendees", p -> review(new ReviewDraft(today, p, Chaired.CO_CHAIRED, "w", "n", "o", "d", null),
                        r -> r.attendees())),
                field("review: what is working", p -> review(new ReviewDraft(today, "Ann", Chaired.CO_CHAIRED, p, "n", "o", "d", null),
                        r -> r.working())),
                field("review: what is not working", p -> review(new ReviewDraft(today, "Ann", Chaired.CO_CHAIRED, "w", p, "o", "d", null),
                        r -> r.notWorking())),
                field("review: own words", p -> review(new ReviewDraft(today, "Ann", Chaired.CO_CHAIRED, "w", "n", p, "d", null),
                        r -> r.ownWords())),
                field("review: disagreements", p -> review(new ReviewDraft(today, "Ann", Chaired.CO_CHAIRED, "w", "n", "o", p, null),
                        r -> r.disagreements())),
                field("consent: agency", p -> consent(new ConsentDraft(ConsentPurpose.AGENCY, p, "Ann", today, HowGiven.IN_PERSON),
                        c -> c.agency())),
                field("consent: given by", p -> consent(new ConsentDraft(ConsentPurpose.AGENCY, "NHS Lothian", p, today, HowGiven.IN_PERSON),
                        c -> c.givenBy())),
                field("consent withdrawal note", p -> {
                    long id = as(prac, () -> plans.recordConsent(plan, new ConsentDraft(ConsentPurpose.AGENCY, "NHS Lothian", "Ann",
                            today, HowGiven.IN_PERSON)));
                    as(prac, () -> { plans.withdrawConsent(plan, id, p); return null; });
                    return new Stored(consentView(id).withdrawalNote(), prac, planPage);
                }),

                // Co-design: projects, sessions, pledges, results and offers, the power map.
                field("project name", p -> {
                    long id = as(fac, () -> codesign.startProject(new ProjectDraft(p, "An aim", payloadLocality(), ServiceArea.ADULTS,
                            data.tlapLadder(), data.tlapRung("CO_PRODUCTION"))));
                    return new Stored(as(fac, () -> codesign.project(id)).name(), fac, "/codesign/project.xhtml?id=" + id);
                }),
                field("project name in the participation audit's chart", p -> {
                    long id = as(fac, () -> codesign.startProject(new ProjectDraft(p, "An aim", payloadLocality(), ServiceArea.ADULTS,
                            data.tlapLadder(), data.tlapRung("CO_PRODUCTION"))));
                    as(fac, () -> ledger.record(DecisionOwner.project(id), new DecisionParts().draft()));
                    return new Stored(as(fac, () -> codesign.project(id)).name(), w.managerAB(), "/manager/audit.xhtml?locality="
                            + java.net.URLEncoder.encode(payloadLocality(), java.nio.charset.StandardCharsets.UTF_8));
                }),
                field("project aim", p -> {
                    long id = as(fac, () -> codesign.startProject(new ProjectDraft("Aims " + w.suffix(), p, payloadLocality(),
                            ServiceArea.ADULTS, data.tlapLadder(), data.tlapRung("CO_PRODUCTION"))));
                    return new Stored(as(fac, () -> codesign.project(id)).aim(), fac, "/codesign/project.xhtml?id=" + id);
                }),
                field("session title", p -> {
                    long id = as(fac, () -> codesign.planSession(project, p, SessionMethod.WORKSHOP, today, "Agenda"));
                    return new Stored(as(fac, () -> codesign.session(id)).title(), fac, "/codesign/session.xhtml?id=" + id);
                }),
                field("session agenda", p -> {
                    long id = as(fac, () -> codesign.planSession(project, "Workshop", SessionMethod.WORKSHOP, today, p));
                    return new Stored(as(fac, () -> codesign.session(id)).agenda(), fac, "/codesign/session.xhtml?id=" + id);
                }),
                field("session outputs", p -> held(p, "Agenda", "Pat", s -> s.outputs())),
                field("session attendee", p -> held("Outputs", "Agenda", p, s -> s.attendees().get(0).name())),
                field("series name", p -> {
                    long first = as(fac, () -> codesign.planSeries(project, p, today)).get(0);
                    return new Stored(as(fac, () -> codesign.session(first)).seriesName(), fac, "/codesign/session.xhtml?id=" + first);
                }),
                field("pledge", p -> {
                    long id = as(fac, () -> codesign.makePledge(session, data.userId(w.partner()), p, today.plusDays(3)));
                    return new Stored(pledge(id).what(), fac, projectPage);
                }),
                field("pledge follow-up note", p -> {
                    long id = as(fac, () -> codesign.makePledge(session, data.userId(w.partner()), "Ask five carers", today.plusDays(3)));
                    as(fac, () -> { codesign.followUpPledge(id, PledgeStatus.KEPT, p); return null; });
                    return new Stored(pledge(id).note(), fac, projectPage);
                }),
                field("result: what changed", p -> result(p, offer("Saturday café"), r -> r.whatChanged())),
                field("offer name", p -> result("A new group", offer(p), r -> r.offer().name())),
                field("offer: who can use it", p -> result("A new group",
                        new OfferDraft("Café", p, "Come along", "0131 496 0199", "Leith"), r -> r.offer().whoCanUse())),
                field("offer: how to get it", p -> result("A new group",
                        new OfferDraft("Café", "Carers", p, "0131 496 0199", "Leith"), r -> r.offer().howToGet())),
                field("offer contact", p -> result("A new group",
                        new OfferDraft("Café", "Carers", "Come along", p, "Leith"), r -> r.offer().contact())),
                field("power map stakeholder", p -> {
                    int revision = as(fac, () -> codesign.detail(project)).powerMap().revision();
                    as(fac, () -> codesign.savePowerMap(project, revision, new PowerMap(List.of(
                            new PowerMap.Stakeholder(p, ProjectRole.CARER, 2, 5, null)))));
                    return new Stored(as(fac, () -> codesign.detail(project)).powerMap().stakeholders().get(0).name(), fac,
                            "/codesign/powermap.xhtml?id=" + project);
                }),

                // The portal: what a family member says, and the practitioner's answer; the link's wishes and its end.
                field("portal: own words", p -> {
                    long say = as(w.family(), () -> plans.portalSay(plan, PortalSay.Kind.OWN_WORDS, SectionKey.ABOUT_ME, p));
                    return new Stored(saying(say).words(), w.family(), "/portal/plan.xhtml?id=" + plan);
                }),
                field("portal: why not taken", p -> {
                    long say = as(w.family(), () -> plans.portalSay(plan, PortalSay.Kind.OWN_WORDS, SectionKey.ABOUT_ME, "Mine"));
                    as(prac, () -> { plans.decideOwnWords(plan, say, false, p); return null; });
                    return new Stored(saying(say).decisionNote(), prac, planPage);
                }),
                field("portal link: the person's wishes", p -> {
                    long link = as(prac, () -> portal.link(linkPerson(), new PortalLinkDraft(w.family(),
                            PortalRelationship.FAMILY_MEMBER, EnumSet.of(SectionKey.ABOUT_ME), p, null)));
                    String wishes = linkView(link).personWishes();
                    as(prac, () -> { portal.end(link, "Ended by the test"); return null; });
                    return new Stored(wishes, prac, "/people/person.xhtml?id=" + linkPerson());
                }),
                field("portal link: why it ended", p -> {
                    long link = as(prac, () -> portal.link(linkPerson(), new PortalLinkDraft(w.family(),
                            PortalRelationship.FAMILY_MEMBER, EnumSet.of(SectionKey.ABOUT_ME), "Ann agrees", null)));
                    as(prac, () -> { portal.end(link, p); return null; });
                    return new Stored(linkView(link).endReason(), prac, "/people/person.xhtml?id=" + linkPerson());
                }),

                // The team's self-assessment against the co-production principles.
                field("principle score: who scored", p -> principle(p, "A note", s -> s.whoScored(), true)),
                // The note is kept by the service (and the API); no page shows it yet.
                field("principle score note", p -> principle("The team", p, s -> s.note(), false)),

                // Administration: a council's own ladder, and why an account was disabled (kept in the audit trail).
                field("ladder name", p -> ladder(p, "Described", "Ours", l -> l.name())),
                field("ladder description", p -> ladder("Ours " + System.nanoTime(), p, "Ours", l -> l.description())),
                field("ladder source", p -> ladder("Ours " + System.nanoTime(), "Described", p, l -> l.source())),
                field("reason an account was disabled", p -> {
                    as(w.admin(), () -> { accounts.disableAccount(w.practitionerNoTeam(), p); return null; });
                    as(w.admin(), () -> { accounts.enableAccount(w.practitionerNoTeam()); return null; });
                    return new Stored(data.auditEventsWithDetail("account.disable", p) > 0 ? p : "(not in the audit trail)", w.admin(),
                            null);
                }));
    }

    // ---- writing and reading back ----------------------------------------------------------------

    private static final Map<String, String> SECTIONS = Map.of(
            "about-me", "{\"importantToMe\":\"Gardening\",\"admiredFor\":\"Patience\",\"howToSupport\":\"Speak slowly\",\"writtenBy\":\"PERSON\"}",
            "circle", "{\"items\":[{\"name\":\"Jean\",\"relationship\":\"Sister\",\"role\":\"Visits\",\"contact\":\"0131 496 0000\","
                    + "\"maySee\":[\"about-me\"]}]}",
            "strengths", "{\"items\":[{\"kind\":\"PERSON\",\"text\":\"Kind to everyone\"}]}",
            "outcomes", "{\"items\":[{\"key\":\"o1\",\"words\":\"I want to garden again\",\"framework\":\"TALKING_POINTS\","
                    + "\"category\":\"SEEING_PEOPLE\"}]}",
            "path", "{\"northStar\":\"A\",\"goal\":\"B\",\"now\":\"C\",\"enrol\":\"D\",\"buildStrength\":\"E\",\"nextSteps\":\"F\",\"firstStep\":\"G\"}",
            "actions", "{\"items\":[{\"what\":\"Ring the club\",\"who\":\"Jean\",\"whoKind\":\"CIRCLE\",\"byWhen\":\"2027-01-31\","
                    + "\"status\":\"IN_PROGRESS\"}]}",
            "risks", "{\"items\":[{\"whatCouldGoWrong\":\"A fall\",\"whatToDo\":\"Call Jean\",\"whoDecides\":\"Ann\"}]}");

    private Field section(String section, String pointer) {
        return field("plan " + section + " " + pointer, p -> {
            String user = w.practitionerA();
            HttpResponse<String> read = api.send("GET", "/api/plans/" + plan, user, null);
            assertThat(read.statusCode()).as(read.body()).isEqualTo(200);
            JsonObject body = Json.createPointer(pointer).replace(Api.object(SECTIONS.get(section)), Json.createValue(p));
            HttpResponse<String> saved = api.send("PUT", "/api/plans/" + plan + "/sections/" + section, user, body.toString(),
                    "If-Match", read.headers().firstValue("ETag").orElseThrow());
            assertThat(saved.statusCode()).as(section + pointer + ": " + saved.body()).isEqualTo(200);
            JsonObject again = Api.object(api.send("GET", "/api/plans/" + plan, user, null).body());
            JsonObject stored = again.getJsonObject("version").getJsonObject("sections").getJsonObject(section);
            return new Stored(((JsonString) Json.createPointer(pointer).getValue(stored)).getString(), user,
                    "/supportplan/plan.xhtml?id=" + plan);
        });
    }

    /** A decision's parts, valid as they stand; a field changes one. */
    static final class DecisionParts {
        String question = "Where will Ann live?";
        List<String> options = List.of("Stay at home", "Move");
        String outcome = "Ann stays at home";
        String proposer = "Ann Adult";
        String participant = "Jean";
        String decider = "Ann Adult";
        Long rungId;
        String rungReason;
        String youSaid = "I want to stay at home";
        String weDid = "We added evening visits";

        DecisionDraft draft() {
            return new DecisionDraft(question, options, outcome, new DecisionParty(proposer, Standing.PERSON),
                    List.of(new DecisionParty(participant, Standing.FAMILY_CARER)), List.of(new DecisionParty(decider, Standing.PERSON)),
                    DecisionRule.PERSON_DECIDED, rungId, rungReason, true, youSaid, weDid, CouncilTime.today().minusDays(1), null);
        }
    }

    interface Change<T> {
        void apply(T t) throws Exception;
    }

    interface Read<T> {
        String of(T t) throws Exception;
    }

    private Stored decision(Change<DecisionParts> change, Read<org.coplan.participation.DecisionViews.VersionView> read) throws Exception {
        DecisionParts parts = new DecisionParts();
        change.apply(parts);
        long id = as(w.practitionerA(), () -> ledger.record(DecisionOwner.plan(plan), parts.draft()));
        return new Stored(read.of(as(w.practitionerA(), () -> ledger.decision(id)).current()), w.practitionerA(),
                "/supportplan/plan.xhtml?id=" + plan);
    }

    /**
     * A decision's part that the plan page does not show when it opens (the list shows a decision's
     * question, outcome, deciders, rung, you said and we did): its options, proposer, participants
     * and rung reason appear only in the form for changing it, its change reason in its history,
     * ratings nowhere. The ledger shows ten decisions a page, so the plan page no longer holds
     * every earlier decision's text, which these checks used to find there instead of their own.
     * They are still read back through the ledger.
     */
    private static Stored offPage(Stored stored) {
        return new Stored(stored.readBack(), stored.user(), null);
    }

    private Stored rating(String comment, String rater, Read<org.coplan.participation.DecisionViews.RatingView> read) throws Exception {
        long id = as(w.practitionerA(), () -> ledger.record(DecisionOwner.plan(plan), new DecisionParts().draft()));
        as(w.practitionerA(), () -> ledger.rate(id, new RatingDraft(data.tlapRung("CO_DESIGN"), comment, RaterStanding.PERSON, rater)));
        return new Stored(read.of(as(w.practitionerA(), () -> ledger.decision(id)).ratings().get(0)), w.practitionerA(),
                "/supportplan/plan.xhtml?id=" + plan);
    }

    private Stored review(ReviewDraft draft, Read<org.coplan.supportplan.PlanViews.ReviewView> read) throws Exception {
        long id = as(w.practitionerA(), () -> plans.recordReview(plan, draft));
        return new Stored(read.of(as(w.practitionerA(), () -> plans.review(id))), w.practitionerA(), "/supportplan/review.xhtml?id=" + id);
    }

    private Stored consent(ConsentDraft draft, Read<org.coplan.supportplan.PlanViews.ConsentView> read) throws Exception {
        long id = as(w.practitionerA(), () -> plans.recordConsent(plan, draft));
        return new Stored(read.of(consentView(id)), w.practitionerA(), "/supportplan/plan.xhtml?id=" + plan);
    }

    private org.coplan.supportplan.PlanViews.ConsentView consentView(long id) throws Exception {
        return as(w.practitionerA(), () -> plans.planView(plan, null)).consents().stream().filter(c -> c.id() == id)
                .findFirst().orElseThrow();
    }

    private Stored held(String outputs, String agenda, String attendee, Read<org.coplan.codesign.CodesignViews.SessionView> read)
            throws Exception {
        long id = as(w.facilitator(), () -> codesign.planSession(project, "Held " + System.nanoTime(), SessionMethod.WORKSHOP,
                today.minusDays(1), "Agenda"));
        as(w.facilitator(), () -> { codesign.recordSession(id, today.minusDays(1), List.of(new Attendee(attendee,
                Standing.FAMILY_CARER)), agenda, outputs, null); return null; });
        return new Stored(read.of(as(w.facilitator(), () -> codesign.session(id))), w.facilitator(), "/codesign/session.xhtml?id=" + id);
    }

    private org.coplan.codesign.CodesignViews.PledgeView pledge(long id) throws Exception {
        return as(w.facilitator(), () -> codesign.detail(project)).pledges().stream().filter(p -> p.id() == id).findFirst().orElseThrow();
    }

    private static OfferDraft offer(String name) {
        return new OfferDraft(name, "Unpaid carers", "Just come along", "0131 496 0199", "Leith");
    }

    private Stored result(String whatChanged, OfferDraft offer, Read<org.coplan.codesign.CodesignViews.ResultView> read) throws Exception {
        long id = as(w.facilitator(), () -> codesign.recordResult(project, ResultKind.NEW_GROUP, whatChanged, today, offer));
        var result = as(w.facilitator(), () -> codesign.detail(project)).results().stream().filter(r -> r.id() == id).findFirst()
                .orElseThrow();
        return new Stored(read.of(result), w.facilitator(), "/codesign/results.xhtml?id=" + project);
    }

    private org.coplan.supportplan.PlanViews.SayView saying(long id) throws Exception {
        return as(w.practitionerA(), () -> plans.says(plan)).stream().filter(s -> s.id() == id).findFirst().orElseThrow();
    }

    private long linkPerson() {
        return w.personA();
    }

    private org.coplan.portal.PortalViews.LinkView linkView(long id) throws Exception {
        return as(w.practitionerA(), () -> portal.linksOf(w.personA())).stream().filter(l -> l.id() == id).findFirst().orElseThrow();
    }

    private Stored principle(String whoScored, String note,
                             Read<org.coplan.participationaudit.ParticipationAuditService.ScoreView> read, boolean shown)
            throws Exception {
        as(w.managerAB(), () -> { audit.saveSelfAssessment(w.teamA(), today, List.of(
                new PrincipleScoreDraft(Principle.ASSETS, ScoredBy.TEAM, 3, whoScored, note))); return null; });
        var score = as(w.managerAB(), () -> audit.selfAssessment(w.teamA(), today)).stream()
                .filter(s -> s.principle() == Principle.ASSETS && s.scoredBy() == ScoredBy.TEAM).findFirst().orElseThrow();
        return new Stored(read.of(score), w.managerAB(), shown ? "/manager/principles.xhtml?id=" + w.teamA() : null);
    }

    private Stored ladder(String name, String description, String source, Read<org.coplan.participation.LadderDetail> read)
            throws Exception {
        long id = as(w.admin(), () -> ladders.createLadder("IT" + (System.nanoTime() % 100_000_000), name, description, source,
                Audience.ADULTS));
        return new Stored(read.of(as(w.admin(), () -> ladders.ladder(id))), w.admin(), "/admin/ladder.xhtml?id=" + id);
    }

    private String payloadLocality() {
        return "Payloadton " + w.suffix();
    }

    // ---- the test ---------------------------------------------------------------------------------

    @Test
    void everyFreeTextFieldKeepsScriptSqlAndFormulaPayloadsAsPlainText() throws Exception {
        w = data.world();
        plan = data.plan(w);
        project = data.project(w);
        session = as(w.facilitator(), () -> codesign.planSession(project, "Workshop", SessionMethod.WORKSHOP, today, "Agenda"));
        as(w.practitionerA(), () -> portal.link(w.personA(), new PortalLinkDraft(w.family(), PortalRelationship.FAMILY_MEMBER,
                EnumSet.allOf(SectionKey.class), "Ann wants her daughter to see her plan", null)));

        List<String> problems = new ArrayList<>();
        List<Field> fields = fields();
        for (Field f : fields) {
            for (String payload : PAYLOADS) {
                Stored stored;
                try {
                    stored = f.writer().write(payload);
                } catch (Exception | AssertionError e) {
                    problems.add(f.name() + " <- " + payload + ": refused or failed: " + e);
                    continue;
                }
                if (!payload.equals(stored.readBack())) {
                    problems.add(f.name() + " <- " + payload + ": read back as " + stored.readBack());
                }
                if (stored.page() != null && (payload.startsWith("<") || payload.startsWith("\""))) {
                    String html = page(stored.user(), stored.page());
                    if (html.contains("<script>alert(1)") || html.contains("<img src=x")) {
                        problems.add(f.name() + " <- " + payload + ": a live element on " + stored.page());
                    }
                    String escaped = payload.startsWith("<") ? "&lt;script&gt;alert(1)&lt;/script&gt;" : "&lt;img src=x onerror=alert(1)&gt;";
                    if (!html.contains(escaped)) {
                        problems.add(f.name() + " <- " + payload + ": not shown as text on " + stored.page());
                    }
                }
            }
        }
        assertThat(fields).hasSizeGreaterThan(60);
        assertThat(problems).isEmpty();
        // The SQL payload did nothing: the table it named is still there, and still used.
        assertThat(as(w.practitionerA(), () -> plans.plan(plan)).personName()).contains("Ann");
    }

    @Test
    void theCsvExportNeutralisesFormulasInNamesUsersChose() throws Exception {
        w = data.world();
        for (String payload : PAYLOADS) {
            String name = payload + " " + w.suffix();
            // A name that is a formula on its own, as a spreadsheet would see it; the others with the run's suffix.
            String projectName = payload.matches("[=+\\-@].*") ? payload : name;
            long id = as(w.facilitator(), () -> codesign.startProject(new ProjectDraft(projectName, "An aim", payloadLocality(),
                    ServiceArea.ADULTS, data.tlapLadder(), data.tlapRung("CO_PRODUCTION"))));
            assertThat(id).isPositive();
        }
        AuditFilter filter = new AuditFilter(null, null, payloadLocality(), null, today.minusMonths(3), today);
        String csv = as(w.managerAB(), () -> audit.exportCsv(filter, "Checking formulas stay text"));
        List<String> cells = cells(csv);
        for (String formula : List.of("=HYPERLINK(\"http://x\",\"y\")", "=1+2", "+1+2", "-1+2", "@SUM(A1)")) {
            assertThat(cells).as("the project named " + formula).contains("'" + formula).doesNotContain(formula);
        }
        assertThat(cells).as("a name that is not a formula is as written").contains("<script>alert(1)</script> " + w.suffix());
        // No cell of the whole export starts with what a spreadsheet runs, unless it is a plain number.
        assertThat(cells).allSatisfy(c -> assertThat(c.matches("[=+\\-@\\t\\r].*") && !c.matches("-?\\d+(\\.\\d+)?"))
                .as(c).isFalse());
    }

    /** The cells of an RFC 4180 CSV text. */
    static List<String> cells(String csv) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < csv.length(); i++) {
            char c = csv.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',' || c == '\n') {
                cells.add(cell.toString());
                cell.setLength(0);
            } else if (c != '\r') {
                cell.append(c);
            }
        }
        cells.add(cell.toString());
        return cells;
    }

    private String page(String user, String path) throws Exception {
        WebSession session = signedIn.get(user);
        if (session == null) {
            session = WebSession.signIn(user, TestData.PASSWORD);
            signedIn.put(user, session);
        }
        WebSession.Page page = session.get(path);
        assertThat(page.status()).as(path).isEqualTo(200);
        return page.bodyText();
    }
}
