package org.coplan.supportplan;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** Queries on support plans, nothing else. */
@ApplicationScoped
public class SupportPlanRepository {

    @PersistenceContext(unitName = "coplan")
    EntityManager em;

    /** A plan with its person, the person's team and the ladder, in one statement. */
    public Optional<SupportPlan> findWithPersonAndLadder(long planId) {
        return em.createQuery("SELECT s FROM SupportPlan s JOIN FETCH s.person p JOIN FETCH p.team "
                        + "JOIN FETCH s.ladder WHERE s.id = :id", SupportPlan.class)
                .setParameter("id", planId)
                .getResultStream()
                .findFirst();
    }

    public List<SupportPlan> plansOfPerson(long personId) {
        return em.createQuery("SELECT s FROM SupportPlan s JOIN FETCH s.person p JOIN FETCH p.team "
                        + "JOIN FETCH s.ladder WHERE p.id = :person ORDER BY s.id", SupportPlan.class)
                .setParameter("person", personId)
                .getResultList();
    }

    public void add(SupportPlan plan) {
        em.persist(plan);
    }
}
