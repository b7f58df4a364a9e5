package org.coplan.participationaudit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.coplan.participation.DecisionChanged;

/**
 * The participation audit's read model of the decision ledger: one row a decision in
 * {@code decision_fact}, worked out by the database from the ledger's own tables with one SQL
 * text, for one decision when it changes (in the same transaction, so the audit never counts a
 * change that was rolled back) or for every decision at once.
 */
@ApplicationScoped
public class DecisionFacts {

    private static final String LIVED = "('PERSON', 'FAMILY_CARER', 'PARTNER_GROUP')";

    /** A date as a number of days since 1970-01-01, in SQL that PostgreSQL and H2 both read. */
    static String epochDay(String date) {
        return "CAST(EXTRACT(EPOCH FROM " + date + ") / 86400 AS INTEGER)";
    }

    /** The columns every decision's row takes from its current version, after the group's columns. */
    private static final String VERSION_COLUMNS = " LADDER AS ladder_id, v.decided_on AS decided_on, v.rung_id AS rung_id,"
            + " r.ordinal AS rung_ordinal, CASE WHEN v.input_changed_outcome THEN 1 ELSE 0 END AS changed,"
            + " CASE WHEN v.proposer_standing IN " + LIVED + " THEN 1 ELSE 0 END AS lived_proposer,"
            + " CASE WHEN v.decision_rule IN ('PERSON_DECIDED', 'DECIDED_JOINTLY') THEN 1 ELSE 0 END AS jointly,"
            + " CASE WHEN ld.decision_id IS NULL THEN 0 ELSE 1 END AS lived_decider, v.fed_back_on AS fed_back_on,"
            + " " + epochDay("v.fed_back_on") + " - " + epochDay("v.decided_on") + " AS n,"
            + " MOD(" + epochDay("v.decided_on") + " + 3, 7) + 1 AS dow,"
            + " COALESCE(rt.ratings, 0) AS ratings, COALESCE(rt.ordinal_sum, 0) AS rating_ordinal_sum"
            + " FROM decision d JOIN decision_version v ON v.decision_id = d.id AND v.version_no = d.current_version_no"
            + " JOIN rung r ON r.id = v.rung_id"
            // Joined, not asked row by row, so that filling a million rows reads each table once;
            // PostgreSQL narrows both to the one decision when one decision changes.
            + " LEFT JOIN (SELECT dr.decision_id AS decision_id, COUNT(*) AS ratings, SUM(rr.ordinal) AS ordinal_sum"
            + " FROM decision_rating dr JOIN rung rr ON rr.id = dr.rung_id GROUP BY dr.decision_id) rt ON rt.decision_id = d.id"
            + " LEFT JOIN (SELECT lv.decision_id AS decision_id, lv.version_no AS version_no FROM decision_version lv"
            + " JOIN decision_decider dd ON dd.version_id = lv.id WHERE dd.standing IN " + LIVED
            + " GROUP BY lv.decision_id, lv.version_no) ld ON ld.decision_id = d.id AND ld.version_no = d.current_version_no";

    /**
     * Working days (Monday to Friday) after the day decided up to the day fed back, n days later,
     * where dow is the ISO day of the week it was decided on: as {@link Measures#workingDaysBetween},
     * whole weeks of five and then the days left over, less a Saturday and a Sunday among them.
     */
    private static final String WORKING_DAYS = "CASE WHEN y.fed_back_on IS NULL THEN NULL WHEN y.n <= 0 THEN 0"
            + " ELSE (y.n / 7) * 5 + MOD(y.n, 7)"
            + " - CASE WHEN MOD(13 - y.dow, 7) BETWEEN 1 AND MOD(y.n, 7) THEN 1 ELSE 0 END"
            + " - CASE WHEN MOD(14 - y.dow, 7) BETWEEN 1 AND MOD(y.n, 7) THEN 1 ELSE 0 END END";

    /**
     * The rows of the decisions that {@code where} (on decision d) picks: a plan's or a review's
     * counted under the person's team, a project's or a session's under the project.
     */
    static String factRows(String where) {
        String teams = "SELECT d.id AS decision_id, 'TEAM' AS kind, t.id AS group_id, t.service_area AS service_area,"
                + " t.locality AS locality," + VERSION_COLUMNS.replace("LADDER", "sp.ladder_id")
                + " LEFT JOIN plan_review pr ON pr.id = d.plan_review_id JOIN support_plan sp ON sp.id = COALESCE(d.support_plan_id, pr.plan_id)"
                + " JOIN person p ON p.id = sp.person_id JOIN team t ON t.id = p.team_id WHERE " + where;
        String projects = "SELECT d.id, 'PROJECT', cp.id, cp.service_area, cp.locality," + VERSION_COLUMNS.replace("LADDER", "cp.ladder_id")
                + " LEFT JOIN project_session ss ON ss.id = d.session_id JOIN codesign_project cp ON cp.id = COALESCE(d.project_id, ss.project_id)"
                + " WHERE " + where;
        return "SELECT y.decision_id, y.kind, y.group_id, y.service_area, y.locality, y.ladder_id, y.decided_on, y.rung_id, y.rung_ordinal,"
                + " y.changed, y.lived_proposer, y.jointly, y.lived_decider, y.fed_back_on, " + WORKING_DAYS + ", y.ratings, y.rating_ordinal_sum"
                + " FROM (" + teams + " UNION ALL " + projects + ") y";
    }

    private static final String INSERT = "INSERT INTO decision_fact (decision_id, kind, group_id, service_area, locality, ladder_id,"
            + " decided_on, rung_id, rung_ordinal, changed, lived_proposer, jointly, lived_decider, fed_back_on, fed_back_took, ratings,"
            + " rating_ordinal_sum) ";

    /** Every decision's row, for an empty read model: run once by Flyway (V18) and by the benchmark's generator. */
    public static final String FILL_ALL = INSERT + factRows("1 = 1");

    @PersistenceContext(unitName = "coplan")
    EntityManager em;

    @jakarta.inject.Inject
    jakarta.enterprise.event.Event<KeptCounts.CountsChanged> counted;

    /** Works one decision's row out again, after the ledger's change is written (not yet committed). */
    void onChange(@Observes DecisionChanged change) {
        em.flush();
        em.createNativeQuery("DELETE FROM decision_fact WHERE decision_id = ?1").setParameter(1, change.decisionId()).executeUpdate();
        em.createNativeQuery(INSERT + factRows("d.id = ?1")).setParameter(1, change.decisionId()).executeUpdate();
        // The team or project it counts under is counted again once this commits.
        @SuppressWarnings("unchecked")
        java.util.List<Object[]> groups = em.createNativeQuery("SELECT f.kind, f.group_id FROM decision_fact f WHERE f.decision_id = ?1")
                .setParameter(1, change.decisionId()).getResultList();
        groups.forEach(g -> counted.fire(new KeptCounts.CountsChanged(new KeptCounts.Group((String) g[0],
                ParticipationAuditRepository.number(g[1])))));
    }
}
