package org.coplan.people;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.coplan.shared.Page;
import org.coplan.shared.PageRequest;

/** Queries on people and teams, nothing else. Each page's query returns what the page shows. */
@ApplicationScoped
public class PeopleRepository {

    @PersistenceContext(unitName = "coplan")
    EntityManager em;

    /** One page of the people allocated to the given teams: two statements, whatever the page size. */
    public Page<CaseloadEntry> caseload(Set<Long> teamIds, PageRequest page, CaseloadOrder order, CaseloadSearch search) {
        if (teamIds.isEmpty()) {
            return Page.empty(page.first(), page.size());
        }
        // The WHERE clause is one of three fixed texts; what the user typed only ever travels as a parameter.
        String where = "p.team.id IN :teams";
        if (search.dateOfBirth() != null) {
            where += " AND p.dateOfBirth = :born";
        } else if (!search.everyone()) {
            where += " AND (LOWER(CONCAT(p.givenName, ' ', p.familyName)) LIKE :text ESCAPE '\\' "
                    + "OR LOWER(p.reference) LIKE :text ESCAPE '\\' OR LOWER(p.preferredName) LIKE :text ESCAPE '\\')";
        }
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(p) FROM Person p WHERE " + where, Long.class);
        TypedQuery<CaseloadEntry> rows = em.createQuery("SELECT new org.coplan.people.CaseloadEntry(p.id, p.reference, "
                        + "p.givenName, p.familyName, p.dateOfBirth, t.name, p.nextReviewDue) "
                        + "FROM Person p JOIN p.team t WHERE " + where + " ORDER BY " + order.jpql(),
                        CaseloadEntry.class);
        for (TypedQuery<?> query : List.of(count, rows)) {
            query.setParameter("teams", teamIds);
            if (search.dateOfBirth() != null) {
                query.setParameter("born", search.dateOfBirth());
            } else if (!search.everyone()) {
                query.setParameter("text", search.likePattern());
            }
        }
        long total = count.getSingleResult();
        List<CaseloadEntry> found = rows.setFirstResult(page.first()).setMaxResults(page.size()).getResultList();
        return new Page<>(found, total, page.first(), page.size());
    }

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
