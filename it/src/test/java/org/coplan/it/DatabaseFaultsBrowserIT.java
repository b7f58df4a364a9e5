package org.coplan.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * On PostgreSQL, a practitioner saves a plan section while CoPlan's database connection is cut
 * part way (see {@link DatabaseFault}): the page says plainly that nothing was saved, keeps what
 * they typed, and saving again once the database answers goes through.
 */
@EnabledIfSystemProperty(named = "coplan.db", matches = "postgresql")
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DatabaseFaultsBrowserIT extends OneBrowserPerClass {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.coplan();
    }

    static final String TYPED = "Getting back to the bowling club on Thursdays, with my son driving me.";

    @Test
    void whenTheDatabaseIsLostDuringASaveThePageSaysNothingWasSavedKeepsTheTextAndSavingAgainWorks() throws Exception {
        Api api = new Api();
        long person = api.personId("sam.practitioner", "AD-0104");
        JsonObject plan = Api.object(api.send("GET", "/api/people/" + person + "/plan", "sam.practitioner", null).body());
        long planId = plan.getJsonNumber("id").longValue();
        int versionNo = plan.getJsonObject("version").getInt("number");
        String versionPath = "/api/plans/" + planId + "/versions/" + versionNo;
        String before = api.send("GET", versionPath, "sam.practitioner", null).body();

        browser.signIn("sam.practitioner", Api.PASSWORD);
        browser.waitForHeading("My caseload");
        browser.open("/supportplan/edit.xhtml?id=" + planId + "&section=about-me");
        browser.waitForHeading("About me: Dmitri Novak");
        WebElement important = browser.waitFor(By.cssSelector("fieldset.section-row textarea"));
        important.clear();
        important.sendKeys(TYPED);

        ExecutorService background = Executors.newSingleThreadExecutor();
        try {
            Future<?> clicked;
            try (DatabaseFault fault = DatabaseFault.lockSection(planId, versionNo, "about-me")) {
                clicked = background.submit(() -> browser.driver().findElement(By.id("editForm:save")).click());
                DatabaseFault.Stopped stopped = fault.awaitStopped(Duration.ofSeconds(30));
                assertThat(stopped.wroteAlready()).as("the save had written part of its change").isTrue();
                fault.cut(stopped);
            }
            clicked.get(60, TimeUnit.SECONDS);
        } finally {
            background.shutdownNow();
        }

        browser.waitForText(By.cssSelector(".message-region"), "We could not save just now because the database did not answer. "
                + "Nothing was saved. Your text is still here: try again in a moment.");
        assertThat(browser.heading()).isEqualTo("About me: Dmitri Novak");
        assertThat(browser.waitFor(By.cssSelector("fieldset.section-row textarea")).getAttribute("value")).isEqualTo(TYPED);
        assertThat(browser.driver().getPageSource()).doesNotContain("SQLException", "Caused by", "at org.coplan");
        assertThat(api.send("GET", versionPath, "sam.practitioner", null).body()).as("nothing saved").isEqualTo(before);
        assertThat(browser.seriousAccessibilityProblems()).isEmpty();

        browser.driver().findElement(By.id("editForm:save")).click();
        browser.waitForHeading("Support plan: Dmitri Novak");
        JsonObject saved = Api.object(api.send("GET", versionPath, "sam.practitioner", null).body());
        assertThat(saved.getJsonObject("sections").getJsonObject("about-me").getString("importantToMe")).isEqualTo(TYPED);
    }
}
