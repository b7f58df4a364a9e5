package org.coplan.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** GET /api/audit/participation and its CSV, with the demo council. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AuditApiIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.coplan();
    }

    private final Api api = new Api();

    @Test
    void aManagerReadsEveryMeasureAsJsonAndCsvWithTheSameFilters() throws Exception {
        var response = api.send("GET", "/api/audit/participation?serviceArea=ADULTS", "morgan.manager", null);
        assertThat(response.statusCode()).isEqualTo(200);
        JsonObject report = Api.object(response.body());
        assertThat(report.keySet()).contains("filters", "teams", "projects", "plans", "projectChecks", "totals", "quarters", "thresholds");
        assertThat(report.getJsonObject("filters").getString("serviceArea")).isEqualTo("ADULTS");
        assertThat(report.getJsonArray("teams").getValuesAs(JsonObject.class)).isNotEmpty()
                .allSatisfy(t -> assertThat(t.getString("name")).doesNotContain("Children"));
        assertThat(report.getJsonObject("totals").getJsonNumber("decisions").longValue()).isPositive();
        assertThat(report.getJsonArray("quarters")).hasSize(4);

        var csv = api.send("GET", "/api/audit/participation.csv?serviceArea=ADULTS&purpose=Board%20report", "morgan.manager", null,
                "Accept", "text/csv");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        assertThat(csv.body()).contains("measure,group kind,group,value,count,of");

        assertThat(api.send("GET", "/api/audit/participation.csv?serviceArea=ADULTS", "morgan.manager", null, "Accept", "text/csv")
                .statusCode()).as("no purpose").isEqualTo(400);
        assertThat(Api.fields(api.send("GET", "/api/audit/participation?from=yesterday&team=x", "morgan.manager", null)))
                .containsExactlyInAnyOrder("from", "team");
        for (String user : new String[] {"sam.practitioner", "alex.family", "pat.partner", "ada.admin", "fran.facilitator"}) {
            assertThat(api.send("GET", "/api/audit/participation", user, null).statusCode()).as(user).isEqualTo(404);
        }
    }
}
