package org.coplan.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The support plans' REST API, with the demo council's logins: reading plans and versions, saving a section safely. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PlanApiIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.coplan();
    }

    private final Api api = new Api();

    @Test
    void aPractitionerReadsAPersonsCurrentPlanWithEverySectionAndItsEtag() throws Exception {
        long person = api.personId("sam.practitioner", "AD-0103");
        HttpResponse<String> current = api.send("GET", "/api/people/" + person + "/plan", "sam.practitioner", null);
        assertThat(current.statusCode()).isEqualTo(200);
        JsonObject plan = Api.object(current.body());
        assertThat(plan.getJsonObject("version").getJsonObject("sections").keySet())
                .containsExactly("about-me", "circle", "strengths", "outcomes", "path", "actions", "risks");
        assertThat(plan.getJsonObject("version").getJsonObject("sections").getJsonObject("about-me").getString("importantToMe")).isNotBlank();
        String etag = current.headers().firstValue("ETag").orElseThrow();
        assertThat(etag).isEqualTo("\"" + plan.getJsonObject("version").getString("etag") + "\"");

        long planId = plan.getJsonNumber("id").longValue();
        assertThat(api.send("GET", "/api/plans/" + planId, "sam.practitioner", null).body()).isEqualTo(current.body());
        JsonObject first = Api.array(api.send("GET", "/api/plans/" + planId + "/versions", "sam.practitioner", null).body()).getJsonObject(0);
        assertThat(first.getInt("number")).isEqualTo(1);
        HttpResponse<String> v1 = api.send("GET", "/api/plans/" + planId + "/versions/1", "sam.practitioner", null);
        assertThat(v1.statusCode()).isEqualTo(200);
        assertThat(Api.object(v1.body()).getString("status")).isIn("AGREED", "SUPERSEDED", "UNDER_REVIEW", "CLOSED");
    }

    @Test
    void savingASectionNeedsTheEtagReadAndAStaleOneAnswers409NamingWhoSavedFirst() throws Exception {
        long person = api.personId("sam.practitioner", "AD-0105");
        HttpResponse<String> read = api.send("GET", "/api/people/" + person + "/plan", "sam.practitioner", null);
        JsonObject plan = Api.object(read.body());
        assertThat(plan.getJsonObject("version").getString("status")).isEqualTo("DRAFT");
        long planId = plan.getJsonNumber("id").longValue();
        String etag = read.headers().firstValue("ETag").orElseThrow();
        String path = "{\"northStar\":\"Living well with MS, in my own flat\",\"goal\":\"Back at the choir by spring\","
                + "\"now\":\"\",\"enrol\":\"\",\"buildStrength\":\"\",\"nextSteps\":\"\",\"firstStep\":\"Ring the choir leader\"}";

        HttpResponse<String> saved = api.send("PUT", "/api/plans/" + planId + "/sections/path", "sam.practitioner", path, "If-Match", etag);
        assertThat(saved.statusCode()).isEqualTo(200);
        assertThat(saved.headers().firstValue("ETag").orElseThrow()).isNotEqualTo(etag);
        assertThat(Api.object(saved.body()).getJsonObject("sections").getJsonObject("path").getString("firstStep")).isEqualTo("Ring the choir leader");

        HttpResponse<String> stale = api.send("PUT", "/api/plans/" + planId + "/sections/path", "ravi.practitioner",
                path.replace("choir", "band"), "If-Match", etag);
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(Api.object(stale.body()).getString("savedBy")).startsWith("Sam Practitioner, at ");
        assertThat(Api.object(api.send("GET", "/api/plans/" + planId, "sam.practitioner", null).body())
                .getJsonObject("version").getJsonObject("sections").getJsonObject("path").getString("goal")).contains("choir");

        assertThat(api.send("PUT", "/api/plans/" + planId + "/sections/path", "sam.practitioner", path).statusCode()).isEqualTo(428);
        HttpResponse<String> bad = api.send("PUT", "/api/plans/" + planId + "/sections/actions", "sam.practitioner",
                "{\"items\":[{\"what\":\"\"}]}", "If-Match", saved.headers().firstValue("ETag").orElseThrow());
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(Api.fields(bad)).contains("items[0].what", "items[0].who", "items[0].whoKind");
        assertThat(api.send("PUT", "/api/plans/" + planId + "/sections/measures", "sam.practitioner", "{}", "If-Match", etag)
                .statusCode()).isEqualTo(404);
    }

    @Test
    void anotherTeamsPlanIsNotFoundByEveryRoute() throws Exception {
        long person = api.personId("sam.practitioner", "AD-0101");
        long planId = api.planOf("sam.practitioner", "AD-0101");
        String notFound = api.send("GET", "/api/plans/999999999", "jo.practitioner", null).body();
        for (String path : new String[] {"/api/plans/" + planId, "/api/plans/" + planId + "/versions",
                "/api/plans/" + planId + "/versions/1", "/api/people/" + person + "/plan"}) {
            for (String user : new String[] {"jo.practitioner", "fran.facilitator", "alex.family", "pat.partner", "ada.admin"}) {
                HttpResponse<String> answer = api.send("GET", path, user, null);
                assertThat(answer.statusCode()).as(user + " " + path).isEqualTo(404);
                assertThat(answer.body()).as(user + " " + path).isEqualTo(notFound);
            }
        }
        assertThat(api.send("PUT", "/api/plans/" + planId + "/sections/about-me", "jo.practitioner", "{}", "If-Match", "\"1-1\"")
                .statusCode()).isEqualTo(404);
        assertThat(api.send("GET", "/api/plans/" + planId, "morgan.manager", null).statusCode()).isEqualTo(200);
    }
}
