package org.coplan.codesign;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.coplan.shared.ServiceArea;

/** Queries on co-design projects, nothing else. */
@ApplicationScoped
public class ProjectRepository {

    @PersistenceContext(unitName = "coplan")
    EntityManager em;

    /** The projects a user is a member of, with what the list shows, in two statements. */
    public List<ProjectSummary> projectsOfMember(long userId) {
        List<Object[]> rows = em.createQuery("SELECT p.id, p.name, p.aim, p.locality, p.serviceArea, l.name, r.name, "
                        + "p.stage, m.role FROM CoDesignProject p JOIN p.members m JOIN p.ladder l JOIN p.targetRung r "
                        + "WHERE m.userId = :user ORDER BY p.name", Object[].class)
                .setParameter("user", userId)
                .getResultList();
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, Long> members = em.createQuery("SELECT p.id, COUNT(m) FROM CoDesignProject p JOIN p.members m "
                        + "WHERE p.id IN :ids GROUP BY p.id", Object[].class)
                .setParameter("ids", rows.stream().map(row -> (Long) row[0]).toList())
                .getResultStream()
                .collect(Collectors.toMap(row -> (Long) row[0], row -> ((Number) row[1]).longValue()));
        return rows.stream().map(row -> new ProjectSummary((Long) row[0], (String) row[1], (String) row[2],
                (String) row[3], (ServiceArea) row[4], (String) row[5], (String) row[6], (ProjectStage) row[7],
                members.getOrDefault((Long) row[0], 0L).intValue(), (ProjectRole) row[8])).toList();
    }

    /** A project with its members and ladder, in one statement. */
    public Optional<CoDesignProject> findWithMembers(long projectId) {
        return em.createQuery("SELECT DISTINCT p FROM CoDesignProject p LEFT JOIN FETCH p.members JOIN FETCH p.ladder "
                        + "WHERE p.id = :id", CoDesignProject.class)
                .setParameter("id", projectId)
                .getResultStream()
                .findFirst();
    }
}
