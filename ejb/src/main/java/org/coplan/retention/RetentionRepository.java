package org.coplan.retention;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.coplan.shared.CouncilTime;
import org.coplan.shared.ServiceArea;

/** Queries of the retention package, nothing else. */
@ApplicationScoped
public class RetentionRepository {

    @PersistenceContext(unitName = "coplan")
    EntityManager em;

    /** The facts of every person not yet anonymised whose plans are all closed: one statement. */
    private static final String FACTS = "SELECT p.id, p.reference, p.date_of_birth, t.service_area, p.looked_after,"
            + " MAX(sp.closed_at), SUM(CASE WHEN sp.status = 'CLOSED' THEN 0 ELSE 1 END),"
            + " (SELECT COUNT(*) FROM legal_hold h WHERE h.person_id = p.id AND h.lifted_at IS NULL)"
            + " FROM person p JOIN team t ON t.id = p.team_id JOIN support_plan sp ON sp.person_id = p.id"
            + " WHERE p.anonymised_on IS NULL";
    private static final String FACTS_GROUP = " GROUP BY p.id, p.reference, p.date_of_birth, t.service_area, p.looked_after"
            + " HAVING SUM(CASE WHEN sp.status = 'CLOSED' THEN 0 ELSE 1 END) = 0 ORDER BY p.id";
    /** Both statements are fixed text; the one person's id is a bound parameter. */
    private static final String ALL_CLOSED = FACTS + FACTS_GROUP;
    private static final String ONE_CLOSED = FACTS + " AND p.id = ?1" + FACTS_GROUP;

    public List<RetentionRule> rules() {
        return em.createQuery("SELECT r FROM RetentionRule r ORDER BY r.recordType", RetentionRule.class).getResultList();
    }

    public Optional<RetentionRule> rule(RecordType type) {
        return Optional.ofNullable(em.find(RetentionRule.class, type));
    }

    /** Everyone whose every plan is closed and who is not anonymised yet, whether due or not. */
    public List<CaseFacts> closedCases() {
        return facts(em.createNativeQuery(ALL_CLOSED));
    }

    /** The same for one person: empty when they have an open plan, no plan, or are anonymised or gone. */
    public Optional<CaseFacts> closedCase(long personId) {
        return facts(em.createNativeQuery(ONE_CLOSED).setParameter(1, personId)).stream().findFirst();
    }

    @SuppressWarnings("unchecked")
    private static List<CaseFacts> facts(Query query) {
        List<Object[]> rows = query.getResultList();
        List<CaseFacts> out = new ArrayList<>(rows.size());
        for (Object[] r : rows) {
            out.add(new CaseFacts(number(r[0]), (String) r[1], date(r[2]), ServiceArea.valueOf((String) r[3]), bool(r[4]),
                    councilDay(r[5]), (int) number(r[6]), number(r[7]) > 0));
        }
        return out;
    }

    /**
     * Locks the person's row until the transaction ends, so that a hold placed and a removal never
     * pass each other. False when the person no longer exists.
     */
    public boolean lockPerson(long personId) {
        return !em.createNativeQuery("SELECT id FROM person WHERE id = ?1 FOR UPDATE").setParameter(1, personId)
                .getResultList().isEmpty();
    }

    /** The person's record itself, for a change to what retention reads of it. */
    public Optional<org.coplan.people.Person> person(long personId) {
        return Optional.ofNullable(em.find(org.coplan.people.Person.class, personId));
    }

    /** A person's id, reference, team id, team name, whether looked after, and version, without their name. */
    public Optional<Object[]> personRecord(long personId) {
        return first(em.createNativeQuery("SELECT p.id, p.reference, t.id, t.name, p.looked_after, p.version FROM person p JOIN team t ON t.id = p.team_id"
                + " WHERE p.id = ?1").setParameter(1, personId));
    }

    public Optional<Object[]> personRecordByReference(String reference) {
        return first(em.createNativeQuery("SELECT p.id, p.reference, t.id, t.name, p.looked_after, p.version FROM person p JOIN team t ON t.id = p.team_id"
                + " WHERE p.reference = ?1").setParameter(1, reference));
    }

    @SuppressWarnings("unchecked")
    private static Optional<Object[]> first(Query q) {
        List<Object[]> rows = q.getResultList();
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
    }

    /** The person's plans, for the audit's kept counts to be told. */
    @SuppressWarnings("unchecked")
    public List<Long> planIds(long personId) {
        return ((List<Object>) em.createNativeQuery("SELECT id FROM support_plan WHERE person_id = ?1").setParameter(1, personId)
                .getResultList()).stream().map(RetentionRepository::number).toList();
    }

    public List<LegalHold> holds(long personId) {
        return em.createQuery("SELECT h FROM LegalHold h WHERE h.personId = :p ORDER BY h.placedAt DESC, h.id DESC", LegalHold.class)
                .setParameter("p", personId).getResultList();
    }

    public Optional<LegalHold> hold(long holdId) {
        return Optional.ofNullable(em.find(LegalHold.class, holdId));
    }

    public void add(Object entity) {
        em.persist(entity);
    }

    public void flush() {
        em.flush();
    }

    public Optional<RetentionRun> run(long runId) {
        return Optional.ofNullable(em.find(RetentionRun.class, runId));
    }

    public List<RunSummary> runs(int max) {
        return em.createQuery("SELECT r FROM RetentionRun r ORDER BY r.startedAt DESC, r.id DESC", RetentionRun.class)
                .setMaxResults(max).getResultList().stream().map(RetentionRun::summary).toList();
    }

    public List<ItemView> items(long runId) {
        return em.createQuery("SELECT i FROM RetentionRunItem i WHERE i.runId = :r ORDER BY i.reference, i.id", RetentionRunItem.class)
                .setParameter("r", runId).getResultList().stream().map(RetentionRunItem::view).toList();
    }

    static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    static boolean bool(Object value) {
        return value instanceof Boolean b ? b : value instanceof Number n && n.intValue() != 0;
    }

    static LocalDate date(Object value) {
        return org.coplan.shared.SqlValues.date(value);
    }

    /** A stored instant (UTC, as CoPlan writes them) as the council's day. */
    static LocalDate councilDay(Object value) {
        if (value == null) {
            return null;
        }
        LocalDateTime utc;
        if (value instanceof LocalDateTime t) {
            utc = t;
        } else if (value instanceof java.sql.Timestamp t) {
            utc = t.toLocalDateTime();
        } else if (value instanceof java.time.OffsetDateTime t) {
            return t.atZoneSameInstant(CouncilTime.ZONE).toLocalDate();
        } else {
            utc = LocalDateTime.parse(value.toString().replace(' ', 'T'));
        }
        return utc.atOffset(ZoneOffset.UTC).atZoneSameInstant(CouncilTime.ZONE).toLocalDate();
    }
}
