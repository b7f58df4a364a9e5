package org.coplan.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The REST API over HTTP, as another tool would use it, with the demo council's logins. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ApiIT {

    static final String PASSWORD = "demo-council-2026";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.coplan();
    }

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final String base = System.getProperty("coplan.baseUrl", "http://localhost:8080/coplan");

    @Test
    void meNamesTheCallerAndTheirRoles() throws Exception {
        HttpResponse<String> response = get("/api/me", "sam.practitioner", PASSWORD);
        assertThat(response.statusCode()).isEqualTo(200);
        JsonObject me = object(response.body());
        assertThat(me.getString("username")).isEqualTo("sam.practitioner");
        assertThat(me.getJsonArray("roles").getString(0)).isEqualTo("practitioner");
    }

    @Test
    void anAdministratorChecksTheAuditTrailsHashChainAndNoOneElseMay() throws Exception {
        HttpResponse<String> response = get("/api/audit-trail/check", "ada.admin", PASSWORD);
        assertThat(response.statusCode()).isEqualTo(200);
        JsonObject check = object(response.body());
        assertThat(check.getBoolean("intact")).as(response.body()).isTrue();
        assertThat(check.getJsonNumber("links").longValue()).as("the demo council's events are sealed").isGreaterThan(1);
        assertThat(check.getJsonNumber("unsealed").longValue()).isZero();
        assertThat(check.containsKey("problem") && !check.isNull("problem")).as(response.body()).isFalse();
        for (String user : new String[] {"morgan.manager", "sam.practitioner", "alex.family"}) {
            assertThat(get("/api/audit-trail/check", user, PASSWORD).statusCode()).as(user).isEqualTo(404);
        }
    }

    @Test
    void withoutCredentialsEveryCallGets401AndNoData() throws Exception {
        for (String path : new String[] {"/api/me", "/api/people", "/api/people/1"}) {
            HttpResponse<String> response = get(path, null, null);
            assertThat(response.statusCode()).as(path).isEqualTo(401);
            assertThat(response.body()).as(path).doesNotContain("reference");
        }
        assertThat(get("/api/me", "sam.practitioner", "wrong-password-123").statusCode()).isEqualTo(401);
        assertThat(get("/api/me", "no.such.user", PASSWORD).statusCode()).isEqualTo(401);
    }

    @Test
    void peopleIsTheCallersCaseloadPagedWithTheTotalInAHeader() throws Exception {
        HttpResponse<String> firstPage = get("/api/people?page=0&size=3", "sam.practitioner", PASSWORD);
        assertThat(firstPage.statusCode()).isEqualTo(200);
        JsonArray rows = array(firstPage.body());
        assertThat(rows).hasSize(3);
        long total = Long.parseLong(firstPage.headers().firstValue("X-Total-Count").orElseThrow());
        assertThat(total).isGreaterThanOrEqualTo(10);
        JsonObject first = rows.getJsonObject(0);
        assertThat(first.containsKey("id")).isTrue();
        assertThat(first.getString("name")).isNotBlank();
        assertThat(first.getString("team")).isEqualTo("Leith Adult Support Team");

        HttpResponse<String> secondPage = get("/api/people?page=1&size=3", "sam.practitioner", PASSWORD);
        assertThat(array(secondPage.body()).getJsonObject(0).getJsonNumber("id").longValue())
                .isNotEqualTo(first.getJsonNumber("id").longValue());
        assertThat(get("/api/people?size=5000", "sam.practitioner", PASSWORD).statusCode()).isEqualTo(400);
    }

    @Test
    void theCaseloadCanBeSearchedByReference() throws Exception {
        HttpResponse<String> found = get("/api/people?q=AD-0105", "sam.practitioner", PASSWORD);
        assertThat(found.headers().firstValue("X-Total-Count")).contains("1");
        assertThat(array(found.body()).getJsonObject(0).getString("name")).isEqualTo("Eilidh Fraser");
        assertThat(get("/api/people?q=CH-0201", "sam.practitioner", PASSWORD).headers().firstValue("X-Total-Count"))
                .contains("0");
    }

    @Test
    void aPersonOfAnotherTeamIsIndistinguishableFromOneThatDoesNotExist() throws Exception {
        long childId = array(get("/api/people?size=1", "jo.practitioner", PASSWORD).body())
                .getJsonObject(0).getJsonNumber("id").longValue();
        assertThat(get("/api/people/" + childId, "jo.practitioner", PASSWORD).statusCode()).isEqualTo(200);

        HttpResponse<String> otherTeam = get("/api/people/" + childId, "sam.practitioner", PASSWORD);
        HttpResponse<String> missing = get("/api/people/999999999", "sam.practitioner", PASSWORD);
        HttpResponse<String> notAnId = get("/api/people/abc", "sam.practitioner", PASSWORD);
        assertThat(otherTeam.statusCode()).isEqualTo(404);
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(notAnId.statusCode()).isEqualTo(404);
        assertThat(otherTeam.body()).isEqualTo(missing.body());
        assertThat(get("/api/people/" + childId, "ada.admin", PASSWORD).statusCode()).isEqualTo(404);
    }

    @Test
    void onePersonHasTheirDetails() throws Exception {
        JsonObject first = array(get("/api/people?size=1", "sam.practitioner", PASSWORD).body()).getJsonObject(0);
        HttpResponse<String> response = get("/api/people/" + first.getJsonNumber("id"), "sam.practitioner", PASSWORD);
        JsonObject person = object(response.body());
        assertThat(person.getString("name")).isEqualTo(first.getString("name"));
        assertThat(person.getInt("age")).isEqualTo(first.getInt("age"));
        assertThat(person.getString("serviceArea")).isEqualTo("ADULTS");
    }

    @Test
    void aManagerGetsAPersonsSubjectAccessCopyAndNoOneElseDoes() throws Exception {
        JsonObject first = array(get("/api/people?size=1", "morgan.manager", PASSWORD).body()).getJsonObject(0);
        String path = "/api/people/" + first.getJsonNumber("id") + "/subject-access";
        HttpResponse<String> response = get(path, "morgan.manager", PASSWORD);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-store");
        JsonObject copy = object(response.body());
        assertThat(copy.getString("personName")).isEqualTo(first.getString("name"));
        assertThat(copy.getString("personReference")).isEqualTo(first.getString("reference"));
        assertThat(copy.getJsonObject("person").getString("reference")).isEqualTo(first.getString("reference"));
        assertThat(copy).containsKeys("producedAt", "producedBy", "request", "thirdPartiesRedacted", "notes", "supportPlans",
                "portalLinks", "subjectAccessRequests", "recordViews");
        assertThat(copy.getJsonArray("recordViews")).isNotEmpty();

        HttpResponse<String> missing = get("/api/people/999999999/subject-access", "morgan.manager", PASSWORD);
        assertThat(missing.statusCode()).isEqualTo(404);
        for (String user : new String[] {"sam.practitioner", "ada.admin", "alex.family"}) {
            HttpResponse<String> refused = get(path, user, PASSWORD);
            assertThat(refused.statusCode()).as(user).isIn(403, 404);
            assertThat(refused.body()).as(user).doesNotContain(first.getString("reference"));
        }
    }

    @Test
    void healthIsReadyWhenTheDatabaseAnswers() throws Exception {
        HttpResponse<String> ready = http.send(HttpRequest.newBuilder(URI.create(server() + "/health/ready")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(ready.statusCode()).isEqualTo(200);
        assertThat(ready.body()).contains("coplan-database").contains("UP");
    }

    @Test
    void theOpenApiDocumentDescribesEveryEndpoint() throws Exception {
        HttpResponse<String> doc = http.send(HttpRequest.newBuilder(URI.create(server() + "/openapi")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(doc.statusCode()).isEqualTo(200);
        assertThat(doc.body()).contains("/api/me", "/api/people", "/api/people/{id}", "X-Total-Count", "/api/people/{id}/subject-access");
    }

    private String server() {
        return base.substring(0, base.indexOf("/coplan"));
    }

    private HttpResponse<String> get(String path, String user, String password) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofSeconds(30)).header("Accept", "application/json");
        if (user != null) {
            String token = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
            request.header("Authorization", "Basic " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonObject object(String body) {
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            return reader.readObject();
        }
    }

    private static JsonArray array(String body) {
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            return reader.readArray();
        }
    }
}
