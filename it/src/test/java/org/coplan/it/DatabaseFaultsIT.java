package org.coplan.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * On PostgreSQL, CoPlan's database connection is cut in the middle of saving a plan section
 * through the API (see {@link DatabaseFault}): nothing of the save remains, the caller gets a
 * plain 503 it can act on, and the same save goes through when sent again, with no restart.
 */
@EnabledIfSystemProperty(named = "coplan.db", matches = "postgresql")
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DatabaseFaultsIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.coplan();
    }

    private static final ExecutorService BACKGROUND = Executors.newSingleThreadExecutor();

    private final Api api = new Api();

    @AfterAll
    static void stopBackground() {
        BACKGROUND.shutdownNow();
    }

    @Test
    void aSaveCutOffFromTheDatabasePartWayLeavesNothingHalfWrittenAnswers503AndWorksWhenSentAgain() throws Exception {
        long person = api.personId("sam.practitioner", "AD-0107");
        HttpResponse<String> read = api.send("GET", "/api/people/" + person + "/plan", "sam.practitioner", null);
        JsonObject plan = Api.object(read.body());
        long planId = plan.getJsonNumber("id").longValue();
        int versionNo = plan.getJsonObject("version").getInt("number");
        assertThat(plan.getJsonObject("version").getString("status")).isEqualTo("DRAFT");
        String etag = read.headers().firstValue("ETag").orElseThrow();
        String versionsBefore = api.send("GET", "/api/plans/" + planId + "/versions", "sam.practitioner", null).body();
        String versionBefore = api.send("GET", "/api/plans/" + planId + "/versions/" + versionNo, "sam.practitioner", null).body();
        long savesBefore = savesAudited(planId);
        String about = "{\"importantToMe\":\"My allotment, and my sister Ngozi.\",\"admiredFor\":\"Never missing a choir practice\","
                + "\"howToSupport\":\"Give me time to answer.\",\"writtenBy\":\"PERSON\"}";

        Future<HttpResponse<String>> saving;
        DatabaseFault.Stopped stopped;
        try (DatabaseFault fault = DatabaseFault.lockSection(planId, versionNo, "about-me")) {
            saving = BACKGROUND.submit(() -> api.send("PUT", "/api/plans/" + planId + "/sections/about-me", "sam.practitioner",
                    about, "If-Match", etag));
            stopped = fault.awaitStopped(Duration.ofSeconds(30));
            System.out.println("Save stopped, about to be cut: " + stopped);
            fault.cut(stopped);
        }
        HttpResponse<String> cutOff = saving.get(60, TimeUnit.SECONDS);

        // The save had begun writing (its transaction had a transaction id) when it was stopped at the section's row.
        assertThat(stopped.wroteAlready()).as("the save had written part of its change").isTrue();
        assertThat(stopped.statement()).containsIgnoringCase("plan_section");
        assertThat(cutOff.statusCode()).isEqualTo(503);
        assertThat(cutOff.headers().firstValue("Retry-After")).contains("5");
        assertThat(Api.object(cutOff.body()).getString("message"))
                .isEqualTo("The database did not answer, so nothing was changed. Try again in a moment.");
        assertThat(cutOff.body()).doesNotContain("Exception", "SQL");

        // Nothing half-written: the version, its sections, its revision and the audit trail are as they were.
        assertThat(api.send("GET", "/api/plans/" + planId + "/versions", "sam.practitioner", null).body()).isEqualTo(versionsBefore);
        assertThat(api.send("GET", "/api/plans/" + planId + "/versions/" + versionNo, "sam.practitioner", null).body())
                .isEqualTo(versionBefore);
        assertThat(savesAudited(planId)).isEqualTo(savesBefore);

        // The same request, with the same ETag, now goes through: CoPlan recovered by itself.
        HttpResponse<String> again = api.send("PUT", "/api/plans/" + planId + "/sections/about-me", "sam.practitioner", about,
                "If-Match", etag);
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(Api.object(again.body()).getJsonObject("sections").getJsonObject("about-me").getString("importantToMe"))
                .isEqualTo("My allotment, and my sister Ngozi.");
        assertThat(savesAudited(planId)).isEqualTo(savesBefore + 1);
    }

    @Test
    void afterEveryConnectionOfCoPlanIsCutAsARestartOfTheDatabaseWouldTheNextCallsWorkWithoutRestartingCoPlan() throws Exception {
        assertThat(api.send("GET", "/api/people?size=5", "sam.practitioner", null).statusCode()).isEqualTo(200);
        assertThat(DatabaseFault.cutEveryConnection()).as("CoPlan's connections cut").isPositive();
        for (String user : new String[] {"sam.practitioner", "ravi.practitioner", "morgan.manager"}) {
            assertThat(api.send("GET", "/api/people?size=5", user, null).statusCode()).as(user).isEqualTo(200);
        }
    }

    private static long savesAudited(long planId) throws Exception {
        try (Connection db = DatabaseFault.connectAsApplicationRole(); PreparedStatement count = db.prepareStatement(
                "SELECT count(*) FROM audit_event WHERE action = 'plan.section.save' AND record_id = ?")) {
            count.setLong(1, planId);
            try (ResultSet r = count.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }
}
