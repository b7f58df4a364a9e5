package org.coplan.demo;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
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
import java.time.Clock;
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
import org.coplan.participation.Ladder;
import org.coplan.participation.Rung;
import org.coplan.people.Person;
import org.coplan.people.Team;
import org.coplan.security.Passwords;
import org.coplan.security.Role;
import org.coplan.security.UserAccount;
import org.coplan.shared.ServiceArea;

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

    @PostConstruct
    void load() {
        String file = System.getProperty(PROPERTY);
        if (file == null || file.isBlank()) {
            return;
        }
        JsonObject council = read(Path.of(file));
        String firstTeam = council.getJsonArray("teams").getJsonObject(0).getString("name");
        boolean loaded = em.createQuery("SELECT COUNT(t) FROM Team t WHERE t.name = :name", Long.class)
                .setParameter("name", firstTeam).getSingleResult() > 0;
        if (loaded) {
            LOG.info("Demo council already loaded");
            return;
        }
        LocalDate today = LocalDate.now(Clock.systemUTC());
        Map<String, Team> teams = new HashMap<>();
        for (JsonObject t : council.getJsonArray("teams").getValuesAs(JsonObject.class)) {
            Team team = new Team(t.getString("name"), ServiceArea.valueOf(t.getString("serviceArea")), t.getString("locality"));
            em.persist(team);
            teams.put(t.getString("key"), team);
        }
        em.flush();
        String password = council.getString("password");
        Map<String, UserAccount> users = new HashMap<>();
        for (JsonObject u : council.getJsonArray("users").getValuesAs(JsonObject.class)) {
            Set<Role> roles = u.getJsonArray("roles").getValuesAs(JsonString.class).stream()
                    .map(r -> Role.valueOf(r.getString().toUpperCase()))
                    .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
            UserAccount account = new UserAccount(u.getString("username"), u.getString("name"),
                    Passwords.hash(password), roles, Instant.now());
            JsonArray memberOf = u.getJsonArray("teams");
            if (memberOf != null) {
                memberOf.getValuesAs(JsonString.class).forEach(k -> account.joinTeam(teams.get(k.getString()).id()));
            }
            em.persist(account);
            users.put(account.username(), account);
        }
        em.flush();
        int count = 0;
        for (JsonObject p : council.getJsonArray("people").getValuesAs(JsonObject.class)) {
            LocalDate born = today.minusYears(p.getInt("ageYears")).minusDays(p.getInt("extraDays", 40));
            Person person = new Person(p.getString("reference"), p.getString("givenName"), p.getString("familyName"),
                    born, teams.get(p.getString("team")));
            person.preferToBeCalled(p.getString("preferredName", null));
            if (p.containsKey("worker")) {
                person.allocateTo(users.get(p.getString("worker")).id());
            }
            if (p.containsKey("reviewDueInDays")) {
                person.reviewDueOn(today.plusDays(p.getInt("reviewDueInDays")));
            }
            em.persist(person);
            count++;
        }
        int projects = 0;
        JsonArray projectList = council.getJsonArray("projects");
        for (JsonObject p : projectList == null ? List.<JsonObject>of() : projectList.getValuesAs(JsonObject.class)) {
            Ladder ladder = em.createQuery("SELECT DISTINCT l FROM Ladder l LEFT JOIN FETCH l.rungs WHERE l.code = :code", Ladder.class)
                    .setParameter("code", p.getString("ladder")).getSingleResult();
            Rung target = ladder.rungs().stream().filter(r -> r.code().equals(p.getString("targetRung"))).findFirst()
                    .orElseThrow(() -> new IllegalStateException("No rung " + p.getString("targetRung")));
            CoDesignProject project = new CoDesignProject(p.getString("name"), p.getString("aim"), p.getString("locality"),
                    ServiceArea.valueOf(p.getString("serviceArea")), ladder, target);
            project.moveTo(ProjectStage.valueOf(p.getString("stage")));
            for (JsonObject m : p.getJsonArray("members").getValuesAs(JsonObject.class)) {
                project.addMember(new ProjectMember(users.get(m.getString("user")).id(),
                        ProjectRole.valueOf(m.getString("role")), m.getBoolean("unpaid")));
            }
            em.persist(project);
            projects++;
        }
        LOG.info("Demo council loaded: " + teams.size() + " teams, " + users.size() + " users, " + count + " people, "
                + projects + " co-design projects");
    }

    private static JsonObject read(Path file) {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8); JsonReader json = Json.createReader(in)) {
            return json.readObject();
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read the demo council from " + file, e);
        }
    }
}
