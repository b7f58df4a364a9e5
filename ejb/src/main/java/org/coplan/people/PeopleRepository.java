package org.coplan.people;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Queries on people and teams, nothing else. Each page's query returns what the page shows. */
@ApplicationScoped
public class PeopleRepository {

    @PersistenceContext(unitName = "coplan")
    EntityManager em;

    /** A person with their team, in one statement. */
    public Optional<Person> findWithTeam(long personId) {
        return em.createQuery("SELECT p FROM Person p JOIN FETCH p.team WHERE p.id = :id", Person.class)
                .setParameter("id", personId)
                .getResultStream()
                .findFirst();
    }

    public List<Team> teams(Set<Long> teamIds) {
        if (teamIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT t FROM Team t WHERE t.id IN :ids ORDER BY t.name", Team.class)
                .setParameter("ids", teamIds)
                .getResultList();
    }
}
