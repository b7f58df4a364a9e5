package org.coplan.participationaudit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.LocalDate;
import java.util.List;

/**
 * The participation audit's queries: read-only SQL over the plans', decisions' and projects'
 * tables, every aggregate counted by the database (GROUP BY), every query a fixed text with
 * positional parameters. The scope parameters are the same in every query:
 * ?1, ?2 the service areas (the same one twice when there is one), ?3 the team (-1 for all),
 * ?4 the locality ('' for all), ?5 the ladder (-1 for all), ?6 and ?7 the period (inclusive),
 * ?8 today.
 */
@ApplicationScoped
public class ParticipationAuditRepository {

    @PersistenceContext(unitName = "coplan")
    EntityManager em;

    /** Plans (and their people and teams) in scope: by team, service area, locality and ladder. */
    private static final String TEAM_SCOPE = " t.service_area IN (?1, ?2) AND (?3 = -1 OR t.id = ?3)"
            + " AND (?4 = '' OR t.locality = ?4) AND (?5 = -1 OR sp.ladder_id = ?5) ";

    /** Projects in scope: by service area and locality (a team chosen means its locality), and ladder. */
    private static final String PROJECT_SCOPE = " cp.service_area IN (?1, ?2) AND (?4 = '' OR cp.locality = ?4)"
            + " AND (?3 = -1 OR cp.locality = (SELECT tl.locality FROM team tl WHERE tl.id = ?3)) AND (?5 = -1 OR cp.ladder_id = ?5) ";

    private static final String LIVED = "('PERSON', 'FAMILY_CARER', 'PARTNER_GROUP')";

    /** 1 when the plan (sp) has a version that was agreed. */
    private static final String AGREED = "CASE WHEN EXISTS (SELECT 1 FROM plan_version av WHERE av.plan_id = sp.id"
            + " AND av.agreed_on IS NOT NULL) THEN 1 ELSE 0 END";

    /** 1 when the person co-signed the plan's (sp) latest agreed version. */
    private static final String CO_SIGNED = "CASE WHEN EXISTS (SELECT 1 FROM plan_version lv JOIN plan_sign_off so"
            + " ON so.plan_version_id = lv.id AND so.signer = 'PERSON' WHERE lv.plan_id = sp.id AND lv.version_no = ("
            + "SELECT MAX(v2.version_no) FROM plan_version v2 WHERE v2.plan_id = sp.id AND v2.agreed_on IS NOT NULL))"
            + " THEN 1 ELSE 0 END";

    /** Plans with their people, teams, current version (cv) and its About me (ps). */
    private static final String CURRENT_PLANS = " FROM support_plan sp JOIN person p ON p.id = sp.person_id"
            + " JOIN team t ON t.id = p.team_id"
            + " LEFT JOIN plan_version cv ON cv.plan_id = sp.id AND cv.version_no = sp.current_version_no"
            + " LEFT JOIN plan_section ps ON ps.plan_version_id = cv.id AND ps.section_key = 'about-me'";

    /**
     * Every decision in scope taken in the period, at its current version: a plan's or a review's
     * grouped by the person's team, a project's or a session's by the project.
     */
    private static final String DECISIONS = "(SELECT 'TEAM' AS kind, t.id AS gid, t.name AS gname, d.id AS decision_id, r.ordinal AS rung_ordinal,"
            + " r.name AS rung_name, r.band AS band, CASE WHEN v.input_changed_outcome THEN 1 ELSE 0 END AS changed,"
            + " CASE WHEN v.proposer_standing IN " + LIVED + " THEN 1 ELSE 0 END AS lived_proposer,"
            + " CASE WHEN v.decision_rule IN ('PERSON_DECIDED', 'DECIDED_JOINTLY') THEN 1 ELSE 0 END AS jointly,"
            + " CASE WHEN EXISTS (SELECT 1 FROM decision_decider dd WHERE dd.version_id = v.id AND dd.standing IN " + LIVED + ")"
            + " THEN 1 ELSE 0 END AS lived_decider,"
            + " v.decided_on AS decided_on, v.fed_back_on AS fed_back_on"
            + " FROM decision d JOIN decision_version v ON v.decision_id = d.id AND v.version_no = d.current_version_no"
            + " JOIN rung r ON r.id = v.rung_id LEFT JOIN plan_review pr ON pr.id = d.plan_review_id"
            + " JOIN support_plan sp ON sp.id = COALESCE(d.support_plan_id, pr.plan_id)"
            + " JOIN person p ON p.id = sp.person_id JOIN team t ON t.id = p.team_id"
            + " WHERE" + TEAM_SCOPE + "AND v.decided_on BETWEEN ?6 AND ?7"
            + " UNION ALL "
            + "SELECT 'PROJECT' AS kind, cp.id AS gid, cp.name AS gname, d.id AS decision_id, r.ordinal AS rung_ordinal,"
            + " r.name AS rung_name, r.band AS band, CASE WHEN v.input_changed_outcome THEN 1 ELSE 0 END AS changed,"
            + " CASE WHEN v.proposer_standing IN " + LIVED + " THEN 1 ELSE 0 END AS lived_proposer,"
            + " CASE WHEN v.decision_rule IN ('PERSON_DECIDED', 'DECIDED_JOINTLY') THEN 1 ELSE 0 END AS jointly,"
            + " CASE WHEN EXISTS (SELECT 1 FROM decision_decider dd WHERE dd.version_id = v.id AND dd.standing IN " + LIVED + ")"
            + " THEN 1 ELSE 0 END AS lived_decider,"
            + " v.decided_on AS decided_on, v.fed_back_on AS fed_back_on"
            + " FROM decision d JOIN decision_version v ON v.decision_id = d.id AND v.version_no = d.current_version_no"
            + " JOIN rung r ON r.id = v.rung_id LEFT JOIN project_session ss ON ss.id = d.session_id"
            + " JOIN codesign_project cp ON cp.id = COALESCE(d.project_id, ss.project_id)"
            + " WHERE" + PROJECT_SCOPE + "AND v.decided_on BETWEEN ?6 AND ?7) x";

    /**
     * Decisions in scope taken in the period, in the audit's read model (f): a plan's or a
     * review's counted under the person's team, a project's or a session's under the project (a
     * team chosen means its locality's projects).
     */
    private static final String FACT_SCOPE = " f.service_area IN (?1, ?2) AND f.decided_on BETWEEN ?6 AND ?7"
            + " AND (?4 = '' OR f.locality = ?4) AND (?5 = -1 OR f.ladder_id = ?5)"
            + " AND (?3 = -1 OR (f.kind = 'TEAM' AND f.group_id = ?3)"
            + " OR (f.kind = 'PROJECT' AND f.locality = (SELECT tl.locality FROM team tl WHERE tl.id = ?3))) ";

    /** At most this many teams, and this many projects, are counted by their ids at once ({@link Only}). */
    public static final int ONLY_MAX = 24;

    /** ?10 to ?33: the ids of the teams to count; ?34 to ?57: of the projects (-1 fills the places not needed). */
    private static final String TEAM_IDS = ids(10);
    private static final String PROJECT_IDS = ids(10 + ONLY_MAX);

    private static String ids(int first) {
        StringBuilder s = new StringBuilder("(");
        for (int i = 0; i < ONLY_MAX; i++) {
            s.append(i == 0 ? "" : ", ").append('?').append(first + i);
        }
        return s.append(')').toString();
    }

    /** The columns of the audit's read model the counts read: all of them in the index V24 makes on PostgreSQL. */
    private static final String FACT_COLUMNS = "kind, group_id, decided_on, ladder_id, rung_id, rung_ordinal, changed, lived_proposer,"
            + " jointly, lived_decider, fed_back_on, fed_back_took, ratings, rating_ordinal_sum";

    /**
     * Decisions of the teams and projects given by id, taken in the period, on the ladder when one
     * is chosen. The teams' and the projects' are read as two ranges of the index on kind, group
     * and day, one after the other, rather than as one condition with OR: on PostgreSQL each range
     * is then read from the index alone (V24), not from decisions scattered over the whole table.
     */
    private static final String FACT_ONLY = " FROM (SELECT " + FACT_COLUMNS + " FROM decision_fact WHERE kind = 'TEAM' AND group_id IN "
            + TEAM_IDS + " AND decided_on BETWEEN ?6 AND ?7 UNION ALL SELECT " + FACT_COLUMNS
            + " FROM decision_fact WHERE kind = 'PROJECT' AND group_id IN " + PROJECT_IDS + " AND decided_on BETWEEN ?6 AND ?7) f"
            + " WHERE (?5 = -1 OR f.ladder_id = ?5) ";

    /** Plans of the teams given by id, on the ladder when one is chosen. */
    private static final String TEAM_ONLY = " (?5 = -1 OR sp.ladder_id = ?5) AND t.id IN " + TEAM_IDS + " ";

    /** The projects given by id, on the ladder when one is chosen. */
    private static final String PROJECT_ONLY = " (?5 = -1 OR cp.ladder_id = ?5) AND cp.id IN " + PROJECT_IDS + " ";

    /**
     * Some teams and projects of a scope, by id, to count only them: at most {@link #ONLY_MAX} of
     * each. {@link #ALL} counts everything in the scope.
     */
    public record Only(List<Long> teams, List<Long> projects) {

        public static final Only ALL = new Only(null, null);

        public Only {
            if ((teams == null) != (projects == null) || teams != null && (teams.size() > ONLY_MAX || projects.size() > ONLY_MAX)) {
                throw new IllegalArgumentException("At most " + ONLY_MAX + " teams and " + ONLY_MAX + " projects, or all");
            }
        }

        boolean all() {
            return teams == null;
        }

        boolean anyTeam() {
            return all() || !teams.isEmpty();
        }

        boolean anyProject() {
            return all() || !projects.isEmpty();
        }

        /** FROM and WHERE: the decisions to count, as f. */
        String facts() {
            return all() ? " FROM decision_fact f WHERE" + FACT_SCOPE : FACT_ONLY;
        }

        String teamWhere() {
            return all() ? TEAM_SCOPE : TEAM_ONLY;
        }

        String projectWhere() {
            return all() ? PROJECT_SCOPE : PROJECT_ONLY;
        }

        Query bind(Query q) {
            if (!all()) {
                for (int i = 0; i < ONLY_MAX; i++) {
                    q.setParameter(10 + i, i < teams.size() ? teams.get(i) : -1L);
                    q.setParameter(10 + ONLY_MAX + i, i < projects.size() ? projects.get(i) : -1L);
                }
            }
            return q;
        }
    }

    /**
     * Every count over the decisions in scope, from the audit's read model ({@link DecisionFacts}):
     * <ul>
     * <li>rungs: kind, group id, group name, band, rung ordinal, rung name, decisions, input
     * changed, lived-experience proposer, taken by the person or jointly, a lived-experience decider;</li>
     * <li>feedback: kind, group id, year, quarter (1 to 4), working days the feedback took (null if
     * not fed back), 1 when not fed back and taken before {@code overdueBefore} (late), decisions.
     * A group gives a few dozen rows however many decisions it has;</li>
     * <li>gaps: kind, group id, sum of (rating's rung − staff rung), ratings.</li>
     * </ul>
     */
    public DecisionCounts decisionCounts(Scope scope, LocalDate overdueBefore) {
        return decisionCounts(scope, Only.ALL, overdueBefore);
    }

    /** {@link #decisionCounts(Scope, LocalDate)} for some of the scope's teams and projects only. */
    public DecisionCounts decisionCounts(Scope scope, Only only, LocalDate overdueBefore) {
        return new DecisionCounts(rungCounts(scope, only), feedbackCounts(scope, only, overdueBefore), gapCounts(scope, only));
    }

    /** The rungs of {@link #decisionCounts}: one statement, so that it can run beside the other two. */
    public List<Object[]> rungCounts(Scope scope, Only only) {
        if (!only.anyTeam() && !only.anyProject()) {
            return List.of();
        }
        return run("SELECT a.kind, a.group_id, COALESCE(t.name, cp.name), r.band, r.ordinal, r.name, a.n, a.changed,"
                + " a.lived, a.jointly, a.decider FROM (SELECT f.kind, f.group_id, f.rung_id, COUNT(*) AS n, SUM(f.changed) AS changed,"
                + " SUM(f.lived_proposer) AS lived, SUM(f.jointly) AS jointly, SUM(f.lived_decider) AS decider"
                + only.facts() + "GROUP BY f.kind, f.group_id, f.rung_id) a JOIN rung r ON r.id = a.rung_id"
                + " LEFT JOIN team t ON a.kind = 'TEAM' AND t.id = a.group_id"
                + " LEFT JOIN codesign_project cp ON a.kind = 'PROJECT' AND cp.id = a.group_id", scope, only);
    }

    /** The feedback of {@link #decisionCounts}. */
    public List<Object[]> feedbackCounts(Scope scope, Only only, LocalDate overdueBefore) {
        if (!only.anyTeam() && !only.anyProject()) {
            return List.of();
        }
        return rows(query("SELECT w.kind, w.group_id, w.yr, w.qr, w.took, w.late, COUNT(*) FROM (SELECT f.kind,"
                + " f.group_id, EXTRACT(YEAR FROM f.decided_on) AS yr, FLOOR((EXTRACT(MONTH FROM f.decided_on) + 2) / 3) AS qr,"
                + " f.fed_back_took AS took, CASE WHEN f.fed_back_on IS NULL AND f.decided_on < ?9 THEN 1 ELSE 0 END AS late"
                + only.facts() + ") w GROUP BY w.kind, w.group_id, w.yr, w.qr, w.took, w.late", scope, only)
                .setParameter(9, java.sql.Date.valueOf(overdueBefore)));
    }

    /** The gaps of {@link #decisionCounts}. */
    public List<Object[]> gapCounts(Scope scope, Only only) {
        if (!only.anyTeam() && !only.anyProject()) {
            return List.of();
        }
        return run("SELECT f.kind, f.group_id, SUM(f.rating_ordinal_sum - f.ratings * f.rung_ordinal), SUM(f.ratings)"
                + only.facts() + "AND f.ratings > 0 GROUP BY f.kind, f.group_id", scope, only);
    }

    /** What {@link #decisionCounts} counted, each list in the shape its documentation gives. */
    public record DecisionCounts(List<Object[]> rungs, List<Object[]> feedback, List<Object[]> gaps) {
    }

    /** Rows: team id, year, quarter (1 to 4), how it was chaired, reviews. Reviews of plans in scope held in the period. */
    public List<Object[]> reviewCounts(Scope scope) {
        return reviewCounts(scope, Only.ALL);
    }

    /** {@link #reviewCounts(Scope)} for some of the scope's teams only. */
    public List<Object[]> reviewCounts(Scope scope, Only only) {
        if (!only.anyTeam()) {
            return List.of();
        }
        return run("SELECT q.id, q.yr, q.qr, q.chaired, COUNT(*) FROM (SELECT t.id AS id, EXTRACT(YEAR FROM pr.held_on) AS yr,"
                + " FLOOR((EXTRACT(MONTH FROM pr.held_on) + 2) / 3) AS qr, pr.chaired AS chaired FROM plan_review pr"
                + " JOIN support_plan sp ON sp.id = pr.plan_id JOIN person p ON p.id = sp.person_id JOIN team t ON t.id = p.team_id"
                + " WHERE" + only.teamWhere() + "AND pr.held_on BETWEEN ?6 AND ?7) q GROUP BY q.id, q.yr, q.qr, q.chaired", scope, only);
    }

    /**
     * Rows: team id, open current plans, with the person's own words in About me, with an agreed
     * version, whose latest agreed version the person co-signed, with strengths recorded, people in
     * their circles of support (as counted when the section was saved), using a
     * community offer. As the plans stand today.
     */
    public List<Object[]> planCounts(Scope scope) {
        return planCounts(scope, Only.ALL);
    }

    /** {@link #planCounts(Scope)} for some of the scope's teams only. */
    public List<Object[]> planCounts(Scope scope, Only only) {
        if (!only.anyTeam()) {
            return List.of();
        }
        return run("SELECT t.id, COUNT(*),"
                + " SUM(CASE WHEN ps.written_by IN ('PERSON', 'PERSON_WITH_HELP') THEN 1 ELSE 0 END),"
                + " SUM(" + AGREED + "),"
                + " SUM(" + CO_SIGNED + "),"
                + " SUM(CASE WHEN st.item_count > 0 THEN 1 ELSE 0 END),"
                + " SUM(COALESCE(ci.item_count, 0)),"
                + " SUM(CASE WHEN EXISTS (SELECT 1 FROM plan_offer_use u WHERE u.plan_version_id = cv.id) THEN 1 ELSE 0 END)"
                + CURRENT_PLANS
                + " LEFT JOIN plan_section st ON st.plan_version_id = cv.id AND st.section_key = 'strengths'"
                + " LEFT JOIN plan_section ci ON ci.plan_version_id = cv.id AND ci.section_key = 'circle'"
                + " WHERE sp.current_for_person IS NOT NULL AND sp.status <> 'CLOSED' AND" + only.teamWhere()
                + " GROUP BY t.id", scope, only);
    }

    /**
     * Rows: project id, name, stage, target rung name, lowest ordinal of the target's band, whether
     * someone with power to act (a manager or commissioner) is a member, sessions held in the
     * period, of them with no lived-experience attendee, unpaid contributors, of them never paid.
     */
    public List<Object[]> projects(Scope scope) {
        return projects(scope, Only.ALL);
    }

    /** {@link #projects(Scope)} for some of the scope's projects only. */
    public List<Object[]> projects(Scope scope, Only only) {
        if (!only.anyProject()) {
            return List.of();
        }
        return run("SELECT cp.id, cp.name, cp.stage, tr.name,"
                + " (SELECT MIN(r2.ordinal) FROM rung r2 WHERE r2.ladder_id = tr.ladder_id AND r2.band = tr.band),"
                + " CASE WHEN EXISTS (SELECT 1 FROM project_member pm WHERE pm.project_id = cp.id"
                + " AND pm.project_role IN ('MANAGER', 'COMMISSIONER')) THEN 1 ELSE 0 END,"
                + " (SELECT COUNT(*) FROM project_session s WHERE s.project_id = cp.id AND s.held = TRUE"
                + " AND s.planned_on BETWEEN ?6 AND ?7),"
                + " (SELECT COUNT(*) FROM project_session s WHERE s.project_id = cp.id AND s.held = TRUE"
                + " AND s.planned_on BETWEEN ?6 AND ?7 AND NOT EXISTS (SELECT 1 FROM session_attendee a"
                + " WHERE a.session_id = s.id AND a.standing IN " + LIVED + ")),"
                + " (SELECT COUNT(*) FROM project_member pm WHERE pm.project_id = cp.id AND pm.unpaid_contributor = TRUE),"
                + " (SELECT COUNT(*) FROM project_member pm WHERE pm.project_id = cp.id AND pm.unpaid_contributor = TRUE"
                + " AND NOT EXISTS (SELECT 1 FROM contribution c WHERE c.project_id = cp.id AND c.member_user_id = pm.user_id"
                + " AND c.paid_on IS NOT NULL))"
                + " FROM codesign_project cp JOIN rung tr ON tr.id = cp.target_rung_id"
                + " WHERE" + only.projectWhere() + "ORDER BY cp.name", scope, only);
    }

    /** Rows: project id, status, pledges, of them past due and still in progress on ?8. Pledges due in the period. */
    public List<Object[]> pledgeCounts(Scope scope) {
        return pledgeCounts(scope, Only.ALL);
    }

    /** {@link #pledgeCounts(Scope)} for some of the scope's projects only. */
    public List<Object[]> pledgeCounts(Scope scope, Only only) {
        if (!only.anyProject()) {
            return List.of();
        }
        return run("SELECT cp.id, pl.status, COUNT(*), SUM(CASE WHEN pl.status = 'IN_PROGRESS' AND pl.due_on < ?8 THEN 1 ELSE 0 END)"
                + " FROM pledge pl JOIN codesign_project cp ON cp.id = pl.project_id"
                + " WHERE" + only.projectWhere() + "AND pl.due_on BETWEEN ?6 AND ?7 GROUP BY cp.id, pl.status", scope, only);
    }

    /** Rows: project id, claimed on, paid on, contributions, minutes, pence. Unpaid contributors' hours worked in the period. */
    public List<Object[]> contributionCounts(Scope scope) {
        return contributionCounts(scope, Only.ALL);
    }

    /** {@link #contributionCounts(Scope)} for some of the scope's projects only. */
    public List<Object[]> contributionCounts(Scope scope, Only only) {
        if (!only.anyProject()) {
            return List.of();
        }
        return run("SELECT cp.id, c.claimed_on, c.paid_on, COUNT(*), SUM(c.minutes), SUM(COALESCE(c.amount_pence, 0))"
                + " FROM contribution c JOIN project_member pm ON pm.project_id = c.project_id AND pm.user_id = c.member_user_id"
                + " AND pm.unpaid_contributor = TRUE JOIN codesign_project cp ON cp.id = c.project_id"
                + " WHERE" + only.projectWhere() + "AND c.worked_on BETWEEN ?6 AND ?7 GROUP BY cp.id, c.claimed_on, c.paid_on", scope, only);
    }

    /** Rows: principle, scored by, sum of scores, scores. The self-assessments of the teams in scope for one quarter. */
    public List<Object[]> principleScores(Scope scope, LocalDate quarterStart) {
        return rows(query("SELECT ps.principle, ps.scored_by, SUM(ps.score), COUNT(*) FROM principle_score ps"
                + " JOIN team t ON t.id = ps.team_id WHERE t.service_area IN (?1, ?2) AND (?3 = -1 OR t.id = ?3)"
                + " AND (?4 = '' OR t.locality = ?4) AND ps.quarter_start = ?9 GROUP BY ps.principle, ps.scored_by", scope)
                .setParameter(9, java.sql.Date.valueOf(quarterStart)));
    }

    /** One team's scores for one quarter, to change them. */
    public List<PrincipleScore> scoresOf(long teamId, LocalDate quarterStart) {
        return em.createQuery("SELECT s FROM PrincipleScore s WHERE s.teamId = :team AND s.quarterStart = :quarter", PrincipleScore.class)
                .setParameter("team", teamId).setParameter("quarter", quarterStart).getResultList();
    }

    public void add(PrincipleScore score) {
        em.persist(score);
    }

    /** Rows: team id, name, service area, locality, for the teams of the given service areas. */
    public List<Object[]> teams(Scope scope) {
        return run("SELECT t.id, t.name, t.service_area, t.locality FROM team t WHERE t.service_area IN (?1, ?2) ORDER BY t.name",
                scope);
    }

    /** The ids of the projects in scope (by service area, locality or a team's locality, and ladder). */
    public List<Long> projectIds(Scope scope) {
        List<?> ids = query("SELECT cp.id FROM codesign_project cp WHERE" + PROJECT_SCOPE + "ORDER BY cp.id", scope).getResultList();
        return ids.stream().map(r -> number(r instanceof Object[] a ? a[0] : r)).toList();
    }

    // ---- drill-down: the records behind a figure, at most a page of them -------------------------

    /**
     * Rows: decision id, question, rung name, band, decided on, fed back on, changed (1/0), plan id
     * or null, project id or null. One team's or project's decisions, of one band when band is not empty.
     */
    public List<Object[]> decisions(Scope scope, String kind, long groupId, String band, int max) {
        String sql = "SELECT x.decision_id, v.question, x.rung_name, x.band, x.decided_on, x.fed_back_on, x.changed,"
                + " COALESCE(d.support_plan_id, pr.plan_id), COALESCE(d.project_id, ss.project_id)"
                + " FROM " + DECISIONS + " JOIN decision d ON d.id = x.decision_id"
                + " JOIN decision_version v ON v.decision_id = d.id AND v.version_no = d.current_version_no"
                + " LEFT JOIN plan_review pr ON pr.id = d.plan_review_id LEFT JOIN project_session ss ON ss.id = d.session_id"
                + " WHERE x.kind = ?9 AND x.gid = ?10 AND (?11 = '' OR x.band = ?11) ORDER BY x.decided_on DESC, x.decision_id";
        Query q = query(sql, scope).setParameter(9, kind).setParameter(10, groupId).setParameter(11, band == null ? "" : band)
                .setMaxResults(max);
        return rows(q);
    }

    /** Whether a project is within the scope (its service area, locality and ladder). */
    public boolean projectInScope(Scope scope, long projectId) {
        return number(query("SELECT COUNT(*) FROM codesign_project cp WHERE" + PROJECT_SCOPE + "AND cp.id = ?9", scope)
                .setParameter(9, projectId).getSingleResult()) == 1;
    }

    /** Rows: plan id, person's name, reference, written by, co-signed (1/0), agreed (1/0). Current open plans of one team. */
    public List<Object[]> plansOfTeam(Scope scope, long teamId, int max) {
        String sql = "SELECT sp.id, p.given_name || ' ' || p.family_name, p.reference, ps.written_by,"
                + " " + CO_SIGNED + ", " + AGREED
                + CURRENT_PLANS
                + " WHERE sp.current_for_person IS NOT NULL AND sp.status <> 'CLOSED' AND" + TEAM_SCOPE + "AND t.id = ?9"
                + " ORDER BY p.family_name, p.given_name";
        return rows(query(sql, scope).setParameter(9, teamId).setMaxResults(max));
    }

    /** Rows: plan id, person's name, reference, held on, chaired. Reviews of one team held in the period. */
    public List<Object[]> reviewsOfTeam(Scope scope, long teamId, int max) {
        String sql = "SELECT sp.id, p.given_name || ' ' || p.family_name, p.reference, pr.held_on, pr.chaired"
                + " FROM plan_review pr JOIN support_plan sp ON sp.id = pr.plan_id JOIN person p ON p.id = sp.person_id"
                + " JOIN team t ON t.id = p.team_id WHERE" + TEAM_SCOPE + "AND pr.held_on BETWEEN ?6 AND ?7 AND t.id = ?9"
                + " ORDER BY pr.held_on DESC";
        return rows(query(sql, scope).setParameter(9, teamId).setMaxResults(max));
    }

    /** Rows: session id, title, planned on, lived-experience attendees. Sessions of one project held in the period. */
    public List<Object[]> sessionsOfProject(Scope scope, long projectId, int max) {
        String sql = "SELECT s.id, s.title, s.planned_on, (SELECT COUNT(*) FROM session_attendee a WHERE a.session_id = s.id"
                + " AND a.standing IN " + LIVED + ") FROM project_session s JOIN codesign_project cp ON cp.id = s.project_id"
                + " WHERE" + PROJECT_SCOPE + "AND s.held = TRUE AND s.planned_on BETWEEN ?6 AND ?7 AND cp.id = ?9 ORDER BY s.planned_on DESC";
        return rows(query(sql, scope).setParameter(9, projectId).setMaxResults(max));
    }

    /** Rows: user id, display name, contributions, paid contributions. One project's unpaid contributors. */
    public List<Object[]> unpaidContributorsOfProject(Scope scope, long projectId, int max) {
        String sql = "SELECT u.id, u.display_name,"
                + " (SELECT COUNT(*) FROM contribution c WHERE c.project_id = cp.id AND c.member_user_id = u.id),"
                + " (SELECT COUNT(*) FROM contribution c WHERE c.project_id = cp.id AND c.member_user_id = u.id AND c.paid_on IS NOT NULL)"
                + " FROM project_member pm JOIN user_account u ON u.id = pm.user_id JOIN codesign_project cp ON cp.id = pm.project_id"
                + " WHERE" + PROJECT_SCOPE + "AND pm.unpaid_contributor = TRUE AND cp.id = ?9 ORDER BY u.display_name";
        return rows(query(sql, scope).setParameter(9, projectId).setMaxResults(max));
    }

    /** Rows: pledge id, what, member's name, due on, status. One project's pledges due in the period. */
    public List<Object[]> pledgesOfProject(Scope scope, long projectId, int max) {
        String sql = "SELECT pl.id, pl.what, u.display_name, pl.due_on, pl.status FROM pledge pl"
                + " JOIN user_account u ON u.id = pl.member_user_id JOIN codesign_project cp ON cp.id = pl.project_id"
                + " WHERE" + PROJECT_SCOPE + "AND pl.due_on BETWEEN ?6 AND ?7 AND cp.id = ?9 ORDER BY pl.due_on";
        return rows(query(sql, scope).setParameter(9, projectId).setMaxResults(max));
    }

    private List<Object[]> run(String sql, Scope scope) {
        return rows(query(sql, scope));
    }

    private List<Object[]> run(String sql, Scope scope, Only only) {
        return rows(only.bind(query(sql, scope)));
    }

    private Query query(String sql, Scope scope, Only only) {
        return only.bind(query(sql, scope));
    }

    private Query query(String sql, Scope scope) {
        return em.createNativeQuery(sql)
                .setParameter(1, scope.areaOne()).setParameter(2, scope.areaTwo())
                .setParameter(3, scope.teamId()).setParameter(4, scope.locality()).setParameter(5, scope.ladderId())
                .setParameter(6, java.sql.Date.valueOf(scope.from())).setParameter(7, java.sql.Date.valueOf(scope.to()))
                .setParameter(8, java.sql.Date.valueOf(scope.today()));
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> rows(Query q) {
        return q.getResultList();
    }

    /** A date column as the driver returns it. */
    static LocalDate date(Object value) {
        return org.coplan.shared.SqlValues.date(value);
    }

    static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    /** The parameters every query binds, already checked against what the caller may see. */
    public record Scope(String areaOne, String areaTwo, long teamId, String locality, long ladderId, LocalDate from, LocalDate to,
                        LocalDate today) {
    }
}
