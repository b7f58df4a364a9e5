package org.coplan.codesign;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
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

    /** The display names of a project's members, by user id. */
    public Map<Long, String> memberNames(long projectId) {
        return em.createQuery("SELECT m.userId, u.displayName FROM CoDesignProject p JOIN p.members m, "
                        + "org.coplan.security.UserAccount u WHERE u.id = m.userId AND p.id = :id", Object[].class)
                .setParameter("id", projectId)
                .getResultStream()
                .collect(Collectors.toMap(row -> (Long) row[0], row -> (String) row[1]));
    }

    /** A project's sessions with their attendees, in one statement however many sessions there are. */
    public List<ProjectSession> sessionsOf(long projectId) {
        return em.createQuery("SELECT DISTINCT s FROM ProjectSession s LEFT JOIN FETCH s.attendees WHERE s.project.id = :id "
                        + "ORDER BY s.plannedOn, s.id", ProjectSession.class)
                .setParameter("id", projectId)
                .getResultList();
    }

    /** A session with its project and the project's members, in one statement. */
    public Optional<ProjectSession> session(long sessionId) {
        return em.createQuery("SELECT s FROM ProjectSession s JOIN FETCH s.project p LEFT JOIN FETCH p.members "
                        + "JOIN FETCH p.ladder WHERE s.id = :id", ProjectSession.class)
                .setParameter("id", sessionId)
                .getResultStream()
                .findFirst();
    }

    public List<Pledge> pledgesOf(long projectId) {
        return em.createQuery("SELECT g FROM Pledge g JOIN FETCH g.session WHERE g.project.id = :id ORDER BY g.dueOn, g.id",
                        Pledge.class)
                .setParameter("id", projectId)
                .getResultList();
    }

    public List<Contribution> contributionsOf(long projectId) {
        return em.createQuery("SELECT c FROM Contribution c WHERE c.project.id = :id ORDER BY c.workedOn, c.id",
                        Contribution.class)
                .setParameter("id", projectId)
                .getResultList();
    }

    /** A project's results with their offers, in one statement. */
    public List<Object[]> resultsWithOffers(long projectId) {
        return em.createQuery("SELECT r, o FROM ProjectResult r LEFT JOIN CommunityOffer o ON o.result = r "
                        + "WHERE r.project.id = :id ORDER BY r.changedOn DESC, r.id DESC", Object[].class)
                .setParameter("id", projectId)
                .getResultList();
    }

    /**
     * The offers a user may see: those of the service areas of the teams they work in, and those
     * of the projects they are a member of; with the project's name. One statement.
     */
    public List<CommunityOffer> offersFor(long userId, Collection<Long> teamIds) {
        return em.createQuery("SELECT o FROM CommunityOffer o JOIN FETCH o.project p WHERE o.serviceArea IN "
                        + "(SELECT t.serviceArea FROM org.coplan.people.Team t WHERE t.id IN :teams) "
                        + "OR EXISTS (SELECT m FROM CoDesignProject q JOIN q.members m WHERE q = p AND m.userId = :user) "
                        + "ORDER BY o.locality, o.name", CommunityOffer.class)
                .setParameter("teams", teamIds.isEmpty() ? List.of(-1L) : teamIds)
                .setParameter("user", userId)
                .getResultList();
    }

    /** Offers by id, with their projects, in one statement. */
    public List<CommunityOffer> offers(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT o FROM CommunityOffer o JOIN FETCH o.project WHERE o.id IN :ids", CommunityOffer.class)
                .setParameter("ids", ids)
                .getResultList();
    }

    public List<ProjectTheme> themesOf(long projectId) {
        return em.createQuery("SELECT t FROM ProjectTheme t WHERE t.projectId = :id", ProjectTheme.class)
                .setParameter("id", projectId)
                .getResultList();
    }

    /**
     * People who can be added to a project: active users who work with projects or plans, or
     * are partners, and are not members yet. Family-only and admin-only users are not listed.
     */
    public List<Object[]> memberCandidates(long projectId) {
        return em.createQuery("SELECT DISTINCT u.id, u.displayName, u.enabled FROM org.coplan.security.UserAccount u JOIN u.roles r "
                        + "WHERE r IN :roles AND NOT EXISTS (SELECT m FROM CoDesignProject p JOIN p.members m "
                        + "WHERE p.id = :project AND m.userId = u.id) ORDER BY u.displayName", Object[].class)
                .setParameter("roles", List.of(org.coplan.security.Role.FACILITATOR, org.coplan.security.Role.PARTNER,
                        org.coplan.security.Role.PRACTITIONER, org.coplan.security.Role.MANAGER))
                .setParameter("project", projectId)
                .getResultStream()
                // Enabled is checked here: EclipseLink writes a boolean into this query as 1, which H2 refuses.
                .filter(row -> Boolean.TRUE.equals(row[2]))
                .toList();
    }

    /** A member's own pledges, across every project, with the session, in one statement. */
    public List<Pledge> pledgesOfMember(long userId) {
        return em.createQuery("SELECT g FROM Pledge g JOIN FETCH g.session s JOIN FETCH s.project WHERE g.memberUserId = :u "
                        + "ORDER BY g.dueOn, g.id", Pledge.class)
                .setParameter("u", userId)
                .getResultList();
    }

    /** A member's own hours and payments, across every project, in one statement. */
    public List<Contribution> contributionsOfMember(long userId) {
        return em.createQuery("SELECT c FROM Contribution c JOIN FETCH c.project WHERE c.memberUserId = :u "
                        + "ORDER BY c.workedOn DESC, c.id DESC", Contribution.class)
                .setParameter("u", userId)
                .getResultList();
    }

    public void remove(Object entity) {
        em.remove(entity);
    }

    public <T> T find(Class<T> type, long id) {
        return em.find(type, id);
    }

    public void add(Object entity) {
        em.persist(entity);
    }

    public void flush() {
        em.flush();
    }
}
