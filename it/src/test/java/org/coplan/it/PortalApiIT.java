package org.coplan.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The portal's API with the demo council: a family user reads their linked plan's shared sections, and nothing else. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PortalApiIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.coplan();
    }

    private final Api api = new Api();

    @Test
    void aFamilyUserReadsOnlyTheSectionsTheLinkAllowsAnd404ForAnyOtherPlan() throws Exception {
        var mine = Api.array(api.send("GET", "/api/me/plans", "alex.family", null).body()).getValuesAs(JsonObject.class);
        assertThat(mine).singleElement().satisfies(p -> assertThat(p.getString("personName")).isEqualTo("Leah Campbell"));
        long leah = mine.get(0).getJsonNumber("planId").longValue();
        var response = api.send("GET", "/api/plans/" + leah, "alex.family", null);
        assertThat(response.statusCode()).isEqualTo(200);
        JsonObject plan = Api.object(response.body());
        assertThat(plan.getJsonObject("sections").keySet())
                .containsExactlyInAnyOrder("about-me", "strengths", "outcomes", "path", "actions");
        assertThat(response.body()).doesNotContain("consents", "measures", "\"risks\"", "\"circle\"");

        long kai = api.planOf("jo.practitioner", "CH-0201");
        long aisha = api.planOf("sam.practitioner", "AD-0101");
        for (long other : new long[] {kai, aisha}) {
            assertThat(api.send("GET", "/api/plans/" + other, "alex.family", null).statusCode()).isEqualTo(404);
        }
        // The plan's decisions are the family's to read (and rate); its versions are not.
        assertThat(api.send("GET", "/api/plans/" + leah + "/decisions", "alex.family", null).statusCode()).isEqualTo(200);
        assertThat(api.send("GET", "/api/plans/" + kai + "/decisions", "alex.family", null).statusCode()).isEqualTo(404);
        for (String path : new String[] {"/versions", "/versions/1"}) {
            assertThat(api.send("GET", "/api/plans/" + leah + path, "alex.family", null).statusCode()).as(path).isEqualTo(404);
        }
        assertThat(api.send("PUT", "/api/plans/" + leah + "/sections/about-me", "alex.family", "{}", "If-Match", "\"1-1\"")
                .statusCode()).isEqualTo(404);
        assertThat(Api.array(api.send("GET", "/api/me/plans", "pat.partner", null).body())).isEmpty();
        // Staff still read the whole plan.
        assertThat(Api.object(api.send("GET", "/api/plans/" + leah, "jo.practitioner", null).body()).getJsonObject("version")
                .getJsonObject("sections").keySet()).contains("risks", "circle");
    }
}
