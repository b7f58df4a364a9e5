package org.coplan.benchmark;

import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.csv;
import static io.gatling.javaapi.core.CoreDsl.during;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.form;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.http.HttpDsl.currentLocation;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A working day at a large council, squeezed: practitioners open their caseload and a plan, save
 * a section and record a decision; families open the portal; managers open the participation
 * audit for their service area, and a head of service for the whole council. Every journey also
 * fetches one static file from the same Payara: the floor the pages are compared with.
 *
 * Loopback only, bounded in users and time. System properties: users (50), duration (seconds of
 * steady load, 180), ramp (seconds, 30), baseUrl (http://127.0.0.1:8080), feeders (the folder of
 * the CSV files run.sh writes from the database), password (benchmark-2026).
 */
public class CouncilSimulation extends Simulation {

    private static final String BASE = System.getProperty("baseUrl", "http://127.0.0.1:8080");
    private static final int USERS = Integer.getInteger("users", 50);
    private static final int DURATION = Integer.getInteger("duration", 180);
    private static final int RAMP = Integer.getInteger("ramp", 30);
    private static final String PASSWORD = System.getProperty("password", "benchmark-2026");
    private static final Path FEEDERS = Path.of(System.getProperty("feeders", "../target/benchmark/feeders")).toAbsolutePath();
    private static final String APP = "/coplan";

    static {
        if (!BASE.startsWith("http://127.0.0.1:") && !BASE.startsWith("http://localhost:")) {
            throw new IllegalArgumentException("The benchmark drives loopback addresses only, not " + BASE);
        }
    }

    private final HttpProtocolBuilder protocol = http.baseUrl(BASE)
            .acceptHeader("text/html,application/xhtml+xml,application/json;q=0.9,*/*;q=0.8")
            .acceptLanguageHeader("en-GB,en;q=0.8")
            .userAgentHeader("CoPlan benchmark (Gatling)")
            .disableCaching(); // the static floor is fetched from the server every time

    /** Signs in through the login form, as a person does, and keeps the session cookie. */
    private static ChainBuilder signIn() {
        return exec(http("login page").get(APP + "/login.xhtml")
                .check(css("input[name='jakarta.faces.ViewState']", "value").saveAs("viewState")))
                .exec(http("sign in").post(APP + "/login.xhtml")
                        .formParam("login", "login")
                        .formParam("login:username", "#{username}")
                        .formParam("login:password", PASSWORD)
                        .formParam("login:submit", "Sign in")
                        .formParam("jakarta.faces.ViewState", "#{viewState}")
                        .check(currentLocation().transform(l -> !l.contains("/login.xhtml")).is(true)));
    }

    private static ChainBuilder staticFloor() {
        return exec(http("floor: static page").get(APP + "/resources/css/coplan.css").check(status().is(200)));
    }

    private static ChainBuilder think(int fromSeconds, int toSeconds) {
        return exec(session -> session).pause(Duration.ofSeconds(fromSeconds), Duration.ofSeconds(toSeconds));
    }

    private static final String DECISION = "{\"question\":\"Which day centre sessions to keep\","
            + "\"options\":[\"Keep Tuesdays\",\"Swap to Thursdays\"],\"outcome\":\"Swap to Thursdays\","
            + "\"proposedBy\":{\"name\":\"The person\",\"standing\":\"PERSON\"},"
            + "\"participants\":[{\"name\":\"Their practitioner\",\"standing\":\"PRACTITIONER\"}],"
            + "\"deciders\":[{\"name\":\"The person\",\"standing\":\"PERSON\"}],\"rule\":\"PERSON_DECIDED\","
            + "\"inputChangedOutcome\":true,\"youSaid\":\"Thursdays suit me\",\"weDid\":\"We moved the sessions\","
            + "\"decidedOn\":\"#{today}\"}";

    private final ScenarioBuilder practitioners = scenario("Practitioners")
            .feed(csv(FEEDERS.resolve("practitioners.csv").toString()).circular())
            .exec(session -> session.set("today", java.time.LocalDate.now().toString()))
            .exec(signIn())
            .during(Duration.ofSeconds(DURATION)).on(
                    exec(http("caseload").get(APP + "/people/caseload.xhtml")
                            .check(regex("supportplan/plan\\.xhtml\\?id=(\\d+)").findAll().saveAs("planIds")))
                            .exec(session -> {
                                List<String> ids = session.getList("planIds");
                                return session.set("planId", ids.get(ThreadLocalRandom.current().nextInt(ids.size())));
                            })
                            .exec(think(1, 3))
                            .exec(http("plan page").get(APP + "/supportplan/plan.xhtml?id=#{planId}")
                                    .check(css("h1").exists()))
                            .exec(staticFloor())
                            .exec(think(1, 3))
                            .exec(http("edit section page").get(APP + "/supportplan/edit.xhtml?id=#{draftPlan}&section=about-me")
                                    .check(form("#editForm").saveAs("editForm"))
                                    .check(css("#editForm", "action").saveAs("editAction"))
                                    .check(css("#editForm textarea", "name").saveAs("firstArea")))
                            .exec(session -> {
                                Map<String, Object> fields = new LinkedHashMap<>(session.getMap("editForm"));
                                fields.put(session.getString("firstArea"),
                                        "My family, my garden and my routines (said again at " + System.nanoTime() + ")");
                                fields.put("editForm:save", "Save");
                                return session.set("editForm", fields);
                            })
                            .exec(think(2, 5))
                            .exec(http("save section").post("#{editAction}").formParamMap(session -> session.getMap("editForm"))
                                    .disableFollowRedirect()
                                    .check(status().is(302))
                                    .check(header("Location").saveAs("savedAt")))
                            .exec(think(1, 3))
                            .exec(http("record decision (API)").post(APP + "/api/plans/#{draftPlan}/decisions")
                                    .header("Content-Type", "application/json").body(StringBody(DECISION))
                                    .check(status().is(201)))
                            .exec(think(1, 3)));

    private final ScenarioBuilder families = scenario("Families")
            .feed(csv(FEEDERS.resolve("families.csv").toString()).circular())
            .exec(signIn())
            .during(Duration.ofSeconds(DURATION)).on(
                    exec(http("portal home").get(APP + "/portal/home.xhtml")
                            .check(regex("portal/plan\\.xhtml\\?id=(\\d+)").saveAs("myPlan")))
                            .exec(think(1, 3))
                            .exec(http("portal plan").get(APP + "/portal/plan.xhtml?id=#{myPlan}").check(css("h1").exists()))
                            .exec(staticFloor())
                            .exec(think(2, 6)));

    private final ScenarioBuilder managers = scenario("Managers")
            .feed(csv(FEEDERS.resolve("managers.csv").toString()).circular())
            .exec(signIn())
            .during(Duration.ofSeconds(DURATION)).on(
                    exec(http("audit: service area").get(APP + "/manager/audit.xhtml?area=#{area}")
                            .check(css("h1").exists()))
                            .exec(staticFloor())
                            .exec(think(3, 8)));

    private final ScenarioBuilder headOfService = scenario("Head of service")
            .exec(session -> session.set("username", "head.council"))
            .exec(signIn())
            .during(Duration.ofSeconds(DURATION)).on(
                    exec(http("audit: whole council").get(APP + "/manager/audit.xhtml").check(css("h1").exists()))
                            .exec(staticFloor())
                            .exec(think(5, 10)));

    {
        int practitionerCount = Math.max(1, Math.round(USERS * 0.6f));
        int familyCount = Math.max(1, Math.round(USERS * 0.2f));
        int headCount = Math.max(1, Math.round(USERS * 0.06f));
        int managerCount = Math.max(1, USERS - practitionerCount - familyCount - headCount);
        List<PopulationBuilder> populations = new ArrayList<>();
        populations.add(practitioners.injectOpen(rampUsers(practitionerCount).during(RAMP)));
        populations.add(families.injectOpen(rampUsers(familyCount).during(RAMP)));
        populations.add(managers.injectOpen(rampUsers(managerCount).during(RAMP)));
        populations.add(headOfService.injectOpen(rampUsers(headCount).during(RAMP)));
        System.out.printf("Users: %d practitioners, %d family members, %d managers, %d head of service; %d s ramp, %d s steady%n",
                practitionerCount, familyCount, managerCount, headCount, RAMP, DURATION);
        setUp(populations).protocols(protocol)
                .maxDuration(Duration.ofSeconds(RAMP + DURATION + 120L))
                .assertions(global().failedRequests().count().is(0L));
    }
}
