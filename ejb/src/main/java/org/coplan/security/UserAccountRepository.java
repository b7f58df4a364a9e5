package org.coplan.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

    /**
     * Accounts whose user name or display name holds the text (all when it is blank), by user
     * name, at most {@code max}: two statements whatever the number, the accounts and then their roles.
     */
    public List<AccountSummary> summaries(String text, int max) {
        String like = "%" + (text == null ? "" : text.strip().toLowerCase(java.util.Locale.ROOT)) + "%";
        List<Object[]> rows = em.createQuery("SELECT u.username, u.displayName, u.enabled FROM UserAccount u "
                        + "WHERE LOWER(u.username) LIKE :like OR LOWER(u.displayName) LIKE :like ORDER BY u.username", Object[].class)
                .setParameter("like", like).setMaxResults(max).getResultList();
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<String, List<String>> roles = new HashMap<>();
        em.createQuery("SELECT u.username, r FROM UserAccount u JOIN u.roles r WHERE u.username IN :names", Object[].class)
                .setParameter("names", rows.stream().map(r -> (String) r[0]).toList()).getResultList()
                .forEach(r -> roles.computeIfAbsent((String) r[0], k -> new ArrayList<>()).add(((Role) r[1]).code()));
        return rows.stream().map(r -> new AccountSummary((String) r[0], (String) r[1], (Boolean) r[2],
                roles.getOrDefault((String) r[0], List.of()).stream().sorted().toList())).toList();
    }

    public void add(UserAccount account) {
        em.persist(account);
    }
}
