package org.coplan.portal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.coplan.security.Role;

/** Queries on portal links, nothing else. */
@ApplicationScoped
public class PortalRepository {

    @PersistenceContext(unitName = "coplan")
    EntityManager em;

    /** A user's links that have not ended. */
    public List<PortalLink> activeLinksOf(long familyUserId) {
        return em.createQuery("SELECT l FROM PortalLink l WHERE l.familyUserId = :u AND l.endedAt IS NULL ORDER BY l.id",
                        PortalLink.class)
                .setParameter("u", familyUserId)
                .getResultList();
    }

    /** Every link of a person, newest first, with the family user's name. */
    public List<Object[]> linksOfPerson(long personId) {
        return em.createQuery("SELECT l, u.displayName, u.username FROM PortalLink l, org.coplan.security.UserAccount u "
                        + "WHERE u.id = l.familyUserId AND l.personId = :p ORDER BY l.createdAt DESC, l.id DESC", Object[].class)
                .setParameter("p", personId)
                .getResultList();
    }

    /** The id of an enabled user with the family role, by login name. */
    public Optional<Long> familyUser(String username) {
        return em.createQuery("SELECT u.id, u.enabled FROM org.coplan.security.UserAccount u JOIN u.roles r "
                        + "WHERE u.username = :name AND r = :role", Object[].class)
                .setParameter("name", username == null ? "" : username.strip())
                .setParameter("role", Role.FAMILY)
                .getResultStream()
                .filter(row -> Boolean.TRUE.equals(row[1]))
                .map(row -> (Long) row[0])
                .findFirst();
    }

    /** The login name of a user, by id. */
    public Optional<String> usernameOf(long userId) {
        return em.createQuery("SELECT u.username FROM org.coplan.security.UserAccount u WHERE u.id = :id", String.class)
                .setParameter("id", userId)
                .getResultStream()
                .findFirst();
    }

    public PortalLink find(long id) {
        return em.find(PortalLink.class, id);
    }

    public void add(Object entity) {
        em.persist(entity);
    }

    public void flush() {
        em.flush();
    }
}
