package org.coplan.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The portal's access matrix, with the demo council: every portal user, against their own plan,
 * another person's plan and a plan whose link has ended, by every route that carries an id —
 * the page's view parameter, the download links, the API's reads, its rating call (the id a
 * rating form's row carries) and a change. Only the linked family user reads their own plan;
 * every other cell answers "not found". Unshared sections never leave the server by any route.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PortalAccessMatrixIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.coplan();
    }

    /** alex.family is linked to Leah (CH-0202); chris.family's link to Aisha (AD-0101) has ended; pat.partner is a project partner. */
    private static final List<String> USERS = List.of("alex.family", "chris.family", "pat.partner");

    private enum Route { PAGE, PDF, JSON, ALL_JSON, MY_PLANS, API_PLAN, API_DECISIONS, API_RATE, API_CHANGE }

    private record Target(String name, String reference, long planId, long decisionId, long rungId) {
    }

    private final Api api = new Api();
    private final Map<String, Target> targets = new LinkedHashMap<>();

    @BeforeEach
    void findTheDemoPlans() throws Exception {
        for (String[] t : new String[][] {{"Leah Campbell", "CH-0202"}, {"Aisha", "AD-0101"}, {"another person", "AD-0103"}}) {
            long plan = api.planOf("morgan.manager", t[1]);
            JsonObject decision = Api.array(api.send("GET", "/api/plans/" + plan + "/decisions", "morgan.manager", null).body())
                    .getJsonObject(0);
            targets.put(t[1], new Target(t[0], t[1], plan, decision.getJsonNumber("id").longValue(),
                    decision.getJsonObject("rung").getJsonNumber("id").longValue()));
        }
    }

    private static boolean allowed(String user, Target target, Route route) {
        return user.equals("alex.family") && target.reference().equals("CH-0202") && route != Route.API_CHANGE;
    }

    @Test
    void onlyTheLinkedFamilyUserReadsTheirOwnPlanByAnyRoute() throws Exception {
        List<String> wrong = new ArrayList<>();
        int cells = 0;
        for (String user : USERS) {
            WebSession web = WebSession.signIn(user, Api.PASSWORD);
            for (Target target : targets.values()) {
                for (Route route : Route.values()) {
                    boolean expected = allowed(user, target, route);
                    Boolean got = reaches(web, user, target, route);
                    cells++;
                    if (got == null || got != expected) {
                        wrong.add(user + " × " + target.reference() + " × " + route + ": expected "
                                + (expected ? "allowed" : "refused") + ", got " + (got == null ? "an unexpected answer" : got ? "allowed" : "refused"));
                    }
                }
            }
        }
        assertThat(cells).isEqualTo(USERS.size() * targets.size() * Route.values().length);
        assertThat(wrong).as("cells of the access matrix that do not hold").isEmpty();
    }

    /**
     * True when the route gave the user the plan (or did what was asked), false when it answered
     * as for a plan that does not exist, null for any other answer (which fails the cell).
     */
    private Boolean reaches(WebSession web, String user, Target t, Route route) throws Exception {
        long p = t.planId();
        switch (route) {
            case PAGE -> {
                var page = web.get("/portal/plan.xhtml?id=" + p);
                boolean shown = page.bodyText().contains("Support plan of " + t.name());
                return page.status() == 200 && shown ? Boolean.TRUE : page.status() == 404 && !shown ? Boolean.FALSE : null;
            }
            case PDF -> {
                var file = web.get("/portal/download.xhtml?format=pdf&plan=" + p);
                return file.status() == 200 && new String(file.body(), 0, 5, StandardCharsets.ISO_8859_1).equals("%PDF-") ? Boolean.TRUE
                        : file.status() == 404 ? Boolean.FALSE : null;
            }
            case JSON -> {
                var file = web.get("/portal/download.xhtml?format=json&plan=" + p);
                return file.status() == 200 && Api.object(file.bodyText()).getJsonNumber("planId").longValue() == p ? Boolean.TRUE
                        : file.status() == 404 ? Boolean.FALSE : null;
            }
            case ALL_JSON -> {
                var file = web.get("/portal/download.xhtml?format=json&plan=all");
                if (file.status() == 404) {
                    return user.equals("pat.partner") ? Boolean.FALSE : null;
                }
                return file.status() == 200 && Api.object(file.bodyText()).getJsonArray("plans").getValuesAs(JsonObject.class).stream()
                        .anyMatch(o -> o.getJsonNumber("planId").longValue() == p);
            }
            case MY_PLANS -> {
                var mine = api.send("GET", "/api/me/plans", user, null);
                return mine.statusCode() == 200 ? Api.array(mine.body()).getValuesAs(JsonObject.class).stream()
                        .anyMatch(o -> o.getJsonNumber("planId").longValue() == p) : null;
            }
            case API_PLAN -> {
                return status(api.send("GET", "/api/plans/" + p, user, null).statusCode(), 200);
            }
            case API_DECISIONS -> {
                return status(api.send("GET", "/api/plans/" + p + "/decisions", user, null).statusCode(), 200);
            }
            case API_RATE -> {
                return status(api.send("POST", "/api/decisions/" + t.decisionId() + "/ratings", user,
                        "{\"rungId\":" + t.rungId() + ",\"comment\":\"Rated in the access test\"}").statusCode(), 201);
            }
            case API_CHANGE -> {
                return status(api.send("PUT", "/api/plans/" + p + "/sections/about-me", user,
                        "{\"importantToMe\":\"Changed by the portal\"}", "If-Match", "\"1-1\"").statusCode(), 200);
            }
            default -> throw new IllegalArgumentException(route.name());
        }
    }

    private static Boolean status(int got, int success) {
        return got == success ? Boolean.TRUE : got == 404 ? Boolean.FALSE : null;
    }

    @Test
    void sectionsTheLinkDoesNotShareNeverLeaveTheServer() throws Exception {
        Target leah = targets.get("CH-0202");
        WebSession alex = WebSession.signIn("alex.family", Api.PASSWORD);
        // The link shares About me, strengths, outcomes, PATH and actions: not risks, circle, consents or measures.
        Set<String> unshared = Set.of("risks", "circle", "consents", "measures");
        JsonObject api1 = Api.object(api.send("GET", "/api/plans/" + leah.planId(), "alex.family", null).body());
        JsonObject json = Api.object(alex.get("/portal/download.xhtml?format=json&plan=" + leah.planId()).bodyText());
        JsonObject all = Api.object(alex.get("/portal/download.xhtml?format=json&plan=all").bodyText()).getJsonArray("plans")
                .getJsonObject(0);
        for (JsonObject seen : List.of(api1, json, all)) {
            assertThat(seen.getJsonObject("sections").keySet()).doesNotContainAnyElementsOf(unshared).contains("about-me");
        }
        String page = alex.get("/portal/plan.xhtml?id=" + leah.planId()).bodyText();
        assertThat(page).contains("About me").doesNotContain("Risks and contingency", "Circle of support", "id=\"section-risks\"");
        for (String section : unshared) {
            assertThat(api.send("PUT", "/api/plans/" + leah.planId() + "/sections/" + section, "alex.family", "{}", "If-Match", "\"1-1\"")
                    .statusCode()).as(section).isEqualTo(404);
        }
        // Staff see the risks the family does not.
        JsonObject staff = Api.object(api.send("GET", "/api/plans/" + leah.planId(), "jo.practitioner", null).body());
        assertThat(staff.getJsonObject("version").getJsonObject("sections").keySet()).contains("risks", "circle");
    }

    @Test
    void aDownloadOfEverythingHoldsOnlyTheCallersOwnPlans() throws Exception {
        WebSession alex = WebSession.signIn("alex.family", Api.PASSWORD);
        var pdf = alex.get("/portal/download.xhtml?format=pdf&plan=all");
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.contentType()).startsWith("application/pdf");
        assertThat(new String(pdf.body(), 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        var plans = Api.object(alex.get("/portal/download.xhtml?format=json&plan=all").bodyText()).getJsonArray("plans");
        assertThat(plans.getValuesAs(JsonObject.class)).extracting(o -> o.getString("personName")).containsExactly("Leah Campbell");
        // The family user whose link ended gets an empty file, not someone else's plan.
        WebSession chris = WebSession.signIn("chris.family", Api.PASSWORD);
        assertThat(Api.object(chris.get("/portal/download.xhtml?format=json&plan=all").bodyText()).getJsonArray("plans")).isEmpty();
        // Formats other than PDF and JSON, and ids that are not numbers, are "not found".
        for (String path : List.of("format=xml&plan=all", "format=json&plan=abc", "format=json", "plan=all")) {
            assertThat(alex.get("/portal/download.xhtml?" + path).status()).as(path).isEqualTo(404);
        }
    }
}
