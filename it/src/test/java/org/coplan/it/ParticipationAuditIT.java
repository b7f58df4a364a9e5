package org.coplan.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.coplan.codesign.CoDesignService;
import org.coplan.codesign.ProjectDraft;
import org.coplan.participation.DecisionDraft;
import org.coplan.participation.DecisionOwner;
import org.coplan.participation.DecisionParty;
import org.coplan.participation.DecisionRule;
import org.coplan.participation.DecisionService;
import org.coplan.participation.RaterStanding;
import org.coplan.participation.RatingDraft;
import org.coplan.participation.Standing;
import org.coplan.participationaudit.AuditFilter;
import org.coplan.participationaudit.Measures;
import org.coplan.participationaudit.ParticipationAuditRepository;
import org.coplan.participationaudit.Measures.Share;
import org.coplan.participationaudit.ParticipationAuditService;
import org.coplan.participationaudit.ParticipationReport;
import org.coplan.shared.InvalidInputException;
import org.coplan.shared.RecordNotFoundException;
import org.coplan.shared.ServiceArea;
import org.coplan.supportplan.Chaired;
import org.coplan.supportplan.ReviewDraft;
import org.coplan.supportplan.SupportPlanService;
import org.coplan.supportplan.sections.AboutMe;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The participation audit counted by the database: a team's decisions, reviews and plans give
 * the figures the measures promise; a manager sees only their service area; the number of
 * queries does not grow with the data; CSV exports neutralise formulas and are audited with
 * their purpose.
 */
@ExtendWith(ArquillianExtension.class)
class ParticipationAuditIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.coplanWithTests(ParticipationAuditIT.class);
    }

    @Inject
    ParticipationAuditService audit;

    @Inject
    SupportPlanService plans;

    @Inject
    DecisionService ledger;

    @Inject
    CoDesignService codesign;

    @Inject
    TestData data;

    @Inject
    ParticipationAuditRepository repository;

    private TestData.World w;
    private long plan;
    private String managerA;
    private final LocalDate today = LocalDate.now();

    @BeforeEach
    void createWorld() throws Exception {
        w = data.world();
        managerA = data.managerOf(w, w.teamA());
        plan = data.plan(w);
        as(w.practitionerA(), () -> plans.saveSection(plan, 1, plans.version(plan, 1).version().revision(),
                new AboutMe("My garden", "I am patient", "Speak slowly", AboutMe.WrittenBy.PERSON)));
        var owner = DecisionOwner.plan(plan);
        var ann = new DecisionParty("Ann Adult", Standing.PERSON);
        var sam = new DecisionParty("Sam Worker", Standing.PRACTITIONER);
        // Ann decided, her view changed the outcome, and she heard back the next day.
        long changed = as(w.practitionerA(), () -> ledger.record(owner, new DecisionDraft("Where will Ann live?",
                List.of("Stay", "Move"), "Ann stays at home", ann, List.of(), List.of(ann), DecisionRule.PERSON_DECIDED, null, null,
                true, "I want to stay.", "We added evening visits.", today.minusDays(2), today.minusDays(1))));
        // Staff decided and told Ann; never fed back, two months ago: late.
        as(w.practitionerA(), () -> ledger.record(owner, new DecisionDraft("Which agency?", List.of("A", "B"), "Agency A", sam,
                List.of(), List.of(sam), DecisionRule.PROFESSIONAL_INFORMED, null, null, false, null, null, today.minusDays(60),
                null)));
        // Ann told Sam she felt only informed about the first.
        as(w.practitionerA(), () -> ledger.rate(changed, new RatingDraft(data.tlapRung("INFORMING"), "Told, not asked",
                RaterStanding.PERSON, "Ann Adult")));
        as(w.practitionerA(), () -> plans.recordReview(plan, new ReviewDraft(today.minusDays(3), "Ann, Sam", Chaired.PERSON_CHAIRED,
                "Garden", "Evenings", "I like my home", "", today.plusMonths(6))));
    }

    private <T> T as(String user, Callable<T> work) throws Exception {
        return RunAs.user(user, work);
    }

    private AuditFilter teamA() {
        return new AuditFilter(w.teamA(), null, null, null, null, null);
    }

    @Test
    void theDatabaseCountsWorkingDaysAsTheMeasuresDo() throws Exception {
        var owner = DecisionOwner.plan(plan);
        var sam = new DecisionParty("Sam Worker", Standing.PRACTITIONER);
        Map<String, Long> expected = new TreeMap<>();
        // The two decisions every test starts with: fed back the next day, and never (60 days ago).
        expected.merge(key(Measures.workingDaysBetween(today.minusDays(2), today.minusDays(1)), false), 1L, Long::sum);
        expected.merge(key(null, today.minusDays(60).isBefore(Measures.overdueBefore(today))), 1L, Long::sum);
        // Taken on every day of the week, fed back after gaps either side of a weekend and of 20 working days.
        for (int weekday = 0; weekday < 7; weekday++) {
            for (int gap : new int[] {0, 1, 2, 3, 5, 6, 9, 26, 27, 28, 29}) {
                LocalDate decided = today.minusDays(70 + weekday);
                LocalDate fedBack = decided.plusDays(gap);
                as(w.practitionerA(), () -> ledger.record(owner, new DecisionDraft("Which day?", List.of("A", "B"), "A", sam,
                        List.of(), List.of(sam), DecisionRule.PROFESSIONAL_INFORMED, null, null, false, null, null, decided, fedBack)));
                expected.merge(key(Measures.workingDaysBetween(decided, fedBack), false), 1L, Long::sum);
            }
            // And not fed back, taken either side of the day that makes it late.
            LocalDate notYet = Measures.overdueBefore(today).plusDays(weekday - 3);
            as(w.practitionerA(), () -> ledger.record(owner, new DecisionDraft("Which time?", List.of("A", "B"), "A", sam,
                    List.of(), List.of(sam), DecisionRule.PROFESSIONAL_INFORMED, null, null, false, null, null, notYet, null)));
            expected.merge(key(null, notYet.isBefore(Measures.overdueBefore(today))), 1L, Long::sum);
        }
        var filter = AuditFilter.lastFourQuarters(today);
        var scope = new ParticipationAuditRepository.Scope("ADULTS", "ADULTS", w.teamA(), "", -1, filter.from(), filter.to(), today);
        Map<String, Long> counted = new TreeMap<>();
        for (Object[] r : repository.decisionCounts(scope, Measures.overdueBefore(today)).feedback()) {
            if ("TEAM".equals(r[0]) && ((Number) r[1]).longValue() == w.teamA()) {
                counted.merge(key(r[4] == null ? null : ((Number) r[4]).intValue(), ((Number) r[5]).intValue() == 1),
                        ((Number) r[6]).longValue(), Long::sum);
            }
        }
        assertThat(counted).isEqualTo(expected);
    }

    @Test
    void theAuditsCountsFollowEveryChangeToADecision() throws Exception {
        var owner = DecisionOwner.plan(plan);
        var ann = new DecisionParty("Ann Adult", Standing.PERSON);
        long id = as(w.practitionerA(), () -> ledger.record(owner, new DecisionDraft("Which day centre?", List.of("North", "South"),
                "North", ann, List.of(), List.of(ann), DecisionRule.PERSON_DECIDED, null, null, false, null, null,
                today.minusDays(5), null)));
        var before = teamOf(as(managerA, () -> audit.report(teamA())));
        assertThat(before.decisions()).isEqualTo(3);
        assertThat(before.feedback().fedBack()).isEqualTo(new Share(1, 3));
        assertThat(before.ratings()).isEqualTo(1);

        long lock = as(w.practitionerA(), () -> ledger.decision(id)).lockVersion();
        as(w.practitionerA(), () -> {
            ledger.feedBack(id, lock, today);
            return null;
        });
        as(w.practitionerA(), () -> ledger.rate(id, new RatingDraft(data.tlapRung("INFORMING"), "Only told", RaterStanding.PERSON,
                "Ann Adult")));
        var after = teamOf(as(managerA, () -> audit.report(teamA())));
        assertThat(after.feedback().fedBack()).as("fed back now").isEqualTo(new Share(2, 3));
        assertThat(after.ratings()).isEqualTo(2);

        // A change refused (a stale edit) leaves the counts as they were.
        assertThatThrownBy(() -> as(w.practitionerA(), () -> {
            ledger.feedBack(id, lock, today);
            return null;
        })).isNotNull();
        assertThat(teamOf(as(managerA, () -> audit.report(teamA()))).feedback()).isEqualTo(after.feedback());
    }

    private ParticipationReport.DecisionGroup teamOf(ParticipationReport report) {
        return report.teams().stream().filter(g -> g.id() == w.teamA()).findFirst().orElseThrow();
    }

    @Test
    void theReadModelIsFilledOnceByAMigrationNotCheckedAtEveryStart() {
        // A Java migration beside the SQL ones: found by Flyway in the EJB module and applied.
        assertThat(data.appliedSchemaVersions()).contains("16", "17", "18");
    }

    private static String key(Integer workingDays, boolean late) {
        return workingDays == null ? (late ? "not fed back, late" : "not fed back, not due") : "fed back after " + workingDays;
    }

    @Test
    void theDatabaseCountsWhatEachMeasurePromises() throws Exception {
        ParticipationReport report = as(managerA, () -> audit.report(teamA()));
        assertThat(report.filters().teamName()).isEqualTo("IT team A " + w.suffix());
        assertThat(report.filters().serviceAreasSeen()).containsExactly("ADULTS");
        var team = report.teams().stream().filter(g -> g.id() == w.teamA()).findFirst().orElseThrow();
        assertThat(team.decisions()).isEqualTo(2);
        assertThat(team.bands().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(2);
        assertThat(team.bands()).containsKey("POWER");
        assertThat(team.inputChanged()).isEqualTo(new Share(1, 2));
        assertThat(team.livedExperienceProposed()).isEqualTo(1);
        assertThat(team.feedback().fedBack()).isEqualTo(new Share(1, 2));
        assertThat(team.feedback().inTime()).as("one in time, one late").isEqualTo(new Share(1, 2));
        assertThat(team.ratings()).isEqualTo(1);
        assertThat(team.gap()).as("Ann felt less involved than staff recorded").isNegative();

        var plansOfA = report.plans().stream().filter(p -> p.teamId() == w.teamA()).findFirst().orElseThrow();
        assertThat(plansOfA.chairedOrCoChaired()).isEqualTo(new Share(1, 1));
        assertThat(plansOfA.ownWords()).isEqualTo(new Share(1, 1));
        assertThat(plansOfA.coSigned()).as("no version agreed yet").isEqualTo(Share.NONE);

        // A period that ends before the decisions were taken counts none of them.
        var before = as(managerA, () -> audit.report(new AuditFilter(w.teamA(), null, null, null, today.minusYears(2),
                today.minusYears(1))));
        assertThat(before.teams()).noneMatch(g -> g.id() == w.teamA());

        // Drill-down: the decisions behind the team's figure, and only those.
        var behind = as(managerA, () -> audit.drillDown(teamA(), ParticipationAuditService.Drill.DECISIONS, "TEAM", w.teamA(), null));
        assertThat(behind).extracting(ParticipationAuditService.DrillItem::title).containsExactlyInAnyOrder("Where will Ann live?",
                "Which agency?");
        assertThat(behind).allSatisfy(i -> assertThat(i.planId()).isEqualTo(plan));
        var power = as(managerA, () -> audit.drillDown(teamA(), ParticipationAuditService.Drill.DECISIONS, "TEAM", w.teamA(), "POWER"));
        assertThat(power).extracting(ParticipationAuditService.DrillItem::title).containsExactly("Where will Ann live?");
        var plansBehind = as(managerA, () -> audit.drillDown(teamA(), ParticipationAuditService.Drill.PLANS, "TEAM", w.teamA(), null));
        assertThat(plansBehind).singleElement().satisfies(i -> assertThat(i.detail()).contains("WRITTEN_BY PERSON"));
    }

    @Test
    void aTeamScoresTheSixPrinciplesAndTheRecordsStandBesideTheScores() throws Exception {
        var noWho = List.of(new org.coplan.participationaudit.PrincipleScoreDraft(org.coplan.participationaudit.Principle.ASSETS,
                org.coplan.participationaudit.ScoredBy.TEAM, 4, " ", null));
        assertThatThrownBy(() -> as(managerA, () -> { audit.saveSelfAssessment(w.teamA(), today, noWho); return null; }))
                .isInstanceOf(InvalidInputException.class).satisfies(e -> assertThat(((InvalidInputException) e).problems())
                        .extracting(p -> p.field()).containsExactly("who-TEAM"));
        var drafts = List.of(
                new org.coplan.participationaudit.PrincipleScoreDraft(org.coplan.participationaudit.Principle.ASSETS,
                        org.coplan.participationaudit.ScoredBy.TEAM, 4, "Team meeting", null),
                new org.coplan.participationaudit.PrincipleScoreDraft(org.coplan.participationaudit.Principle.ASSETS,
                        org.coplan.participationaudit.ScoredBy.PARTNERS, 2, "Carers' forum", "They want more say"));
        as(managerA, () -> { audit.saveSelfAssessment(w.teamA(), today, drafts); return null; });
        // Scored again in the same quarter: the new score replaces the old.
        as(w.practitionerA(), () -> { audit.saveSelfAssessment(w.teamA(), today, List.of(new org.coplan.participationaudit.PrincipleScoreDraft(
                org.coplan.participationaudit.Principle.ASSETS, org.coplan.participationaudit.ScoredBy.TEAM, 5, "Team meeting", null)));
                return null; });
        assertThat(as(managerA, () -> audit.selfAssessment(w.teamA(), today))).hasSize(2);
        var rows = as(managerA, () -> audit.report(teamA())).principles();
        assertThat(rows).hasSize(6);
        var assets = rows.get(0);
        assertThat(assets.principle()).isEqualTo(org.coplan.participationaudit.Principle.ASSETS);
        assertThat(assets.teamScore()).isEqualTo(5.0);
        assertThat(assets.partnersScore()).isEqualTo(2.0);
        assertThat(assets.evidence()).as("no strengths recorded in Ann's plan").isEqualTo(new Share(0, 1));
        var byPrinciple = rows.stream().collect(java.util.stream.Collectors.toMap(r -> r.principle(), r -> r));
        // Decisions in view: team A's two, and those of the co-design projects in team A's locality.
        long inView = as(managerA, () -> audit.report(teamA())).totals().decisions();
        var capabilities = byPrinciple.get(org.coplan.participationaudit.Principle.CAPABILITIES).evidence();
        assertThat(capabilities.of()).isEqualTo(inView);
        assertThat(capabilities.count()).as("Ann's own decision at least").isBetween(1L, inView - 1);
        assertThat(byPrinciple.get(org.coplan.participationaudit.Principle.BLURRING_DISTINCTIONS).evidence().count()).isPositive();
        assertThat(byPrinciple.get(org.coplan.participationaudit.Principle.PEER_NETWORKS).evidenceValue()).isEqualTo(0.0);
        assertThat(byPrinciple.get(org.coplan.participationaudit.Principle.RECIPROCITY).teamScore()).isNull();
        // Strengths and a circle of support saved: counted from what was saved, not from the JSON.
        as(w.practitionerA(), () -> plans.saveSection(plan, 1, plans.version(plan, 1).version().revision(),
                new org.coplan.supportplan.sections.Strengths(List.of(new org.coplan.supportplan.sections.Strengths.Strength("s1",
                        org.coplan.supportplan.sections.Strengths.Kind.PERSON, "I am patient", null, null)))));
        as(w.practitionerA(), () -> plans.saveSection(plan, 1, plans.version(plan, 1).version().revision(),
                new org.coplan.supportplan.sections.Circle(List.of(
                        new org.coplan.supportplan.sections.Circle.Member("c1", "Jean", "sister", "", "", java.util.Set.of()),
                        new org.coplan.supportplan.sections.Circle.Member("c2", "Davie", "friend", "", "", java.util.Set.of()),
                        new org.coplan.supportplan.sections.Circle.Member("c3", "Moira", "neighbour", "", "", java.util.Set.of())))));
        var saved = as(managerA, () -> audit.report(teamA())).principles().stream()
                .collect(java.util.stream.Collectors.toMap(r -> r.principle(), r -> r));
        assertThat(saved.get(org.coplan.participationaudit.Principle.ASSETS).evidence()).isEqualTo(new Share(1, 1));
        assertThat(saved.get(org.coplan.participationaudit.Principle.PEER_NETWORKS).evidenceValue()).isEqualTo(3.0);
        // Only the team's own manager and practitioners score it.
        for (String other : List.of(w.practitionerB(), w.facilitator(), w.family())) {
            assertThatThrownBy(() -> as(other, () -> { audit.saveSelfAssessment(w.teamA(), today, drafts); return null; }))
                    .as(other).isInstanceOf(RecordNotFoundException.class);
        }
    }

    @Test
    void aManagerSeesOnlyTheirServiceArea() throws Exception {
        // Team B is a children's team: not this adults' manager's.
        assertThatThrownBy(() -> as(managerA, () -> audit.report(new AuditFilter(w.teamB(), null, null, null, null, null))))
                .isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> as(managerA, () -> audit.report(new AuditFilter(null, ServiceArea.CHILDREN, null, null, null, null))))
                .isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> as(managerA, () -> audit.drillDown(new AuditFilter(null, null, null, null, null, null),
                ParticipationAuditService.Drill.PLANS, "TEAM", w.teamB(), null))).isInstanceOf(RecordNotFoundException.class)
                .as("a team outside the scope lists nothing");
        // Another adults' team: its counts are in the manager's view, its people and plans are not.
        long leith = as(managerA, () -> audit.teamsInScope()).stream().filter(t -> t.name().equals("Leith Adult Support Team"))
                .findFirst().orElseThrow().id();
        for (var drill : List.of(ParticipationAuditService.Drill.PLANS, ParticipationAuditService.Drill.REVIEWS,
                ParticipationAuditService.Drill.DECISIONS)) {
            assertThatThrownBy(() -> as(managerA, () -> audit.drillDown(new AuditFilter(null, null, null, null, null, null), drill,
                    "TEAM", leith, null))).as(drill.name()).isInstanceOf(RecordNotFoundException.class);
        }
        var all = as(managerA, () -> audit.report(new AuditFilter(null, null, null, null, null, null)));
        assertThat(all.teams()).extracting(ParticipationReport.DecisionGroup::id).doesNotContain(w.teamB()).contains(leith);
        assertThat(all.filters().manages(w.teamA())).isTrue();
        assertThat(all.filters().manages(leith)).isFalse();
        assertThat(all.projects()).allSatisfy(p -> assertThat(p.name()).doesNotContain("Young people"));
        assertThat(as(managerA, () -> audit.teamsInScope())).allSatisfy(t -> assertThat(t.serviceArea()).isEqualTo("ADULTS"));
        for (String notAManager : List.of(w.practitionerA(), w.facilitator(), w.family(), w.admin())) {
            assertThatThrownBy(() -> as(notAManager, () -> audit.report(teamA()))).as(notAManager)
                    .isInstanceOf(RecordNotFoundException.class);
        }
        // The manager of both teams sees both areas.
        assertThat(as(w.managerAB(), () -> audit.report(new AuditFilter(null, null, null, null, null, null))).filters()
                .serviceAreasSeen()).containsExactly("ADULTS", "CHILDREN");
        assertThat(data.auditEventsFor("participation-audit.view", managerA)).isPositive();
    }

    @Test
    void countsKeptBetweenReportsFollowEveryChangeToAPlanOrAProject() throws Exception {
        var before = plansOfA(as(managerA, () -> audit.report(teamA())));
        assertThat(before.ownWords()).isEqualTo(new Share(1, 1));
        assertThat(before.chairedOrCoChaired()).isEqualTo(new Share(1, 1));
        // Nothing changed since: the counts are the ones kept, and the database counts nothing again.
        var kept = as(managerA, () -> org.coplan.shared.SqlStatements.counted(() -> audit.report(teamA())));
        assertThat(plansOfA(kept.result())).isEqualTo(before);
        assertThat(kept.reads()).as("%s", kept.reads()).noneMatch(sql -> sql.contains("decision_fact") || sql.contains("plan_review"));

        // The plan changes: About me now in the practitioner's words, and a review the person did not chair.
        as(w.practitionerA(), () -> plans.saveSection(plan, 1, plans.version(plan, 1).version().revision(),
                new AboutMe("My garden", "I am patient", "Speak slowly", AboutMe.WrittenBy.PRACTITIONER)));
        as(w.practitionerA(), () -> plans.recordReview(plan, new ReviewDraft(today.minusDays(1), "Sam", Chaired.NOT_CHAIRED,
                "Garden", "Evenings", "", "", today.plusMonths(6))));
        var recounted = as(managerA, () -> org.coplan.shared.SqlStatements.counted(() -> audit.report(teamA())));
        assertThat(recounted.reads()).as("the changed team counted again by id, its statements side by side on other threads: %s",
                recounted.reads()).anyMatch(sql -> sql.contains("plan_review")).anyMatch(sql -> sql.contains("decision_fact"));
        var after = plansOfA(recounted.result());
        assertThat(after.ownWords()).isEqualTo(new Share(0, 1));
        assertThat(after.chairedOrCoChaired()).isEqualTo(new Share(1, 2));

        // A project in team A's locality: started, then a session held in it.
        long project = as(w.facilitator(), () -> codesign.startProject(new ProjectDraft("Kept " + w.suffix(), "Counted again",
                "Leith", ServiceArea.ADULTS, data.tlapLadder(), data.tlapRung("CO_PRODUCTION"))));
        assertThat(projectOf(as(managerA, () -> audit.report(teamA())), project).sessionsHeld()).isZero();
        long session = as(w.facilitator(), () -> codesign.planSession(project, "First meeting",
                org.coplan.codesign.SessionMethod.WORKSHOP, today.minusDays(1), "Hello"));
        as(w.facilitator(), () -> {
            codesign.recordSession(session, today.minusDays(1), List.of(new org.coplan.codesign.Attendee("Pat", Standing.FAMILY_CARER)), "Hello",
                    "Ideas", null);
            return null;
        });
        assertThat(projectOf(as(managerA, () -> audit.report(teamA())), project).sessionsHeld()).isEqualTo(1);
    }

    private ParticipationReport.TeamPlans plansOfA(ParticipationReport report) {
        return report.plans().stream().filter(p -> p.teamId() == w.teamA()).findFirst().orElseThrow();
    }

    private static ParticipationReport.ProjectChecks projectOf(ParticipationReport report, long project) {
        return report.projectChecks().stream().filter(p -> p.id() == project).findFirst().orElseThrow();
    }

    @Test
    void theNumberOfQueriesDoesNotGrowWithTheData() throws Exception {
        // Each report for a period of its own, so that it counts everything and keeps nothing it can use.
        int[] day = {400};
        java.util.function.Supplier<AuditFilter> everything = () -> new AuditFilter(null, null, null, null,
                today.minusDays(day[0]++), today);
        as(managerA, () -> audit.report(everything.get()));
        var first = as(managerA, () -> org.coplan.shared.SqlStatements.counted(() -> audit.report(everything.get()))).reads();
        var owner = DecisionOwner.plan(plan);
        var sam = new DecisionParty("Sam Worker", Standing.PRACTITIONER);
        for (int i = 0; i < 5; i++) {
            int n = i;
            as(w.practitionerA(), () -> ledger.record(owner, new DecisionDraft("More " + n, List.of("A", "B"), "A", sam, List.of(),
                    List.of(sam), DecisionRule.PROFESSIONAL_AFTER_CONSULTING, null, null, false, null, null, today.minusDays(n), null)));
        }
        long project = as(w.facilitator(), () -> codesign.startProject(new ProjectDraft("Counted " + w.suffix(), "More rows",
                "Leith", ServiceArea.ADULTS, data.tlapLadder(), data.tlapRung("CO_PRODUCTION"))));
        assertThat(project).isPositive();
        as(managerA, () -> audit.report(everything.get()));
        var counted = as(managerA, () -> org.coplan.shared.SqlStatements.counted(() -> audit.report(everything.get())));
        var more = counted.result();
        assertThat(counted.reads()).as("SQL statements for one report, with more decisions and projects, against: %s", first)
                .hasSameSizeAs(first);
        assertThat(first).as("the report's statements: %s", first).hasSizeLessThanOrEqualTo(16)
                .as("the counting statements run on other threads are counted with the report's").anyMatch(sql -> sql.contains("decision_fact"))
                .anyMatch(sql -> sql.contains("plan_review"));
        assertThat(more.totals().decisions()).isGreaterThanOrEqualTo(7);
    }

    @Test
    void csvExportsNeutraliseFormulasAndAreAuditedWithTheirPurpose() throws Exception {
        as(w.facilitator(), () -> codesign.startProject(new ProjectDraft("=HYPERLINK(\"http://evil\") " + w.suffix(), "A name that is a formula",
                "Leith", ServiceArea.ADULTS, data.tlapLadder(), data.tlapRung("CO_PRODUCTION"))));
        AuditFilter everything = new AuditFilter(null, null, null, null, null, null);
        assertThatThrownBy(() -> as(managerA, () -> audit.exportCsv(everything, " "))).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("what the export is for");
        String csv = as(managerA, () -> audit.exportCsv(everything, "Board report " + w.suffix()));
        assertThat(csv).contains("\"'=HYPERLINK(\"\"http://evil\"\") " + w.suffix() + "\"")
                .doesNotContain(",=HYPERLINK").doesNotContain("\n=HYPERLINK");
        assertThat(csv.lines().filter(l -> !l.isEmpty())).allSatisfy(line -> {
            for (String cell : line.split(",")) {
                assertThat(cell).as(line).doesNotStartWith("=").doesNotStartWith("+").doesNotStartWith("@");
            }
        });
        assertThat(data.auditEventsWithDetail("participation-audit.export.csv", "purpose: Board report " + w.suffix())).isEqualTo(1);
    }
}
