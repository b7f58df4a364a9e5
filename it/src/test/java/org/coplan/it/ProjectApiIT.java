package org.coplan.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The co-design projects' REST API with the demo council: a project, its sessions, and no one else's. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ProjectApiIT {

    static final String SHORT_BREAKS = "Short breaks for carers in Leith";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.coplan();
    }

    private final Api api = new Api();

    private long projectId(String user, String name) throws Exception {
        return Api.array(api.send("GET", "/api/projects", user, null).body()).getValuesAs(JsonObject.class).stream()
                .filter(p -> p.getString("name").equals(name)).findFirst().orElseThrow().getJsonNumber("id").longValue();
    }

    @Test
    void aMemberReadsTheProjectWithItsSessionsPledgesAndPayments() throws Exception {
        long id = projectId("pat.partner", SHORT_BREAKS);
        JsonObject project = Api.object(api.send("GET", "/api/projects/" + id, "pat.partner", null).body());
        assertThat(project.getBoolean("mayRun")).isFalse();
        assertThat(project.getJsonArray("members")).hasSize(4);
        assertThat(project.getJsonArray("pledges")).isNotEmpty();
        assertThat(project.getJsonObject("payments").getJsonNumber("pencePaid").longValue()).isPositive();
        var sessions = Api.array(api.send("GET", "/api/projects/" + id + "/sessions", "pat.partner", null).body())
                .getValuesAs(JsonObject.class);
        assertThat(sessions).extracting(s -> s.getString("method")).contains("WORLD_CAFE", "OPEN_SPACE", "SERIES_MEETING");
        JsonObject cafe = sessions.stream().filter(s -> s.getString("method").equals("WORLD_CAFE")).findFirst().orElseThrow();
        assertThat(cafe.getJsonObject("detail").getString("harvest")).isNotBlank();
        assertThat(cafe.getJsonArray("attendees")).isNotEmpty();
    }

    @Test
    void someoneWhoIsNotAMemberGetsNotFound() throws Exception {
        long id = projectId("fran.facilitator", SHORT_BREAKS);
        for (String user : new String[] {"jo.practitioner", "alex.family", "ada.admin", "ravi.practitioner"}) {
            assertThat(api.send("GET", "/api/projects/" + id, user, null).statusCode()).as(user).isEqualTo(404);
            assertThat(api.send("GET", "/api/projects/" + id + "/sessions", user, null).statusCode()).as(user).isEqualTo(404);
        }
        assertThat(api.send("GET", "/api/projects/" + id + "/decisions", "fran.facilitator", null).statusCode()).isEqualTo(200);
    }

    @Test
    void themesAndOffersComeWithCountsAndNeverAGroupUnderFive() throws Exception {
        long id = projectId("fran.facilitator", SHORT_BREAKS);
        var themes = Api.array(api.send("GET", "/api/projects/" + id + "/themes", "fran.facilitator", null).body())
                .getValuesAs(JsonObject.class);
        assertThat(themes).isNotEmpty().allSatisfy(t -> {
            assertThat(t.getString("kind")).isIn("UNMET_OUTCOME", "WORRY", "ASSET");
            assertThat(t.isNull("people") || t.getInt("people") >= 5).as(t.toString()).isTrue();
        });
        assertThat(themes).anySatisfy(t -> assertThat(t.getBoolean("attached")).isTrue());
        assertThat(api.send("GET", "/api/projects/" + id + "/themes", "ravi.practitioner", null).statusCode()).isEqualTo(404);
        assertThat(api.send("GET", "/api/projects/" + id + "/themes", "pat.partner", null).statusCode()).isEqualTo(400);

        var offers = Api.array(api.send("GET", "/api/offers", "ravi.practitioner", null).body()).getValuesAs(JsonObject.class);
        assertThat(offers).extracting(o -> o.getString("projectName")).contains(SHORT_BREAKS);
        assertThat(offers).anySatisfy(o -> assertThat(o.getInt("plansUsing")).isPositive());
        assertThat(offers).allSatisfy(o -> assertThat(o.getString("serviceArea")).isEqualTo("ADULTS"));
        // A family user who is a member of a project sees its offers, but never how many plans use them.
        assertThat(Api.array(api.send("GET", "/api/offers", "alex.family", null).body()).getValuesAs(JsonObject.class))
                .isNotEmpty().allSatisfy(o -> {
                    assertThat(o.getString("projectName")).isEqualTo("Young people's say in their support reviews");
                    assertThat(o.containsKey("plansUsing")).as("plansUsing").isFalse();
                });
        assertThat(Api.array(api.send("GET", "/api/offers", "chris.family", null).body())).isEmpty();
        var children = Api.array(api.send("GET", "/api/offers", "jo.practitioner", null).body()).getValuesAs(JsonObject.class);
        assertThat(children).isNotEmpty().allSatisfy(o -> assertThat(o.getString("serviceArea")).isEqualTo("CHILDREN"));
    }
}
