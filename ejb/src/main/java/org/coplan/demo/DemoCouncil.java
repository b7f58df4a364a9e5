package org.coplan.demo;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import org.coplan.portal.PortalLinkDraft;
import org.coplan.portal.PortalRelationship;
import org.coplan.portal.PortalService;
import org.coplan.security.SystemTasks;
import org.coplan.supportplan.sections.SectionKey;
import jakarta.inject.Inject;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.coplan.codesign.CoDesignProject;
import org.coplan.codesign.ProjectMember;
import org.coplan.codesign.ProjectRole;
import org.coplan.codesign.ProjectStage;
import org.coplan.participation.DecisionDraft;
import org.coplan.participation.DecisionOwner;
import org.coplan.participation.DecisionParty;
import org.coplan.participation.DecisionRule;
import org.coplan.participation.DecisionService;
import org.coplan.participation.Ladder;
import org.coplan.participation.OwnerType;
import org.coplan.participation.Rung;
import org.coplan.participation.Standing;
import org.coplan.people.Person;
import org.coplan.people.Team;
import org.coplan.security.Passwords;
import org.coplan.security.Role;
import org.coplan.security.SystemTasks;
import org.coplan.security.UserAccount;
import org.coplan.shared.CouncilTime;
import org.coplan.shared.ServiceArea;
import org.coplan.supportplan.SupportPlan;

/**
 * Loads the demo council once, at start-up, in one transaction: either all of it or none.
 * Dates in the file are given relative to today ("reviewDueInDays", "ageYears") so that the
 * demo always shows some reviews overdue and some children and adults, whenever it runs.
 * It writes entities directly, as a migration would: it runs as no one, before any user exists.
 */
@Startup
@Singleton
@DependsOn("DatabaseMigration")
public class DemoCouncil {

    public static final String PROPERTY = "coplan.demo-council";

    private static final Logger LOG = Logger.getLogger(DemoCouncil.class.getName());

    @PersistenceContext(unitName = "coplan")
    EntityManager em;

    @EJB
    DecisionService decisionService;

    @Inject
    DemoPlans demoPlans;

    @Inject
    DemoSessions demoSessions;

    @Inject
    DemoBridge demoBridge;

    @EJB
    PortalService portal;

    @EJB
    org.coplan.participationaudit.ParticipationAuditService participationAudit;

    @PostConstruct
    void load() {
        String file = System.getProperty(PROPERTY);
        if (file == null || file.isBlank()) {
            return;
        }
        JsonObject council = read(Path.of(file));
        LocalDate today = CouncilTime.today();
        // Each part is added only when missing, so a demo domain from an earlier release gains
        // what later releases add to the demo, and nothing is loaded twice.
        Map<String, Team> teams = new HashMap<>();
        int added = 0;
        for (JsonObject t : council.getJsonArray("teams").getValuesAs(JsonObject.class)) {
            Team team = single(em.createQuery("SELECT t FROM Team t WHERE t.name = :n", Team.class).setParameter("n", t.getString("name")));
            if (team == null) {
                team = new Team(t.getString("name"), ServiceArea.valueOf(t.getString("serviceArea")), t.getString("locality"));
                em.persist(team);
                added++;
            }
            teams.put(t.getString("key"), team);
        }
        em.flush();
        String password = council.getString("password");
        Map<String, UserAccount> users = new HashMap<>();
        for (JsonObject u : council.getJsonArray("users").getValuesAs(JsonObject.class)) {
            UserAccount account = single(em.createQuery("SELECT u FROM UserAccount u WHERE u.username = :n", UserAccount.class)
                    .setParameter("n", u.getString("username")));
            if (account == null) {
                Set<Role> roles = u.getJsonArray("roles").getValuesAs(JsonString.class).stream()
                        .map(r -> Role.valueOf(r.getString().toUpperCase()))
                        .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
                account = new UserAccount(u.getString("username"), u.getString("name"), Passwords.hash(password), roles, Instant.now());
                JsonArray memberOf = u.getJsonArray("teams");
                if (memberOf != null) {
                    UserAccount member = account;
                    memberOf.getValuesAs(JsonString.class).forEach(k -> member.joinTeam(teams.get(k.getString()).id()));
                }
                em.persist(account);
                added++;
            }
            users.put(account.username(), account);
        }
        em.flush();
        Map<String, Person> people = new HashMap<>();
        Map<String, Integer> reviewDue = new HashMap<>();
        for (JsonObject p : council.getJsonArray("people").getValuesAs(JsonObject.class)) {
            Person person = single(em.createQuery("SELECT p FROM Person p WHERE p.reference = :r", Person.class)
                    .setParameter("r", p.getString("reference")));
            if (person == null) {
                LocalDate born = today.minusYears(p.getInt("ageYears")).minusDays(p.getInt("extraDays", 40));
                person = new Person(p.getString("reference"), p.getString("givenName"), p.getString("familyName"),
                        born, teams.get(p.getString("team")));
                person.preferToBeCalled(p.getString("preferredName", null));
                person.lookedAfter(p.getBoolean("lookedAfter", false));
                if (p.containsKey("worker")) {
                    person.allocateTo(users.get(p.getString("worker")).id());
                }
                em.persist(person);
                added++;
            }
            people.put(person.reference(), person);
            if (p.containsKey("reviewDueInDays")) {
                reviewDue.put(person.reference(), p.getInt("reviewDueInDays"));
            }
        }
        em.flush();
        Map<String, CoDesignProject> projectsByName = new HashMap<>();
        JsonArray projectList = council.getJsonArray("projects");
        for (JsonObject p : projectList == null ? List.<JsonObject>of() : projectList.getValuesAs(JsonObject.class)) {
            CoDesignProject project = single(em.createQuery("SELECT p FROM CoDesignProject p WHERE p.name = :n", CoDesignProject.class)
                    .setParameter("n", p.getString("name")));
            if (project == null) {
                Ladder ladder = em.createQuery("SELECT DISTINCT l FROM Ladder l LEFT JOIN FETCH l.rungs WHERE l.code = :code", Ladder.class)
                        .setParameter("code", p.getString("ladder")).getSingleResult();
                Rung target = ladder.rungs().stream().filter(r -> r.code().equals(p.getString("targetRung"))).findFirst()
                        .orElseThrow(() -> new IllegalStateException("No rung " + p.getString("targetRung")));
                project = new CoDesignProject(p.getString("name"), p.getString("aim"), p.getString("locality"),
                        ServiceArea.valueOf(p.getString("serviceArea")), ladder, target);
                project.moveTo(ProjectStage.valueOf(p.getString("stage")));
                for (JsonObject m : p.getJsonArray("members").getValuesAs(JsonObject.class)) {
                    project.addMember(new ProjectMember(users.get(m.getString("user")).id(),
                            ProjectRole.valueOf(m.getString("role")), m.getBoolean("unpaid")));
                }
                em.persist(project);
                added++;
            }
            projectsByName.put(project.name(), project);
        }
        em.flush();
        added += demoSessions.load(council, projectsByName, users, today);
        em.flush();
        // Offers come before plans, which use them; themes after, as they are counted from the plans.
        Map<String, Long> offers = demoBridge.loadResults(projectList, projectsByName, users, today);
        Path plansFile = Path.of(file).resolveSibling("demo-plans.json");
        if (Files.exists(plansFile)) {
            added += demoPlans.load(read(plansFile), people, users, reviewDue, offers, today);
        }
        Map<String, SupportPlan> plans = new HashMap<>();
        for (Person person : people.values()) {
            SupportPlan plan = single(em.createQuery("SELECT s FROM SupportPlan s WHERE s.currentForPerson = :p",
                    SupportPlan.class).setParameter("p", person.id()));
            if (plan != null) {
                plans.put(person.reference(), plan);
            }
        }
        em.flush();
        added += demoBridge.attachThemes(projectList, projectsByName);
        added += loadPortalLinks(council, people);
        added += loadDecisions(council, plans, projectsByName, today);
        added += loadPrincipleScores(council, teams, today);
        LOG.info(added == 0 ? "Demo council already loaded" : "Demo council: " + added + " records added");
    }

    /**
     * Links family users to people through the portal, as the person's practitioner does, when the
     * person has no link yet; a link with "endedBecause" is ended at once, as when a person withdraws it.
     */
    private int loadPortalLinks(JsonObject council, Map<String, Person> people) {
        JsonArray list = council.getJsonArray("portalLinks");
        int loaded = 0;
        for (JsonObject l : list == null ? List.<JsonObject>of() : list.getValuesAs(JsonObject.class)) {
            long personId = people.get(l.getString("person")).id();
            try {
                String by = l.getString("by");
                if (!SystemTasks.runAs(by, () -> portal.linksOf(personId)).isEmpty()) {
                    continue;
                }
                java.util.Set<SectionKey> sections = l.getJsonArray("sections").getValuesAs(JsonString.class).stream()
                        .map(s -> SectionKey.fromPath(s.getString()).orElseThrow())
                        .collect(Collectors.toCollection(() -> java.util.EnumSet.noneOf(SectionKey.class)));
                long link = SystemTasks.runAs(by, () -> portal.link(personId, new PortalLinkDraft(l.getString("user"),
                        PortalRelationship.valueOf(l.getString("relationship")), sections, l.getString("personWishes"),
                        l.getString("childView", null))));
                // A link the person asked to end: the family user keeps their login and sees nothing of the plan.
                String ended = l.getString("endedBecause", null);
                if (ended != null) {
                    SystemTasks.runAs(by, () -> {
                        portal.end(link, ended);
                        return null;
                    });
                }
                loaded++;
            } catch (Exception e) {
                throw new IllegalStateException("A demo portal link was refused: " + e.getMessage(), e);
            }
        }
        return loaded;
    }

    /** This quarter's self-assessments against the co-production principles, as a team's manager records them. */
    private int loadPrincipleScores(JsonObject council, Map<String, Team> teams, LocalDate today) {
        JsonArray list = council.getJsonArray("principleScores");
        int loaded = 0;
        for (JsonObject a : list == null ? List.<JsonObject>of() : list.getValuesAs(JsonObject.class)) {
            long teamId = teams.get(a.getString("team")).id();
            String by = a.getString("by");
            try {
                if (!SystemTasks.runAs(by, () -> participationAudit.selfAssessment(teamId, today)).isEmpty()) {
                    continue;
                }
                List<org.coplan.participationaudit.PrincipleScoreDraft> drafts = new java.util.ArrayList<>();
                for (String scorer : List.of("TEAM", "PARTNERS")) {
                    JsonObject scores = a.getJsonObject(scorer);
                    for (String principle : scores.getJsonObject("scores").keySet()) {
                        drafts.add(new org.coplan.participationaudit.PrincipleScoreDraft(
                                org.coplan.participationaudit.Principle.valueOf(principle),
                                org.coplan.participationaudit.ScoredBy.valueOf(scorer),
                                scores.getJsonObject("scores").getInt(principle), scores.getString("who"), null));
                    }
                }
                SystemTasks.runAs(by, () -> {
                    participationAudit.saveSelfAssessment(teamId, today, drafts);
                    return null;
                });
                loaded += drafts.size();
            } catch (Exception e) {
                throw new IllegalStateException("Demo principle scores were refused: " + e.getMessage(), e);
            }
        }
        return loaded;
    }

    private static <T> T single(jakarta.persistence.TypedQuery<T> query) {
        return query.setMaxResults(1).getResultStream().findFirst().orElse(null);
    }

    /**
     * Decisions go through the decision ledger's service as the user who records them, so they
     * are validated, placed on the ladder and audited like any other.
     */
    private int loadDecisions(JsonObject council, Map<String, SupportPlan> plans, Map<String, CoDesignProject> projects,
                              LocalDate today) {
        JsonArray list = council.getJsonArray("decisions");
        int loaded = 0;
        Map<DecisionOwner, Boolean> alreadyHasDecisions = new HashMap<>();
        for (JsonObject d : list == null ? List.<JsonObject>of() : list.getValuesAs(JsonObject.class)) {
            DecisionOwner owner = d.containsKey("plan") ? DecisionOwner.plan(plans.get(d.getString("plan")).id())
                    : d.containsKey("session") ? DecisionOwner.session(sessionTitled(d.getString("session")))
                    : DecisionOwner.project(projects.get(d.getString("project")).id());
            boolean hasDecisions = alreadyHasDecisions.computeIfAbsent(owner, o -> ((Number) em.createNativeQuery(
                    switch (o.type()) {
                        case PROJECT -> "SELECT COUNT(*) FROM decision WHERE project_id = ?1";
                        case SESSION -> "SELECT COUNT(*) FROM decision WHERE session_id = ?1";
                        default -> "SELECT COUNT(*) FROM decision WHERE support_plan_id = ?1";
                    })
                    .setParameter(1, o.id()).getSingleResult()).longValue() > 0);
            if (hasDecisions) {
                continue;
            }
            DecisionDraft draft = new DecisionDraft(d.getString("question"),
                    d.getJsonArray("options").getValuesAs(JsonString.class).stream().map(JsonString::getString).toList(),
                    d.getString("outcome"), party(d.getJsonObject("proposedBy")),
                    d.getJsonArray("participants").getValuesAs(JsonObject.class).stream().map(DemoCouncil::party).toList(),
                    d.getJsonArray("deciders").getValuesAs(JsonObject.class).stream().map(DemoCouncil::party).toList(),
                    DecisionRule.valueOf(d.getString("rule")), null, null, d.getBoolean("inputChangedOutcome"),
                    d.getString("youSaid", null), d.getString("weDid", null),
                    today.minusDays(d.getInt("decidedDaysAgo")),
                    d.containsKey("fedBackDaysAgo") ? today.minusDays(d.getInt("fedBackDaysAgo")) : null);
            try {
                SystemTasks.runAs(d.getString("recordedBy"), () -> decisionService.record(owner, draft));
            } catch (Exception e) {
                throw new IllegalStateException("Demo decision '" + d.getString("question") + "' was refused", e);
            }
            loaded++;
        }
        return loaded;
    }

    private long sessionTitled(String title) {
        return ((Number) em.createNativeQuery("SELECT MIN(id) FROM project_session WHERE title = ?1").setParameter(1, title)
                .getSingleResult()).longValue();
    }

    private static DecisionParty party(JsonObject p) {
        return new DecisionParty(p.getString("name"), Standing.valueOf(p.getString("standing")));
    }

    private static JsonObject read(Path file) {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8); JsonReader json = Json.createReader(in)) {
            return json.readObject();
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read the demo council from " + file, e);
        }
    }
}
