package org.coplan.shared;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.coplan.audit.NotAudited;

/** Answers the readiness check: can CoPlan reach its database? */
@Stateless
public class HealthService {

    @PersistenceContext(unitName = "coplan")
    EntityManager em;

    @NotAudited("touches no record; called by the server's health endpoint")
    public boolean databaseAnswers() {
        try {
            Number one = (Number) em.createNativeQuery("SELECT 1").getSingleResult();
            return one.intValue() == 1;
        } catch (RuntimeException e) {
            return false;
        }
    }
}
