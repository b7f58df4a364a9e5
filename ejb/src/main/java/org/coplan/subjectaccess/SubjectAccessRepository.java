package org.coplan.subjectaccess;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.StringReader;
import java.sql.Clob;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;

/**
 * Reads everything held about one person, table by table, each row with every column but the
 * lock counters, so a column added later is in the copy without a change here. Each table is
 * one statement filtered by the person, whatever the number of plans or decisions.
 */
@ApplicationScoped
public class SubjectAccessRepository {

    private static final JsonProvider JSON = JsonProvider.provider();

    /** Columns that only count saves for the stale-edit check: nothing about the person. */
    private static final Set<String> LOCK_COLUMNS = Set.of("version", "revision");

    private static final String PLANS = "SELECT id FROM support_plan WHERE person_id = ?";
    private static final String REVIEWS = "SELECT r.id FROM plan_review r JOIN support_plan s ON s.id = r.plan_id WHERE s.person_id = ?";
    private static final String DECISIONS = "SELECT d.id FROM decision d WHERE d.support_plan_id IN (" + PLANS
            + ") OR d.plan_review_id IN (" + REVIEWS + ")";
    private static final String DECISION_VERSIONS = "SELECT dv.id FROM decision_version dv WHERE dv.decision_id IN (" + DECISIONS + ")";

    @PersistenceContext(unitName = "coplan")
    EntityManager em;

    @Resource(lookup = "jdbc/coplan")
    DataSource dataSource;

    /** The team a person belongs to, for the access check; empty when there is no such person. */
    public Optional<Long> teamOf(long personId) {
        List<Long> teams = em.createQuery("SELECT p.team.id FROM Person p WHERE p.id = :id", Long.class)
                .setParameter("id", personId).getResultList();
        return teams.stream().findFirst();
    }

    /** A person's id, name and team by their reference. */
    public Optional<PersonRef> byReference(String reference) {
        return em.createQuery("SELECT NEW org.coplan.subjectaccess.SubjectAccessRepository.PersonRef(p.id, p.givenName, "
                        + "p.familyName, p.reference, p.team.id, p.team.name) FROM Person p WHERE UPPER(p.reference) = :reference",
                        PersonRef.class)
                .setParameter("reference", reference.strip().toUpperCase(Locale.ROOT)).getResultList().stream().findFirst();
    }

    public record PersonRef(long id, String givenName, String familyName, String reference, long teamId, String teamName) {
        public String name() {
            return givenName + " " + familyName;
        }
    }

    public void add(SubjectAccessRequest request) {
        em.persist(request);
        em.flush();
    }

    public void flush() {
        em.flush();
    }

    public SubjectAccessRequest find(long requestId) {
        return em.find(SubjectAccessRequest.class, requestId);
    }

    /** The requests about people of these teams, open ones first by due date, then sent ones newest first; at most {@code max}. */
    public List<RequestView> requests(Set<Long> teamIds, boolean openOnly, int max) {
        if (teamIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT r, p.givenName, p.familyName, p.reference, p.team.name FROM SubjectAccessRequest r, Person p "
                        + "WHERE p.id = r.personId AND p.team.id IN :teams" + (openOnly ? " AND r.sentOn IS NULL" : "")
                        + " ORDER BY CASE WHEN r.sentOn IS NULL THEN 0 ELSE 1 END, r.dueOn, r.id", Object[].class)
                .setParameter("teams", teamIds).setMaxResults(max).getResultList().stream()
                .map(row -> RequestView.of((SubjectAccessRequest) row[0], row[1] + " " + row[2], (String) row[3], (String) row[4]))
                .toList();
    }

    /** One person's requests, oldest first. */
    public List<SubjectAccessRequest> requestsOf(long personId) {
        return em.createQuery("SELECT r FROM SubjectAccessRequest r WHERE r.personId = :person ORDER BY r.receivedOn, r.id",
                SubjectAccessRequest.class).setParameter("person", personId).getResultList();
    }

    /** Login and display names of every account with a staff role: never redacted. */
    public Set<String> staffNames() {
        Set<String> names = new HashSet<>();
        em.createQuery("SELECT DISTINCT u.username, u.displayName FROM UserAccount u JOIN u.roles r WHERE r IN :staff", Object[].class)
                .setParameter("staff", List.of(org.coplan.security.Role.PRACTITIONER, org.coplan.security.Role.MANAGER,
                        org.coplan.security.Role.FACILITATOR, org.coplan.security.Role.ADMIN))
                .getResultList().forEach(row -> {
                    names.add((String) row[0]);
                    names.add((String) row[1]);
                });
        return names;
    }

    /**
     * Everything about the person as a tree: the person, their plans (each with its versions and
     * their sections and sign-offs, reviews, decisions with every version and rating, measures,
     * consents and portal activity), portal links, subject access requests and every audit event
     * about these records. Empty when there is no such person.
     */
    public Optional<Map<String, Object>> everythingAbout(long personId) {
        try (Connection db = dataSource.getConnection()) {
            List<Map<String, Object>> person = rows(db, "SELECT p.*, t.name AS team_name, t.service_area FROM person p "
                    + "JOIN team t ON t.id = p.team_id WHERE p.id = ?", personId);
            if (person.isEmpty()) {
                return Optional.empty();
            }
            Map<String, Object> tree = new LinkedHashMap<>();
            tree.put("person", person.get(0));
            tree.put("supportPlans", plans(db, personId));
            tree.put("portalLinks", rows(db, "SELECT l.*, u.username AS family_user, u.display_name AS family_user_name "
                    + "FROM portal_link l JOIN user_account u ON u.id = l.family_user_id WHERE l.person_id = ? ORDER BY l.id", personId));
            tree.put("subjectAccessRequests", rows(db, "SELECT * FROM subject_access_request WHERE person_id = ? ORDER BY id", personId));
            tree.put("recordViews", rows(db, "SELECT e.id, e.occurred_at, e.actor, e.action, e.record_type, e.record_id, e.purpose, "
                    + "e.outcome, e.detail FROM audit_event e WHERE (e.record_type = 'Person' AND e.record_id = ?)"
                    + " OR (e.record_type = 'SupportPlan' AND e.record_id IN (" + PLANS + "))"
                    + " OR (e.record_type = 'PlanReview' AND e.record_id IN (" + REVIEWS + "))"
                    + " OR (e.record_type = 'Decision' AND e.record_id IN (" + DECISIONS + "))"
                    + " OR (e.record_type = 'PortalLink' AND e.record_id IN (SELECT id FROM portal_link WHERE person_id = ?))"
                    + " OR (e.record_type = 'SubjectAccessRequest' AND e.record_id IN "
                    + "(SELECT id FROM subject_access_request WHERE person_id = ?))"
                    + " ORDER BY e.occurred_at, e.id", personId, personId, personId, personId, personId, personId, personId));
            return Optional.of(tree);
        } catch (SQLException e) {
            throw new IllegalStateException("The person's record could not be read", e);
        }
    }

    /** Login and display names of the user accounts the person's own portal links belong to (relationship THE_PERSON). */
    public Map<String, String> ownAccounts(long personId) {
        return accounts("SELECT u.username, u.display_name FROM user_account u JOIN portal_link l ON l.family_user_id = u.id "
                + "WHERE l.person_id = ? AND l.relationship = 'THE_PERSON'", personId, 1);
    }

    /** Login to display name of every other user account that appears in the record: family members, raters, portal users. */
    public Map<String, String> otherAccounts(long personId) {
        return accounts("SELECT u.username, u.display_name FROM user_account u WHERE u.id IN ("
                + "SELECT l.family_user_id FROM portal_link l WHERE l.person_id = ? AND l.relationship <> 'THE_PERSON') "
                + "OR u.id IN (SELECT s.user_id FROM portal_say s WHERE s.plan_id IN (" + PLANS + ")) "
                + "OR u.id IN (SELECT r.rater_user_id FROM decision_rating r WHERE r.decision_id IN (" + DECISIONS + "))",
                personId, 4);
    }

    private Map<String, String> accounts(String sql, long personId, int uses) {
        Object[] params = new Object[uses];
        java.util.Arrays.fill(params, personId);
        try (Connection db = dataSource.getConnection()) {
            Map<String, String> names = new LinkedHashMap<>();
            rows(db, sql, params).forEach(r -> names.put((String) r.get("username"), (String) r.get("displayName")));
            return names;
        } catch (SQLException e) {
            throw new IllegalStateException("The person's record could not be read", e);
        }
    }

    private List<Map<String, Object>> plans(Connection db, long personId) throws SQLException {
        List<Map<String, Object>> plans = rows(db, "SELECT * FROM support_plan WHERE person_id = ? ORDER BY id", personId);
        Map<Object, List<Map<String, Object>>> versions = byKey(rows(db, "SELECT v.* FROM plan_version v WHERE v.plan_id IN ("
                + PLANS + ") ORDER BY v.plan_id, v.version_no", personId), "planId");
        String versionIds = "SELECT v.id FROM plan_version v WHERE v.plan_id IN (" + PLANS + ")";
        Map<Object, List<Map<String, Object>>> sections = byKey(rows(db, "SELECT ps.* FROM plan_section ps WHERE ps.plan_version_id IN ("
                + versionIds + ") ORDER BY ps.plan_version_id, ps.section_key", personId), "planVersionId");
        Map<Object, List<Map<String, Object>>> signOffs = byKey(rows(db, "SELECT so.* FROM plan_sign_off so WHERE so.plan_version_id IN ("
                + versionIds + ") ORDER BY so.plan_version_id, so.id", personId), "planVersionId");
        Map<Object, List<Map<String, Object>>> reviews = byKey(rows(db, "SELECT r.* FROM plan_review r WHERE r.plan_id IN ("
                + PLANS + ") ORDER BY r.plan_id, r.held_on, r.id", personId), "planId");
        Map<Object, List<Map<String, Object>>> measures = byKey(rows(db, "SELECT m.* FROM plan_measure m WHERE m.plan_id IN ("
                + PLANS + ") ORDER BY m.plan_id, m.outcome_key, m.taken_on", personId), "planId");
        Map<Object, List<Map<String, Object>>> consents = byKey(rows(db, "SELECT c.* FROM plan_consent c WHERE c.plan_id IN ("
                + PLANS + ") ORDER BY c.plan_id, c.id", personId), "planId");
        Map<Object, List<Map<String, Object>>> says = byKey(rows(db, "SELECT s.* FROM portal_say s WHERE s.plan_id IN ("
                + PLANS + ") ORDER BY s.plan_id, s.said_at, s.id", personId), "planId");
        Map<Object, List<Map<String, Object>>> looks = byKey(rows(db, "SELECT k.* FROM portal_look k WHERE k.plan_id IN ("
                + PLANS + ") ORDER BY k.plan_id, k.looked_at", personId), "planId");
        List<Map<String, Object>> decisions = decisions(db, personId);

        for (Map<String, Object> version : versions.values().stream().flatMap(List::stream).toList()) {
            List<Map<String, Object>> its = sections.getOrDefault(version.get("id"), List.of());
            its.forEach(s -> s.computeIfPresent("body", (k, body) -> parsed((String) body)));
            version.put("sections", its);
            version.put("signOffs", signOffs.getOrDefault(version.get("id"), List.of()));
        }
        for (Map<String, Object> review : reviews.values().stream().flatMap(List::stream).toList()) {
            review.put("decisions", decisions.stream().filter(d -> review.get("id").equals(d.get("planReviewId"))).toList());
        }
        for (Map<String, Object> plan : plans) {
            Object id = plan.get("id");
            plan.put("versions", versions.getOrDefault(id, List.of()));
            plan.put("reviews", reviews.getOrDefault(id, List.of()));
            plan.put("decisions", decisions.stream().filter(d -> id.equals(d.get("supportPlanId"))).toList());
            plan.put("measures", measures.getOrDefault(id, List.of()));
            plan.put("consents", consents.getOrDefault(id, List.of()));
            plan.put("portalSays", says.getOrDefault(id, List.of()));
            plan.put("portalLooks", looks.getOrDefault(id, List.of()));
        }
        return plans;
    }

    private List<Map<String, Object>> decisions(Connection db, long personId) throws SQLException {
        Object[] twice = {personId, personId};
        List<Map<String, Object>> decisions = rows(db, "SELECT d.* FROM decision d WHERE d.id IN (" + DECISIONS + ") ORDER BY d.id", twice);
        Map<Object, List<Map<String, Object>>> versions = byKey(rows(db, "SELECT dv.* FROM decision_version dv WHERE dv.decision_id IN ("
                + DECISIONS + ") ORDER BY dv.decision_id, dv.version_no", twice), "decisionId");
        Map<Object, List<Map<String, Object>>> options = byKey(rows(db, "SELECT o.* FROM decision_option o WHERE o.version_id IN ("
                + DECISION_VERSIONS + ") ORDER BY o.version_id, o.ordinal", twice), "versionId");
        Map<Object, List<Map<String, Object>>> participants = byKey(rows(db, "SELECT p.* FROM decision_participant p WHERE p.version_id IN ("
                + DECISION_VERSIONS + ") ORDER BY p.version_id, p.ordinal", twice), "versionId");
        Map<Object, List<Map<String, Object>>> deciders = byKey(rows(db, "SELECT p.* FROM decision_decider p WHERE p.version_id IN ("
                + DECISION_VERSIONS + ") ORDER BY p.version_id, p.ordinal", twice), "versionId");
        Map<Object, List<Map<String, Object>>> ratings = byKey(rows(db, "SELECT r.* FROM decision_rating r WHERE r.decision_id IN ("
                + DECISIONS + ") ORDER BY r.decision_id, r.rated_at, r.id", twice), "decisionId");
        for (Map<String, Object> decision : decisions) {
            List<Map<String, Object>> its = versions.getOrDefault(decision.get("id"), List.of());
            for (Map<String, Object> v : its) {
                v.put("options", options.getOrDefault(v.get("id"), List.of()));
                v.put("participants", participants.getOrDefault(v.get("id"), List.of()));
                v.put("deciders", deciders.getOrDefault(v.get("id"), List.of()));
            }
            decision.put("versions", its);
            decision.put("ratings", ratings.getOrDefault(decision.get("id"), List.of()));
        }
        return decisions;
    }

    private static Map<Object, List<Map<String, Object>>> byKey(List<Map<String, Object>> rows, String key) {
        Map<Object, List<Map<String, Object>>> grouped = new HashMap<>();
        rows.forEach(r -> grouped.computeIfAbsent(r.get(key), k -> new ArrayList<>()).add(r));
        return grouped;
    }

    /** Each row as column (in camelCase) to value: dates as LocalDate, times as Instant (the columns hold UTC), text as String. */
    private static List<Map<String, Object>> rows(Connection db, String sql, Object... params) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                statement.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = statement.executeQuery()) {
                ResultSetMetaData meta = rs.getMetaData();
                List<Map<String, Object>> rows = new ArrayList<>();
                while (rs.next()) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    for (int c = 1; c <= meta.getColumnCount(); c++) {
                        String column = meta.getColumnLabel(c).toLowerCase(Locale.ROOT);
                        if (!LOCK_COLUMNS.contains(column)) {
                            row.put(camel(column), value(rs.getObject(c)));
                        }
                    }
                    rows.add(row);
                }
                return rows;
            }
        }
    }

    private static Object value(Object value) throws SQLException {
        if (value instanceof Timestamp t) {
            return t.toInstant();
        }
        if (value instanceof java.sql.Date d) {
            return d.toLocalDate();
        }
        if (value instanceof Clob clob) {
            return clob.getSubString(1, (int) clob.length());
        }
        if (value instanceof Integer || value instanceof Long || value instanceof Boolean || value instanceof String
                || value == null || value instanceof LocalDate) {
            return value;
        }
        if (value instanceof Number n) {
            return n.longValue();
        }
        return value.toString();
    }

    static String camel(String column) {
        StringBuilder out = new StringBuilder();
        boolean upper = false;
        for (char c : column.toCharArray()) {
            if (c == '_') {
                upper = true;
            } else {
                out.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return out.toString();
    }

    /** A section's stored JSON as a tree of maps, lists and plain values, so the copy shows it field by field. */
    private static Object parsed(String body) {
        try (var reader = JSON.createReader(new StringReader(body))) {
            return tree(reader.readValue());
        } catch (RuntimeException notJson) {
            return body;
        }
    }

    private static Object tree(JsonValue value) {
        return switch (value.getValueType()) {
            case OBJECT -> {
                Map<String, Object> map = new LinkedHashMap<>();
                ((JsonObject) value).forEach((k, v) -> map.put(k, tree(v)));
                yield map;
            }
            case ARRAY -> ((JsonArray) value).stream().map(SubjectAccessRepository::tree).toList();
            case STRING -> ((JsonString) value).getString();
            case NUMBER -> ((JsonNumber) value).isIntegral() ? (Object) ((JsonNumber) value).longValue() : ((JsonNumber) value).doubleValue();
            case TRUE -> Boolean.TRUE;
            case FALSE -> Boolean.FALSE;
            case NULL -> null;
        };
    }
}
