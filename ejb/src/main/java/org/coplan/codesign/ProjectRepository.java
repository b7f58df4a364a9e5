package org.coplan.codesign;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** Queries on co-design projects, nothing else. */
@ApplicationScoped
public class ProjectRepository {

    @PersistenceContext(unitName = "coplan")
    EntityManager em;

    /** The projects a user is a member of, with what the list shows, in one statement. */
    public List<ProjectSummary> projectsOfMember(long userId) {
        return em.createQuery("SELECT new org.coplan.codesign.ProjectSummary(p.id, p.name, p.aim, p.locality, "
                        + "p.serviceArea, l.name, r.name, p.stage, SIZE(p.members), m.role) "
                        + "FROM CoDesignProject p JOIN p.members m JOIN p.ladder l JOIN p.targetRung r "
                        + "WHERE m.userId = :user ORDER BY p.name", ProjectSummary.class)
                .setParameter("user", userId)
                .getResultList();
    }
}
