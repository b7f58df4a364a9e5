package org.coplan.it;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.coplan.audit.Outcome;
import org.coplan.codesign.CoDesignProject;
import org.coplan.codesign.ProjectMember;
import org.coplan.codesign.ProjectRole;
import org.coplan.participation.Ladder;
import org.coplan.people.Person;
import org.coplan.people.Team;
import org.coplan.security.Passwords;
import org.coplan.security.Role;
import org.coplan.security.UserAccount;
import org.coplan.shared.ServiceArea;
import org.coplan.supportplan.SupportPlan;

/**
 * Creates each test's own small council, with names unique to the run, so tests never depend on
 * the demo data or on each other (the H2 file and the PostgreSQL database outlive a run).
 */
@ApplicationScoped
public class TestData {

    public static final String PASSWORD = "test-password-for-it";

    /** Two teams, a person in each, and one user per role (plus a practitioner with no team). */
    public record World(String suffix, long teamA, long teamB, long personA, long personB,
                        String practitionerA, String practitionerB, String managerAB, String practitionerNoTeam,
                        String admin, String family, String facilitator, String partner) {
    }

    /** The test WAR's own unit over the same data source (Payara keeps the EJB module's unit to that module). */
    @PersistenceContext(unitName = "coplan-tests")
    EntityManager em;

    /** The schema versions Flyway has applied, as its history table records them. */
    @SuppressWarnings("unchecked")
    public java.util.List<String> appliedSchemaVersions() {
        return em.createNativeQuery("SELECT \"version\" FROM \"flyway_schema_history\" WHERE \"success\" = TRUE AND \"version\" IS NOT NULL")
                .getResultList().stream().map(String::valueOf).toList();
    }

    @Transactional
    public World world() {
        String s = UUID.randomUUID().toString().substring(0, 8);
        Team a = new Team("IT team A " + s, ServiceArea.ADULTS, "Leith");
        Team b = new Team("IT team B " + s, ServiceArea.CHILDREN, "Pilton");
        em.persist(a);
        em.persist(b);
        em.flush();
        Person pa = new Person("A-" + s, "Ann", "Adult" + s, LocalDate.of(1980, 5, 17), a);
        Person pb = new Person("B-" + s, "Bea", "Child" + s, LocalDate.now().minusYears(12), b);
        em.persist(pa);
        em.persist(pb);
        World world = new World(s, a.id(), b.id(), pa.id(), pb.id(),
                user("it.prac-a." + s, Role.PRACTITIONER, a.id()),
                user("it.prac-b." + s, Role.PRACTITIONER, b.id()),
                user("it.manager." + s, Role.MANAGER, a.id(), b.id()),
                user("it.prac-none." + s, Role.PRACTITIONER),
                user("it.admin." + s, Role.ADMIN, a.id()),
                user("it.family." + s, Role.FAMILY),
                user("it.facilitator." + s, Role.FACILITATOR, a.id()),
                user("it.partner." + s, Role.PARTNER));
        em.flush();
        return world;
    }

    private String user(String username, Role role, Long... teamIds) {
        UserAccount account = new UserAccount(username, username, Passwords.hash(PASSWORD), EnumSet.of(role), Instant.now());
        Set.of(teamIds).forEach(account::joinTeam);
        em.persist(account);
        return username;
    }

    /** A manager of one team only (so of one service area only). */
    @Transactional
    public String managerOf(World world, long teamId) {
        return user("it.manager-" + teamId + "." + world.suffix(), Role.MANAGER, teamId);
    }

    /** A project on the TLAP ladder with the world's facilitator and partner as members. */
    @Transactional
    public long project(World world) {
        Ladder tlap = em.createQuery("SELECT DISTINCT l FROM Ladder l LEFT JOIN FETCH l.rungs WHERE l.code = 'TLAP'", Ladder.class)
                .getSingleResult();
        CoDesignProject project = new CoDesignProject("IT project " + world.suffix(), "Test what members see",
                "Leith", ServiceArea.ADULTS, tlap, tlap.rungs().get(tlap.rungs().size() - 1));
        project.addMember(new ProjectMember(userId(world.facilitator()), ProjectRole.FACILITATOR, false));
        project.addMember(new ProjectMember(userId(world.partner()), ProjectRole.CARER, true));
        em.persist(project);
        em.flush();
        return project.id();
    }

    /** A draft support plan on the TLAP ladder for the world's person A (team A). */
    @Transactional
    public long plan(World world) {
        Ladder tlap = em.createQuery("SELECT l FROM Ladder l WHERE l.code = 'TLAP'", Ladder.class).getSingleResult();
        SupportPlan plan = new SupportPlan(em.find(Person.class, world.personA()), tlap, Instant.now());
        em.persist(plan);
        em.persist(plan.firstDraft("IT set-up", Instant.now()));
        em.flush();
        return plan.id();
    }

    /** A team of its own locality (so that themes counted there are this test's alone), with people; practitioner A joins it. */
    public record ThemeTeam(long teamId, String locality, List<Long> people) {
    }

    @Transactional
    public ThemeTeam themeTeam(World world, int people) {
        String locality = "Themeton " + world.suffix();
        Team team = new Team("IT theme team " + world.suffix(), ServiceArea.ADULTS, locality);
        em.persist(team);
        em.flush();
        List<Long> ids = new java.util.ArrayList<>();
        for (int i = 0; i < people; i++) {
            Person p = new Person("T" + i + "-" + world.suffix(), "Theo" + i, "Theme" + world.suffix(), LocalDate.of(1970 + i, 1, 2), team);
            em.persist(p);
            em.flush();
            ids.add(p.id());
        }
        em.createQuery("SELECT u FROM UserAccount u WHERE u.username = :u", UserAccount.class)
                .setParameter("u", world.practitionerA()).getSingleResult().joinTeam(team.id());
        em.flush();
        return new ThemeTeam(team.id(), locality, ids);
    }

    /** The id of a rung of TLAP by its code. */
    @Transactional
    public long tlapRung(String code) {
        return em.createQuery("SELECT r.id FROM Rung r WHERE r.code = :code AND r.ladder.code = 'TLAP'", Long.class)
                .setParameter("code", code).getSingleResult();
    }

    public long userId(String username) {
        return em.createQuery("SELECT u.id FROM UserAccount u WHERE u.username = :u", Long.class)
                .setParameter("u", username).getSingleResult();
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public long auditEvents(String action, Long recordId, String actor, String outcome) {
        return em.createQuery("SELECT COUNT(e) FROM AuditEvent e WHERE e.action = :action AND e.recordId = :id "
                        + "AND e.actor = :actor AND e.outcome = :outcome", Long.class)
                .setParameter("outcome", Outcome.valueOf(outcome))
                .setParameter("action", action)
                .setParameter("id", recordId)
                .setParameter("actor", actor)
                .getSingleResult();
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public long accounts(String username) {
        return em.createQuery("SELECT COUNT(u) FROM UserAccount u WHERE u.username = :u", Long.class)
                .setParameter("u", username).getSingleResult();
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    /** The TLAP ladder's id. */
    public long tlapLadder() {
        return em.createQuery("SELECT l.id FROM Ladder l WHERE l.code = 'TLAP'", Long.class).getSingleResult();
    }

    /** Audit events of one action whose detail holds the given words. */
    public long auditEventsWithDetail(String action, String words) {
        return em.createQuery("SELECT COUNT(e) FROM AuditEvent e WHERE e.action = :action AND e.detail LIKE :words", Long.class)
                .setParameter("action", action).setParameter("words", "%" + words + "%").getSingleResult();
    }

    public long auditEventsFor(String action, String detailOrActor) {
        return em.createQuery("SELECT COUNT(e) FROM AuditEvent e WHERE e.action = :action AND e.actor = :actor",
                        Long.class)
                .setParameter("action", action)
                .setParameter("actor", detailOrActor)
                .getSingleResult();
    }
}
