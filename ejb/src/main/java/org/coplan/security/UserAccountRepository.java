package org.coplan.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/** Queries on user accounts, nothing else. */
@ApplicationScoped
public class UserAccountRepository {

    @PersistenceContext(unitName = "coplan")
    EntityManager em;

    public Optional<UserAccount> findByUsername(String username) {
        return em.createQuery("SELECT DISTINCT u FROM UserAccount u LEFT JOIN FETCH u.roles "
                        + "WHERE u.username = :username", UserAccount.class)
                .setParameter("username", username)
                .getResultStream()
                .findFirst();
    }

    public boolean exists(String username) {
        return em.createQuery("SELECT COUNT(u) FROM UserAccount u WHERE u.username = :username", Long.class)
                .setParameter("username", username)
                .getSingleResult() > 0;
    }

    public void add(UserAccount account) {
        em.persist(account);
    }
}
