package org.coplan.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.annotation.Resource;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Inside the server, on H2 and PostgreSQL alike: the test itself takes every connection of
 * jdbc/coplan, then asks for a page and an API call over HTTP, as users would while CoPlan is
 * overloaded. Both must answer "busy, try again" (503 with Retry-After) within a few seconds, not
 * hang; once the connections are given back, the same page and call work again.
 */
@ExtendWith(ArquillianExtension.class)
class PoolExhaustionIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.coplanWithTests(PoolExhaustionIT.class, Api.class, WebSession.class, WebSession.Page.class,
                WebSession.Attempt.class);
    }

    @Resource(lookup = "jdbc/coplan")
    DataSource dataSource;

    @Test
    void withEveryConnectionInUseAPageAndAnApiCallAnswerBusyQuicklyAndWorkAgainOnceConnectionsAreFree() throws Exception {
        WebSession sam = WebSession.signIn("sam.practitioner", Api.PASSWORD);
        Api api = new Api();
        assertThat(sam.get("/people/caseload.xhtml").status()).isEqualTo(200);
        assertThat(api.send("GET", "/api/me", "sam.practitioner", null).statusCode()).isEqualTo(200);

        List<Connection> held = new ArrayList<>();
        try {
            // Take connections until the pool refuses one: that refusal took the pool's longest wait.
            long poolWait = -1;
            while (poolWait < 0) {
                long start = System.nanoTime();
                try {
                    held.add(dataSource.getConnection());
                } catch (SQLException refused) {
                    poolWait = millisSince(start);
                }
                assertThat(held).as("connections taken before the pool refused one").hasSizeLessThan(200);
            }
            assertThat(held).isNotEmpty();
            assertThat(poolWait).as("the pool's longest wait for a connection, in ms").isBetween(500L, 10_000L);

            long start = System.nanoTime();
            WebSession.Page page = sam.get("/people/caseload.xhtml");
            long pageMillis = millisSince(start);
            assertThat(page.status()).isEqualTo(503);
            assertThat(page.headers().firstValue("Retry-After")).contains("5");
            assertThat(page.contentType()).startsWith("text/html");
            assertThat(page.bodyText()).contains("CoPlan is busy", "Please wait a few seconds, then try again.")
                    .doesNotContain("SQLException", "Caused by", "at org.coplan");
            assertThat(pageMillis).as("ms until the page answered busy").isLessThan(3 * poolWait);

            start = System.nanoTime();
            HttpResponse<String> call = api.send("GET", "/api/people?size=5", "sam.practitioner", null);
            long callMillis = millisSince(start);
            assertThat(call.statusCode()).isEqualTo(503);
            assertThat(call.headers().firstValue("Retry-After")).contains("5");
            assertThat(Api.object(call.body()).getString("message")).isEqualTo(
                    "CoPlan is very busy just now, so nothing was changed. Try again in a few seconds.");
            assertThat(callMillis).as("ms until the API answered busy").isLessThan(3 * poolWait);
            WebSession.Attempt login = WebSession.attempt("ravi.practitioner", Api.PASSWORD);
            assertThat(login.signedIn()).isFalse();
            assertThat(login.page()).contains("We could not sign you in just now because CoPlan is very busy or could not reach "
                    + "its database.").doesNotContain("The user name or password is wrong");
            System.out.printf("Pool of %d connections: refusal after %d ms, busy page after %d ms, busy API answer after %d ms%n",
                    held.size(), poolWait, pageMillis, callMillis);
        } finally {
            for (Connection connection : held) {
                connection.close();
            }
        }

        WebSession.Page again = sam.get("/people/caseload.xhtml");
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.bodyText()).contains("My caseload");
        assertThat(api.send("GET", "/api/people?size=5", "sam.practitioner", null).statusCode()).isEqualTo(200);
    }

    private static long millisSince(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }
}
