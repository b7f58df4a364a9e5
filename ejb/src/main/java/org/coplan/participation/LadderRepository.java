package org.coplan.participation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** Queries on ladders, nothing else. */
@ApplicationScoped
public class LadderRepository {

    @PersistenceContext(unitName = "coplan")
    EntityManager em;

    /** Every ladder with its rungs, in one statement. */
    public List<Ladder> allWithRungs() {
        return em.createQuery("SELECT DISTINCT l FROM Ladder l LEFT JOIN FETCH l.rungs ORDER BY l.id", Ladder.class)
                .getResultList();
    }
}
