package org.coplan.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The decision ledger's REST API, with the demo council's logins. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DecisionApiIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.coplan();
    }

    private final Api api = new Api();

    @Test
    void laddersListEveryRungWithItsMeaning() throws Exception {
        JsonArray ladders = Api.array(api.send("GET", "/api/ladders", "ada.admin", null).body());
        assertThat(ladders.getValuesAs(JsonObject.class)).extracting(l -> l.getString("code")).contains("TLAP", "HART", "ARNSTEIN");
        JsonObject tlap = ladders.getValuesAs(JsonObject.class).stream().filter(l -> l.getString("code").equals("TLAP")).findFirst().orElseThrow();
        assertThat(tlap.getJsonArray("rungs")).hasSize(7);
        assertThat(tlap.getJsonArray("rungs").getJsonObject(0).getString("description")).isNotBlank();
    }

    @Test
    void aPractitionerRecordsAndReadsDecisionsOnTheirOwnTeamsPlan() throws Exception {
        long plan = api.planOf("sam.practitioner", "AD-0105");
        String body = decisionJson("PERSON_DECIDED", "[{\"name\":\"Eilidh Fraser\",\"standing\":\"PERSON\"}]", LocalDate.now().toString());
        HttpResponse<String> created = api.send("POST", "/api/plans/" + plan + "/decisions", "sam.practitioner", body);
        assertThat(created.statusCode()).isEqualTo(201);
        String location = created.headers().firstValue("Location").orElseThrow();
        assertThat(location).contains("/api/decisions/");
        JsonObject decision = Api.object(created.body());
        assertThat(decision.getJsonArray("versions").getJsonObject(0).getJsonObject("rung").getString("name")).isEqualTo("Co-production");

        HttpResponse<String> again = api.send("GET", location.substring(location.indexOf("/api/")), "sam.practitioner", null);
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(Api.object(again.body()).getInt("currentVersionNo")).isEqualTo(1);
        assertThat(Api.array(api.send("GET", "/api/plans/" + plan + "/decisions", "sam.practitioner", null).body()).getValuesAs(JsonObject.class))
                .extracting(d -> d.getJsonNumber("id").longValue()).contains(decision.getJsonNumber("id").longValue());

        assertThat(api.send("GET", location.substring(location.indexOf("/api/")), "jo.practitioner", null).statusCode()).isEqualTo(404);
        assertThat(api.send("GET", "/api/plans/" + plan + "/decisions", "jo.practitioner", null).statusCode()).isEqualTo(404);
        assertThat(api.send("POST", "/api/plans/" + plan + "/decisions", "jo.practitioner", body).statusCode()).isEqualTo(404);
        assertThat(api.send("GET", "/api/plans/999999999/decisions", "sam.practitioner", null).body())
                .isEqualTo(api.send("GET", "/api/plans/" + plan + "/decisions", "jo.practitioner", null).body());
    }

    @Test
    void invalidInputAnswers400NamingEachBadField() throws Exception {
        long plan = api.planOf("sam.practitioner", "AD-0105");
        HttpResponse<String> empty = api.send("POST", "/api/plans/" + plan + "/decisions", "sam.practitioner", "{}");
        assertThat(empty.statusCode()).isEqualTo(400);
        assertThat(Api.fields(empty)).contains("question", "outcome", "options", "proposedBy", "deciders", "rule", "decidedOn");

        HttpResponse<String> badCodes = api.send("POST", "/api/plans/" + plan + "/decisions", "sam.practitioner",
                decisionJson("BY_MAGIC", "[{\"name\":\"Eilidh\",\"standing\":\"WIZARD\"}]", "28/11/2026"));
        assertThat(badCodes.statusCode()).isEqualTo(400);
        assertThat(Api.fields(badCodes)).contains("rule", "deciders", "decidedOn");

        HttpResponse<String> wrongRule = api.send("POST", "/api/plans/" + plan + "/decisions", "sam.practitioner",
                decisionJson("PERSON_DECIDED", "[{\"name\":\"Sam\",\"standing\":\"PRACTITIONER\"}]", LocalDate.now().toString()));
        assertThat(wrongRule.statusCode()).isEqualTo(400);
        assertThat(Api.fields(wrongRule)).containsExactly("deciders");

        assertThat(api.send("POST", "/api/plans/" + plan + "/decisions", "sam.practitioner", "not json").statusCode()).isEqualTo(400);
    }

    @Test
    void aPartnerRatesAProjectDecisionAndTheGapIsShown() throws Exception {
        JsonObject project = Api.array(api.send("GET", "/api/projects", "pat.partner", null).body()).getJsonObject(0);
        long projectId = project.getJsonNumber("id").longValue();
        JsonObject first = Api.array(api.send("GET", "/api/projects/" + projectId + "/decisions", "pat.partner", null).body()).getJsonObject(0);
        long decisionId = first.getJsonNumber("id").longValue();
        int staffOrdinal = first.getJsonObject("rung").getInt("ordinal");
        long informing = rungId("TLAP", "INFORMING");

        HttpResponse<String> rated = api.send("POST", "/api/decisions/" + decisionId + "/ratings", "pat.partner",
                "{\"rungId\":" + informing + ",\"comment\":\"We heard about it afterwards\"}");
        assertThat(rated.statusCode()).isEqualTo(201);
        JsonObject details = Api.object(rated.body());
        assertThat(details.getJsonArray("ratings").getValuesAs(JsonObject.class))
                .anySatisfy(r -> assertThat(r.getString("comment")).isEqualTo("We heard about it afterwards"));
        assertThat(details.getJsonNumber("gap").doubleValue()).isBetween(-7.0, staffOrdinal - 1.0);

        assertThat(api.send("POST", "/api/decisions/" + decisionId + "/ratings", "pat.partner", "{\"rungId\":999999}").statusCode())
                .isEqualTo(400);
        assertThat(api.send("GET", "/api/projects/" + projectId + "/decisions", "jo.practitioner", null).statusCode()).isEqualTo(404);
        assertThat(api.send("POST", "/api/decisions/" + decisionId + "/ratings", "jo.practitioner",
                "{\"rungId\":" + informing + "}").statusCode()).isEqualTo(404);
    }

    private long rungId(String ladder, String code) throws Exception {
        return Api.array(api.send("GET", "/api/ladders", "pat.partner", null).body()).getValuesAs(JsonObject.class).stream()
                .filter(l -> l.getString("code").equals(ladder)).findFirst().orElseThrow()
                .getJsonArray("rungs").getValuesAs(JsonObject.class).stream()
                .filter(r -> r.getString("code").equals(code)).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
    }

    private static String decisionJson(String rule, String deciders, String decidedOn) {
        return "{\"question\":\"Who chooses the new carer?\",\"options\":[\"Agency picks\",\"Eilidh interviews\"],"
                + "\"outcome\":\"Eilidh interviews and chooses\",\"proposedBy\":{\"name\":\"Eilidh Fraser\",\"standing\":\"PERSON\"},"
                + "\"participants\":[{\"name\":\"Sam Practitioner\",\"standing\":\"PRACTITIONER\"}],"
                + "\"deciders\":" + deciders + ",\"rule\":\"" + rule + "\",\"inputChangedOutcome\":true,"
                + "\"youSaid\":\"I want to meet them first\",\"weDid\":\"Eilidh sits on the interview\",\"decidedOn\":\"" + decidedOn + "\"}";
    }

}
