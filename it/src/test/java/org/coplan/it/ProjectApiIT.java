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
}
