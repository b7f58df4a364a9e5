package org.coplan.audit;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Writes audit events. An allowed call's event joins the caller's transaction, so it commits
 * or rolls back with the change it describes. A denied call's event gets a transaction of its
 * own, because the refused call rolls back and the refusal must still be on record.
 */
@Stateless
public class AuditWriter {

    @PersistenceContext(unitName = "coplan")
    EntityManager em;

    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void withCaller(AuditEvent event) {
        em.persist(event);
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void onItsOwn(AuditEvent event) {
        em.persist(event);
    }
}
