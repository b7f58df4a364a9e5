package org.coplan.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.coplan.audit.AuditTrailService;
import org.coplan.participationaudit.AuditFilter;
import org.coplan.participationaudit.ParticipationAuditService;
import org.coplan.participation.DecisionDraft;
import org.coplan.participation.DecisionOwner;
import org.coplan.participation.DecisionParty;
import org.coplan.participation.DecisionRule;
import org.coplan.participation.DecisionService;
import org.coplan.participation.RaterStanding;
import org.coplan.participation.RatingDraft;
import org.coplan.participation.Standing;
import org.coplan.retention.Basis;
import org.coplan.retention.HeldRecord;
import org.coplan.retention.ItemView;
import org.coplan.retention.RetentionAction;
import org.coplan.retention.RetentionService;
import org.coplan.retention.RuleView;
import org.coplan.retention.RunSummary;
import org.coplan.shared.RecordNotFoundException;
import org.coplan.shared.StaleEditException;
import org.coplan.supportplan.SupportPlanService;
import org.coplan.supportplan.sections.AboutMe;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Retention on the real database. The database is shared with every other test, so these tests
 * make due only people they created themselves (a plan closed in 2001, a date of birth in 1990),
 * and every real run here is a run for those people only.
 */
@ExtendWith(ArquillianExtension.class)
class RetentionIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.coplanWithTests(RetentionIT.class);
    }

    @Inject
    RetentionService retention;

    @Inject
    SupportPlanService plans;

    @Inject
    DecisionService ledger;

    @Inject
    AuditTrailService trail;

    @Inject
    ParticipationAuditService audit;

    @Inject
    TestData data;

    @Inject
    org.coplan.subjectaccess.SubjectAccessService subjectAccess;

    @Resource(lookup = "jdbc/coplan")
    DataSource dataSource;

    /** w: an adult due (plan closed in 2001) and a child due (25 long ago); x: an adult closed today and a child with an open plan. */
    private TestData.World w;
    private TestData.World x;
    private long adultPlan;

    @BeforeEach
    void createPeople() throws Exception {
        w = data.world();
        x = data.world();
        adultPlan = data.plan(w);
        RunAs.user(w.practitionerA(), () -> plans.saveSection(adultPlan, 1, plans.version(adultPlan, 1).version().revision(),
                new AboutMe("My garden in Leith", "I am patient", "Speak slowly", AboutMe.WrittenBy.PERSON)));
        DecisionParty ann = new DecisionParty("Ann Adult" + w.suffix(), Standing.PERSON);
        long decision = RunAs.user(w.practitionerA(), () -> ledger.record(DecisionOwner.plan(adultPlan), new DecisionDraft(
                "Where will Ann live?", List.of("Stay", "Move"), "Ann stays at home", ann, List.of(), List.of(ann),
                DecisionRule.PERSON_DECIDED, null, null, true, "I want to stay.", "We added evening visits.",
                LocalDate.now().minusDays(2), LocalDate.now().minusDays(1))));
        RunAs.user(w.practitionerA(), () -> ledger.rate(decision, new RatingDraft(data.tlapRung("INFORMING"), "Told, not asked",
                RaterStanding.PERSON, "Ann Adult" + w.suffix())));
        RunAs.user(w.managerAB(), () -> subjectAccess.record(new org.coplan.subjectaccess.RequestDraft("A-" + w.suffix(),
                LocalDate.now(), org.coplan.subjectaccess.RequestedBy.SOMEONE_FOR_THEM, "Fiona Carerwell",
                org.coplan.subjectaccess.ReceivedHow.LETTER, "Asked for Ann at the door")));
        close(w.practitionerA(), adultPlan);
        sql("UPDATE support_plan SET closed_at = ? WHERE id = ?", java.sql.Timestamp.valueOf("2001-03-07 10:00:00"), adultPlan);

        long childPlan = RunAs.user(w.practitionerB(), () -> plans.startPlan(w.personB()));
        close(w.practitionerB(), childPlan);
        sql("UPDATE person SET date_of_birth = ? WHERE id = ?", java.sql.Date.valueOf("1990-03-07"), w.personB());

        long recentPlan = RunAs.user(x.practitionerA(), () -> plans.startPlan(x.personA()));
        close(x.practitionerA(), recentPlan);
        RunAs.user(x.practitionerB(), () -> plans.startPlan(x.personB()));
        sql("UPDATE person SET date_of_birth = ? WHERE id = ?", java.sql.Date.valueOf("1990-03-07"), x.personB());
    }

    private void close(String practitioner, long planId) throws Exception {
        RunAs.<Void>user(practitioner, () -> {
            plans.close(planId, "Moved out of the area");
            return null;
        });
    }

    private List<Long> mine() {
        return List.of(w.personA(), w.personB(), x.personA(), x.personB());
    }

    private Map<String, ItemView> itemsOf(RunSummary run) throws Exception {
        return RunAs.user(w.admin(), () -> retention.items(run.id())).stream()
                .collect(Collectors.toMap(ItemView::reference, Function.identity()));
    }

    @Test
    void aDryRunListsEveryoneDueWithWhyAndSinceWhenAndChangesNothing() throws Exception {
        RunSummary dry = RunAs.user(w.admin(), () -> retention.dryRun());
        Map<String, ItemView> items = itemsOf(dry);

        ItemView adult = items.get("A-" + w.suffix());
        assertThat(adult).as("the adult whose plan closed in 2001 is listed").isNotNull();
        assertThat(adult.recordType()).isEqualTo("ADULT");
        assertThat(adult.dueOn()).isEqualTo(LocalDate.of(2007, 3, 7));
        assertThat(adult.why()).contains("07/03/2001").contains("6 years");
        assertThat(adult.outcome()).isEqualTo("WOULD_ANONYMISE");
        ItemView child = items.get("B-" + w.suffix());
        assertThat(child).as("the child who turned 25 in 2015").isNotNull();
        assertThat(child.recordType()).isEqualTo("CHILD");
        assertThat(child.why()).contains("25th birthday");
        assertThat(items).as("a plan closed today, and an open plan, are not due")
                .doesNotContainKeys("A-" + x.suffix(), "B-" + x.suffix());
        assertThat(dry.dryRun()).isTrue();
        assertThat(dry.peopleDue()).isGreaterThanOrEqualTo(2);
        assertThat(dry.deleted() + dry.anonymised()).isZero();

        assertThat(text("SELECT given_name FROM person WHERE id = ?", w.personA())).isEqualTo("Ann");
        assertThat(number("SELECT COUNT(*) FROM decision_option o JOIN decision_version v ON v.id = o.version_id"
                + " JOIN decision d ON d.id = v.decision_id WHERE d.support_plan_id = ?", adultPlan)).isEqualTo(2);

        RunSummary chosen = RunAs.user(w.admin(), () -> retention.runFor(mine(), true));
        assertThat(chosen.peopleDue()).isEqualTo(2);
        assertThat(itemsOf(chosen).keySet()).containsExactlyInAnyOrder("A-" + w.suffix(), "B-" + w.suffix());
    }

    @Test
    void aRealRunAnonymisesExactlyTheDueRecordsSkipsAHeldOneAndLeavesTheAuditTrailWhole() throws Exception {
        HeldRecord held = RunAs.user(w.managerAB(), () -> retention.placeHold(w.personB(), "Claim against the council, 2026"));
        assertThat(held.held()).isTrue();
        long facts = number("SELECT COUNT(*) FROM decision_fact f JOIN decision d ON d.id = f.decision_id WHERE d.support_plan_id = ?",
                adultPlan);
        assertThat(facts).isEqualTo(1);
        long anonymisedBefore = number("SELECT COUNT(*) FROM audit_event WHERE action = 'retention.apply'");
        String managerOfA = data.managerOf(w, w.teamA());
        assertThat(teamDecisions(managerOfA)).isEqualTo(1);

        RunSummary run = RunAs.user(w.admin(), () -> retention.runFor(mine(), false));

        assertThat(run.dryRun()).isFalse();
        assertThat(run.peopleDue()).isEqualTo(2);
        assertThat(run.anonymised()).isEqualTo(1);
        assertThat(run.held()).isEqualTo(1);
        assertThat(run.deleted()).isZero();
        assertThat(run.failed()).isZero();
        Map<String, ItemView> items = itemsOf(run);
        assertThat(items.get("A-" + w.suffix()).outcome()).isEqualTo("ANONYMISED");
        assertThat(items.get("A-" + w.suffix()).rowsChanged()).isGreaterThan(5);
        assertThat(items.get("B-" + w.suffix()).outcome()).isEqualTo("HELD");

        // The adult: no name, reference or day of birth; the decision's words gone, what the audit counts kept.
        assertThat(text("SELECT given_name FROM person WHERE id = ?", w.personA())).isEqualTo("Anonymised");
        assertThat(text("SELECT family_name FROM person WHERE id = ?", w.personA())).doesNotContain(w.suffix());
        assertThat(text("SELECT reference FROM person WHERE id = ?", w.personA())).isEqualTo("ANON-" + w.personA());
        assertThat(text("SELECT CAST(date_of_birth AS VARCHAR(10)) FROM person WHERE id = ?", w.personA())).isEqualTo("1980-01-01");
        assertThat(text("SELECT CAST(anonymised_on AS VARCHAR(10)) FROM person WHERE id = ?", w.personA())).isNotNull();
        assertThat(text("SELECT question FROM decision_version v JOIN decision d ON d.id = v.decision_id WHERE d.support_plan_id = ?",
                adultPlan)).isEqualTo("Anonymised");
        assertThat(number("SELECT COUNT(*) FROM decision_participant p JOIN decision_version v ON v.id = p.version_id"
                + " JOIN decision d ON d.id = v.decision_id WHERE d.support_plan_id = ? AND p.name LIKE ?", adultPlan,
                "%" + w.suffix() + "%")).isZero();
        assertThat(number("SELECT COUNT(*) FROM decision_decider p JOIN decision_version v ON v.id = p.version_id"
                + " JOIN decision d ON d.id = v.decision_id WHERE d.support_plan_id = ? AND p.standing = 'PERSON'", adultPlan))
                .as("who decided, by standing, is kept").isEqualTo(1);
        assertThat(number("SELECT COUNT(*) FROM decision_rating r JOIN decision d ON d.id = r.decision_id WHERE d.support_plan_id = ?"
                + " AND (r.rater_name LIKE ? OR r.comment_text IS NOT NULL)", adultPlan, "%" + w.suffix() + "%")).isZero();
        assertThat(number("SELECT COUNT(*) FROM decision_option o JOIN decision_version v ON v.id = o.version_id"
                + " JOIN decision d ON d.id = v.decision_id WHERE d.support_plan_id = ?", adultPlan)).isZero();
        assertThat(number("SELECT COUNT(*) FROM decision_fact f JOIN decision d ON d.id = f.decision_id WHERE d.support_plan_id = ?",
                adultPlan)).as("the participation audit's counts stay").isEqualTo(facts);
        assertThat(number("SELECT COUNT(*) FROM plan_section s JOIN plan_version v ON v.id = s.plan_version_id WHERE v.plan_id = ?"
                + " AND s.body LIKE '%garden%'", adultPlan)).isZero();
        assertThat(text("SELECT s.written_by FROM plan_section s JOIN plan_version v ON v.id = s.plan_version_id WHERE v.plan_id = ?"
                + " AND s.section_key = 'about-me'", adultPlan)).as("whose words About me held is still counted").isEqualTo("PERSON");

        // A subject access request keeps its dates, not who asked on the person's behalf or the note.
        assertThat(number("SELECT COUNT(*) FROM subject_access_request WHERE person_id = ? AND requester_name IS NULL AND note IS NULL"
                + " AND due_on IS NOT NULL", w.personA())).isEqualTo(1);

        // An anonymised record is no one's case any more.
        assertThat(RunAs.user(w.practitionerA(), () -> plans.caseload(new org.coplan.shared.PageRequest(0, 200),
                org.coplan.supportplan.CaseloadOrder.NAME, org.coplan.people.CaseloadSearch.EVERYONE, false)).items().stream()
                .map(org.coplan.supportplan.CaseloadEntry::id)).doesNotContain(w.personA());

        assertThat(teamDecisions(managerOfA)).as("the audit's figures are the same").isEqualTo(1);

        // The held child and the people not due are as they were.
        assertThat(text("SELECT given_name FROM person WHERE id = ?", w.personB())).isEqualTo("Bea");
        assertThat(text("SELECT given_name FROM person WHERE id = ?", x.personA())).isEqualTo("Ann");
        assertThat(text("SELECT given_name FROM person WHERE id = ?", x.personB())).isEqualTo("Bea");

        // Audited, person by person, without names; the hash chain is whole.
        assertThat(number("SELECT COUNT(*) FROM audit_event WHERE action = 'retention.apply'")).isEqualTo(anonymisedBefore + 1);
        assertThat(data.auditEvents("retention.apply", w.personA(), w.admin(), "ALLOWED")).isEqualTo(1);
        assertThat(number("SELECT COUNT(*) FROM audit_event WHERE detail LIKE ?", "%Adult" + w.suffix() + "%")).isZero();
        assertThat(RunAs.user(w.admin(), () -> trail.check()).intact()).isTrue();

        // Run again: the anonymised record is never due again; the held one stays held until the hold is lifted.
        RunSummary again = RunAs.user(w.admin(), () -> retention.runFor(mine(), true));
        assertThat(itemsOf(again).keySet()).containsExactly("B-" + w.suffix());
        assertThat(itemsOf(again).get("B-" + w.suffix()).outcome()).isEqualTo("HELD");
        long holdId = held.holds().get(0).id();
        long version = held.holds().get(0).version();
        HeldRecord lifted = RunAs.user(w.admin(), () -> retention.liftHold(w.personB(), holdId, "Claim settled", version));
        assertThat(lifted.held()).isFalse();
        assertThat(lifted.holds().get(0).liftedBy()).isEqualTo(w.admin());
        assertThat(itemsOf(RunAs.user(w.admin(), () -> retention.runFor(mine(), true))).get("B-" + w.suffix()).outcome())
                .isEqualTo("WOULD_ANONYMISE");
    }

    @Test
    void aDeleteRuleRemovesEveryRowOfTheRecordAndItsCounts() throws Exception {
        String managerOfA = data.managerOf(w, w.teamA());
        assertThat(teamDecisions(managerOfA)).as("counted, and kept").isEqualTo(1);
        RuleView adult = rule("ADULT");
        try {
            RunAs.user(w.admin(), () -> retention.changeRule("ADULT", Basis.PLAN_CLOSED, 6, RetentionAction.DELETE, adult.version()));
            RunSummary run = RunAs.user(w.admin(), () -> retention.runFor(List.of(w.personA()), false));
            assertThat(run.deleted()).isEqualTo(1);
            assertThat(run.failed()).isZero();
        } finally {
            RuleView now = rule("ADULT");
            RunAs.user(w.admin(), () -> retention.changeRule("ADULT", adult.basis().equals("BIRTHDAY") ? Basis.BIRTHDAY : Basis.PLAN_CLOSED,
                    adult.years(), RetentionAction.valueOf(adult.action()), now.version()));
        }
        assertThat(number("SELECT COUNT(*) FROM person WHERE id = ?", w.personA())).isZero();
        assertThat(number("SELECT COUNT(*) FROM subject_access_request WHERE person_id = ?", w.personA())).isZero();
        assertThat(teamDecisions(managerOfA)).as("the kept counts were told").isZero();
        assertThat(number("SELECT COUNT(*) FROM support_plan WHERE id = ?", adultPlan)).isZero();
        assertThat(number("SELECT COUNT(*) FROM decision WHERE support_plan_id = ?", adultPlan)).isZero();
        assertThat(number("SELECT COUNT(*) FROM decision_fact f WHERE NOT EXISTS (SELECT 1 FROM decision d WHERE d.id = f.decision_id)"))
                .isZero();
        assertThat(data.auditEvents("retention.apply", w.personA(), w.admin(), "ALLOWED")).isEqualTo(1);
        assertThat(RunAs.user(w.admin(), () -> trail.check()).intact()).isTrue();
        assertThat(text("SELECT given_name FROM person WHERE id = ?", w.personB())).as("not chosen").isEqualTo("Bea");
    }

    @Test
    void aPersonWhoseChangeFailsIsLeftWholeAndTheRunGoesOn() throws Exception {
        // Another record already holds the reference the adult's anonymised record would take: the last statement fails.
        long blocker = -w.personA();
        sql("INSERT INTO person (id, reference, given_name, family_name, date_of_birth, team_id, version) VALUES (?, ?, 'Block', 'Ing', ?, ?, 0)",
                blocker, "ANON-" + w.personA(), java.sql.Date.valueOf("1970-01-01"), w.teamA());
        try {
            RunSummary run = RunAs.user(w.admin(), () -> retention.runFor(mine(), false));
            assertThat(run.failed()).isEqualTo(1);
            assertThat(run.anonymised()).as("the child after it").isEqualTo(1);
            Map<String, ItemView> items = itemsOf(run);
            assertThat(items.get("A-" + w.suffix()).outcome()).isEqualTo("FAILED");
            assertThat(items.get("A-" + w.suffix()).problem()).isNotBlank();
            assertThat(items.get("B-" + w.suffix()).outcome()).isEqualTo("ANONYMISED");
            // Nothing of the adult's record changed, not even the statements before the one that failed.
            assertThat(text("SELECT given_name FROM person WHERE id = ?", w.personA())).isEqualTo("Ann");
            assertThat(text("SELECT question FROM decision_version v JOIN decision d ON d.id = v.decision_id WHERE d.support_plan_id = ?",
                    adultPlan)).isEqualTo("Where will Ann live?");
            assertThat(number("SELECT COUNT(*) FROM decision_option o JOIN decision_version v ON v.id = o.version_id"
                    + " JOIN decision d ON d.id = v.decision_id WHERE d.support_plan_id = ?", adultPlan)).isEqualTo(2);
            assertThat(data.auditEvents("retention.failed", w.personA(), w.admin(), "ALLOWED")).isEqualTo(1);
            assertThat(data.auditEvents("retention.apply", w.personA(), w.admin(), "ALLOWED")).isZero();
        } finally {
            sql("DELETE FROM person WHERE id = ?", blocker);
        }
    }

    @Test
    void aRuleChangedMeanwhileIsNotOverwritten() throws Exception {
        RuleView seen = rule("LOOKED_AFTER_CHILD");
        Basis basis = Basis.valueOf(seen.basis());
        RetentionAction action = RetentionAction.valueOf(seen.action());
        RunAs.user(w.admin(), () -> retention.changeRule("LOOKED_AFTER_CHILD", basis, seen.years(), action, seen.version()));
        assertThatThrownBy(() -> RunAs.user(w.admin(), () -> retention.changeRule("LOOKED_AFTER_CHILD", basis, 7, action,
                seen.version()))).isInstanceOf(StaleEditException.class).hasMessageContaining(w.admin());
        assertThat(rule("LOOKED_AFTER_CHILD").years()).isEqualTo(seen.years());
        RuleView now = rule("LOOKED_AFTER_CHILD");
        assertThatThrownBy(() -> RunAs.user(w.admin(), () -> retention.changeRule("LOOKED_AFTER_CHILD", basis, 0, action,
                now.version()))).hasMessageContaining("years");
    }

    @Test
    void aManagerRecordsThatTheCouncilLookedAfterAChildAndTheRecordIsThenKeptUntilTheir100thBirthday() throws Exception {
        HeldRecord before = RunAs.user(w.managerAB(), () -> retention.heldRecord(w.personB()));
        assertThat(before.lookedAfter()).isFalse();
        String managerOfA = data.managerOf(w, w.teamA());
        for (String user : List.of(w.practitionerB(), managerOfA, w.family())) {
            assertThatThrownBy(() -> RunAs.user(user, () -> retention.recordLookedAfter(w.personB(), true, before.personVersion())))
                    .as(user).isInstanceOf(RecordNotFoundException.class);
        }
        assertThat(number("SELECT COUNT(*) FROM person WHERE id = ? AND looked_after = TRUE", w.personB())).isZero();

        HeldRecord marked = RunAs.user(w.managerAB(), () -> retention.recordLookedAfter(w.personB(), true, before.personVersion()));
        assertThat(marked.lookedAfter()).isTrue();
        assertThat(marked.personVersion()).isGreaterThan(before.personVersion());
        assertThat(number("SELECT COUNT(*) FROM person WHERE id = ? AND looked_after = TRUE", w.personB())).isEqualTo(1);
        // A change made from the version seen before would overwrite this one: refused, and nothing changes.
        assertThatThrownBy(() -> RunAs.user(w.admin(), () -> retention.recordLookedAfter(w.personB(), false, before.personVersion())))
                .isInstanceOf(StaleEditException.class);
        assertThat(RunAs.user(w.admin(), () -> retention.heldRecord(w.personB())).lookedAfter()).isTrue();

        // The child who turned 25 in 2015 was due; looked after, the record is kept until 2090.
        Map<String, ItemView> items = itemsOf(RunAs.user(w.admin(), () -> retention.runFor(List.of(w.personA(), w.personB()), true)));
        assertThat(items).as("the adult is still due, the looked-after child is not").containsKey("A-" + w.suffix())
                .doesNotContainKey("B-" + w.suffix());
        assertThat(data.auditEventsFor("person.looked-after", w.managerAB())).isEqualTo(1);
        assertThat(data.auditEventsFor("person.looked-after", managerOfA)).as("the refusal is audited").isEqualTo(1);

        // Back again, from the version now seen: due as a child once more.
        RunAs.user(w.admin(), () -> retention.recordLookedAfter(w.personB(), false, marked.personVersion()));
        assertThat(itemsOf(RunAs.user(w.admin(), () -> retention.runFor(List.of(w.personB()), true)))).containsKey("B-" + w.suffix());
    }

    @Test
    void onlyAdministratorsKeepRulesAndRunAndOnlyTheTeamsManagersOrAnAdministratorHold() throws Exception {
        for (String user : List.of(w.managerAB(), w.practitionerA(), w.family(), w.facilitator())) {
            assertThatThrownBy(() -> RunAs.user(user, () -> retention.dryRun())).as(user).isInstanceOf(RecordNotFoundException.class);
            assertThatThrownBy(() -> RunAs.user(user, () -> retention.runFor(mine(), false))).as(user)
                    .isInstanceOf(RecordNotFoundException.class);
            assertThatThrownBy(() -> RunAs.user(user, () -> retention.rules())).as(user).isInstanceOf(RecordNotFoundException.class);
        }
        assertThatThrownBy(() -> RunAs.user(w.practitionerA(), () -> retention.placeHold(w.personA(), "A claim")))
                .isInstanceOf(RecordNotFoundException.class);
        String managerOfA = data.managerOf(w, w.teamA());
        assertThatThrownBy(() -> RunAs.user(managerOfA, () -> retention.placeHold(w.personB(), "A claim")))
                .as("a manager of another team").isInstanceOf(RecordNotFoundException.class);
        assertThat(RunAs.user(managerOfA, () -> retention.placeHold(w.personA(), "A claim")).held()).isTrue();
        assertThat(RunAs.user(w.admin(), () -> retention.heldRecordByReference("A-" + w.suffix())).held()).isTrue();
        assertThat(text("SELECT given_name FROM person WHERE id = ?", w.personA())).isEqualTo("Ann");
        assertThat(data.auditEventsFor("retention.run.chosen", w.managerAB())).as("the refusal is audited").isEqualTo(1);
    }

    /** The decisions the participation audit counts for world w's adults' team, as its manager sees them (kept counts included). */
    private long teamDecisions(String manager) throws Exception {
        return RunAs.user(manager, () -> audit.report(new AuditFilter(w.teamA(), null, null, null, null, null))).teams().stream()
                .filter(g -> g.id() == w.teamA()).mapToLong(g -> g.decisions()).sum();
    }

    private RuleView rule(String type) throws Exception {
        return RunAs.user(w.admin(), () -> retention.rules()).stream().filter(r -> r.recordType().equals(type)).findFirst()
                .orElseThrow();
    }

    private void sql(String sql, Object... params) throws SQLException {
        try (Connection db = dataSource.getConnection(); PreparedStatement q = db.prepareStatement(sql)) {
            bind(q, params);
            q.executeUpdate();
        }
    }

    private long number(String sql, Object... params) throws SQLException {
        try (Connection db = dataSource.getConnection(); PreparedStatement q = db.prepareStatement(sql)) {
            bind(q, params);
            try (ResultSet r = q.executeQuery()) {
                assertThat(r.next()).as(sql).isTrue();
                return r.getLong(1);
            }
        }
    }

    private String text(String sql, Object... params) throws SQLException {
        try (Connection db = dataSource.getConnection(); PreparedStatement q = db.prepareStatement(sql)) {
            bind(q, params);
            try (ResultSet r = q.executeQuery()) {
                List<String> out = new ArrayList<>();
                while (r.next()) {
                    out.add(r.getString(1));
                }
                assertThat(out).as(sql).hasSizeLessThanOrEqualTo(1);
                return out.isEmpty() ? null : out.get(0);
            }
        }
    }

    private static void bind(PreparedStatement q, Object... params) throws SQLException {
        for (int i = 0; i < params.length; i++) {
            q.setObject(i + 1, params[i]);
        }
    }
}
