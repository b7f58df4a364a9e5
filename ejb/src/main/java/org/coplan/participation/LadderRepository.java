package org.coplan.participation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.coplan.shared.ServiceArea;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Queries on ladders, nothing else. */
@ApplicationScoped
public class LadderRepository {

    /**
     * Whether the rung {@code r} records use: a decision (or a suggestion for one) placed on it, a
     * participation rating on it, or a co-design project aiming for it. One EXISTS per column, so each
     * can use that column's index. Native SQL because the decision ledger's tables have no entities
     * here. A table that names a rung must be added here, or its rungs could be moved or deleted.
     */
    private static final String RUNG_IN_USE = "(EXISTS (SELECT 1 FROM decision_version dv WHERE dv.rung_id = r.id)"
            + " OR EXISTS (SELECT 1 FROM decision_version ds WHERE ds.suggested_rung_id = r.id)"
            + " OR EXISTS (SELECT 1 FROM decision_rating dr WHERE dr.rung_id = r.id)"
            + " OR EXISTS (SELECT 1 FROM codesign_project cp WHERE cp.target_rung_id = r.id))";

    private static final String SUMMARIES = "SELECT l.id, l.code, l.name, l.description, l.audience,"
            + " (SELECT COUNT(*) FROM rung r WHERE r.ladder_id = l.id),"
            + " (SELECT COUNT(*) FROM rung r WHERE r.ladder_id = l.id AND " + RUNG_IN_USE + ")"
            + " FROM ladder l ORDER BY l.id";

    private static final String RUNG_IDS_IN_USE = "SELECT r.id FROM rung r WHERE r.ladder_id = ?1 AND " + RUNG_IN_USE;

    @PersistenceContext(unitName = "coplan")
    EntityManager em;

    /** Every ladder with its rungs, in one statement. */
    public List<Ladder> allWithRungs() {
        return em.createQuery("SELECT DISTINCT l FROM Ladder l LEFT JOIN FETCH l.rungs ORDER BY l.id", Ladder.class)
                .getResultList();
    }

    /** Every ladder with how many rungs it has and how many are in use, in one statement. */
    public List<LadderSummary> summaries() {
        List<?> rows = em.createNativeQuery(SUMMARIES).getResultList();
        return rows.stream().map(Object[].class::cast)
                .map(row -> new LadderSummary(number(row[0]), (String) row[1], (String) row[2], (String) row[3],
                        (String) row[4], number(row[5]), number(row[6])))
                .toList();
    }

    /** The ids of a ladder's rungs that are in use, in one statement for the whole ladder. */
    public Set<Long> rungIdsInUse(long ladderId) {
        List<?> ids = em.createNativeQuery(RUNG_IDS_IN_USE)
                .setParameter(1, ladderId)
                .getResultList();
        return ids.stream().map(LadderRepository::number).collect(Collectors.toUnmodifiableSet());
    }

    /** The decision rules a rung can have by default, in their display order. */
    public List<DecisionRuleChoice> decisionRules() {
        List<?> rows = em.createNativeQuery("SELECT code, name, description FROM decision_rule ORDER BY ordinal")
                .getResultList();
        return rows.stream().map(Object[].class::cast)
                .map(row -> new DecisionRuleChoice((String) row[0], (String) row[1], (String) row[2]))
                .toList();
    }

    /** A ladder with its rungs, in one statement. */
    public Optional<Ladder> findWithRungs(long ladderId) {
        return em.createQuery("SELECT DISTINCT l FROM Ladder l LEFT JOIN FETCH l.rungs WHERE l.id = :id", Ladder.class)
                .setParameter("id", ladderId)
                .getResultStream()
                .findFirst();
    }

    /** The ladder a rung is on, with all its rungs, in one statement. */
    public Optional<Ladder> findByRungWithRungs(long rungId) {
        return em.createQuery("SELECT DISTINCT l FROM Ladder l LEFT JOIN FETCH l.rungs "
                        + "WHERE l.id IN (SELECT r.ladder.id FROM Rung r WHERE r.id = :rung)", Ladder.class)
                .setParameter("rung", rungId)
                .getResultStream()
                .findFirst();
    }

    public boolean ladderCodeTaken(String code) {
        return em.createQuery("SELECT COUNT(l) FROM Ladder l WHERE l.code = :code", Long.class)
                .setParameter("code", code)
                .getSingleResult() > 0;
    }

    private static final String DEFAULT_FOR_SERVICE = "SELECT ladder_id FROM service_ladder WHERE service_area = ?1";

    /** The ladder a service's new plans and projects sit on, as the admin set it. */
    public Ladder defaultFor(ServiceArea area) {
        long id = ((Number) em.createNativeQuery(DEFAULT_FOR_SERVICE).setParameter(1, area.name()).getSingleResult()).longValue();
        return em.find(Ladder.class, id);
    }

    public void add(Ladder ladder) {
        em.persist(ladder);
    }

    public void add(Rung rung) {
        em.persist(rung);
    }

    public void remove(Rung rung) {
        em.remove(rung);
    }

    /**
     * Counts a change to any of the ladder's rungs as a change to the ladder: its version goes up,
     * and the write fails if another administrator changed it since it was read.
     */
    public void lockForChange(Ladder ladder) {
        em.lock(ladder, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
    }

    /** Writes pending changes now, in the order they were made; see {@link Ladder#moveRungUp}. */
    public void flush() {
        em.flush();
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }
}
