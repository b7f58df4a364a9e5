package org.coplan.participation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.coplan.shared.PageRequest;

/** Queries on decisions, their versions and ratings, nothing else. */
@ApplicationScoped
public class DecisionRepository {

    @PersistenceContext(unitName = "coplan")
    EntityManager em;

    private static final Map<OwnerType, String> OWNER_COLUMN = Map.of(
            OwnerType.SUPPORT_PLAN, "d.supportPlanId",
            OwnerType.PLAN_REVIEW, "d.planReviewId",
            OwnerType.PROJECT, "d.projectId",
            OwnerType.SESSION, "d.sessionId");

    public void add(Decision decision) {
        em.persist(decision);
        em.flush();
    }

    public void add(DecisionRating rating) {
        em.persist(rating);
    }

    public Optional<Decision> find(long id) {
        return Optional.ofNullable(em.find(Decision.class, id));
    }

    /**
     * Marks a decision as changed: its lock version goes up when the change commits even if only
     * a version row changed, so that any other open copy becomes stale.
     */
    public void lockForChange(Decision decision) {
        em.lock(decision, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
    }

    /**
     * The current versions of these owners' decisions, newest first, with their rungs: one
     * statement, and one each for deciders and suggested rungs. The owner columns come from a
     * fixed map, never from input.
     */
    public List<DecisionVersion> currentVersions(List<DecisionOwner> owners) {
        return currentVersionsQuery(owners).getResultList();
    }

    /** One page of an owner's decisions (current versions), newest first; the same statements as for all of them. */
    public List<DecisionVersion> currentVersions(DecisionOwner owner, PageRequest page) {
        return currentVersionsQuery(List.of(owner)).setFirstResult(page.first()).setMaxResults(page.size()).getResultList();
    }

    /** How many decisions an owner has. */
    public long count(DecisionOwner owner) {
        return em.createQuery("SELECT COUNT(d) FROM Decision d WHERE " + OWNER_COLUMN.get(owner.type()) + " = :owner", Long.class)
                .setParameter("owner", owner.id())
                .getSingleResult();
    }

    private TypedQuery<DecisionVersion> currentVersionsQuery(List<DecisionOwner> owners) {
        Map<OwnerType, List<Long>> byType = DecisionOwner.idsByType(owners);
        // Only the column names come from the code; the ids are parameters.
        String which = byType.keySet().stream().map(type -> OWNER_COLUMN.get(type) + " IN :" + type.name())
                .collect(Collectors.joining(" OR ", "(", ")"));
        TypedQuery<DecisionVersion> query = em.createQuery("SELECT v FROM DecisionVersion v JOIN FETCH v.rung JOIN FETCH v.decision d "
                        + "WHERE " + which + " AND v.number = d.currentVersionNo "
                        + "ORDER BY v.decidedOn DESC, d.id DESC", DecisionVersion.class)
                .setHint("eclipselink.batch", "v.deciders")
                .setHint("eclipselink.batch", "v.suggestedRung")
                .setHint("eclipselink.batch.type", "IN");
        byType.forEach((type, ids) -> query.setParameter(type.name(), ids));
        return query;
    }

    /** Rating rungs of the current versions of these decisions, by decision id: one statement. */
    public Map<Long, List<Integer>> currentRatingOrdinals(List<Long> decisionIds) {
        if (decisionIds.isEmpty()) {
            return Map.of();
        }
        List<Object[]> rows = em.createQuery("SELECT r.decisionId, g.ordinal FROM DecisionRating r JOIN r.rung g, "
                        + "Decision d WHERE d.id = r.decisionId AND r.versionNo = d.currentVersionNo "
                        + "AND r.decisionId IN :ids", Object[].class)
                .setParameter("ids", decisionIds)
                .getResultList();
        return rows.stream().collect(Collectors.groupingBy(row -> (Long) row[0],
                Collectors.mapping(row -> (Integer) row[1], Collectors.toList())));
    }

    public List<DecisionRating> ratings(long decisionId) {
        return em.createQuery("SELECT r FROM DecisionRating r JOIN FETCH r.rung WHERE r.decisionId = :id "
                        + "ORDER BY r.ratedAt", DecisionRating.class)
                .setParameter("id", decisionId)
                .getResultList();
    }
}
