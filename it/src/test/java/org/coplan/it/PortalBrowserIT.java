package org.coplan.it;

import static org.assertj.core.api.Assertions.assertThat;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import java.time.Duration;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A family user opens the plan they are linked to, on a phone-sized screen, and sees only the parts shared with them. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PortalBrowserIT extends OneBrowserPerClass {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.coplan();
    }

    @Test
    void aFamilyMemberReadsTheSharedPartsOfThePlanOnAPhone() {
        browser.driver().manage().window().setSize(new Dimension(360, 800));
        browser.open("/login.xhtml");
        browser.signOutEverywhere();
        browser.signIn("alex.family", Api.PASSWORD);
        browser.waitForHeading("My plan");
        // My part also holds what the user promised as a member of a co-design project.
        assertThat(browser.waitFor(By.id("my-pledges")).getText()).contains("Ask Leah and two friends");
        assertNoSeriousAccessibilityProblems("portal home");
        browser.driver().findElement(By.partialLinkText("Leah Campbell")).click();
        browser.waitForHeading("Support plan of Leah Campbell");
        String page = browser.driver().findElement(By.tagName("main")).getText();
        assertThat(page).contains("About me", "Outcomes", "Actions").doesNotContain("Risks and contingency", "Circle of support");
        long width = (Long) ((JavascriptExecutor) browser.driver()).executeScript("return document.documentElement.scrollWidth;");
        assertThat(width).as("no sideways scrolling at 360 px").isLessThanOrEqualTo(360);
        browser.screenshot("portal-plan-360");
        assertNoSeriousAccessibilityProblems("portal plan");

        assertThat(browser.driver().findElement(By.id("views-changed")).getText())
                .contains("You said", "school meetings feel like being in trouble", "We did");
        assertThat(browser.driver().findElement(By.id("my-part")).getText()).contains("Next review");
        WebElement decision = browser.waitFor(By.xpath("//fieldset[contains(@class,'decision-to-rate')]"
                + "[legend[contains(., \"Leah's review meeting\")]]"));
        decision.findElement(By.cssSelector("input[type=submit]")).click();
        assertThat(browser.waitFor(By.cssSelector("#pageMessages .message-error")).getText()).contains("Choose how much say");
        decision = browser.waitFor(By.xpath("//fieldset[contains(@class,'decision-to-rate')]"
                + "[legend[contains(., \"Leah's review meeting\")]]"));
        new Select(decision.findElement(By.tagName("select"))).selectByIndex(6);
        decision.findElement(By.tagName("textarea")).sendKeys("We chose the place ourselves");
        decision.findElement(By.cssSelector("input[type=submit]")).click();
        browser.waitForText(By.id("pageMessages"), "Your rating is saved");

        // Have my say: own words go to the practitioner and wait.
        String words = "Leah likes a quiet corner when she is tired (" + System.nanoTime() + ")";
        browser.waitFor(By.id("ownWordsForm:words")).sendKeys(words);
        browser.driver().findElement(By.id("ownWordsForm:sendOwnWords")).click();
        browser.waitForText(By.id("pageMessages"), "Your words are sent");
        assertThat(browser.waitFor(By.id("what-you-said")).getText()).contains(words, "Waiting for the practitioner");

        // My data: both download links, fetched as the browser follows them.
        assertThat(download("downloadPdf")).startsWith("application/pdf|%PDF-");
        assertThat(download("downloadJson")).startsWith("application/json")
                .contains("\"about-me\"", "Where does Leah's review meeting happen?").doesNotContain("\"risks\"");

        // Easy read: the user's own choice, kept for the next page.
        browser.driver().findElement(By.id("easyReadForm:easyRead")).click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElement(By.tagName("body"))
                .getAttribute("class").contains("easy-read"));
        assertThat(browser.driver().findElement(By.tagName("main")).getText()).contains("Your dream. Your next steps.", "What matters to me")
                .doesNotContain("What is important to me");
        browser.screenshot("portal-easy-read-360");
        assertNoSeriousAccessibilityProblems("portal plan in easy read");
        browser.driver().findElement(By.id("easyReadForm:easyRead")).click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).ignoring(StaleElementReferenceException.class)
                .until(d -> !d.findElement(By.tagName("body"))
                .getAttribute("class").contains("easy-read"));
    }

    @Test
    void aLongListOfDecisionsToRateComesTenAtATime() throws Exception {
        // Eleven decisions from years ago on Leah's plan, so the plan's own recent ones stay first.
        Api api = new Api();
        long plan = api.planOf("jo.practitioner", "CH-0202");
        String run = String.valueOf(System.nanoTime());
        for (int i = 0; i < 11; i++) {
            String body = "{\"question\":\"Old question " + i + " (" + run + ")\",\"options\":[\"Yes\",\"No\"],\"outcome\":\"Yes\","
                    + "\"proposedBy\":{\"name\":\"Leah Campbell\",\"standing\":\"PERSON\"},\"participants\":[],"
                    + "\"deciders\":[{\"name\":\"Leah Campbell\",\"standing\":\"PERSON\"}],\"rule\":\"PERSON_DECIDED\","
                    + "\"inputChangedOutcome\":false,\"decidedOn\":\"" + java.time.LocalDate.now().minusYears(3).minusDays(i) + "\"}";
            assertThat(api.send("POST", "/api/plans/" + plan + "/decisions", "jo.practitioner", body).statusCode()).isEqualTo(201);
        }
        browser.open("/login.xhtml");
        browser.signOutEverywhere();
        browser.signIn("alex.family", Api.PASSWORD);
        browser.waitForHeading("My plan");
        browser.open("/portal/plan.xhtml?id=" + plan);
        browser.waitForHeading("Support plan of Leah Campbell");
        assertThat(browser.driver().findElements(By.cssSelector("fieldset.decision-to-rate"))).hasSize(10);
        String showing = browser.waitFor(By.id("rate-pages")).getText();
        assertThat(showing).startsWith("Decisions 1 to 10 of ");
        int total = Integer.parseInt(showing.replaceAll("(?s).* of (\\d+), newest first.*", "$1"));
        assertThat(total).isGreaterThanOrEqualTo(12);
        assertThat(browser.driver().findElements(By.id("rateNewer"))).isEmpty();
        assertThat(legends()).doesNotContain("Old question 10 (" + run + ")");

        int last = (total - 1) / 10;
        for (int page = 1; page <= last; page++) {
            browser.driver().findElement(By.id("rateOlder")).click();
            browser.waitForText(By.id("rate-pages"), "Decisions " + (page * 10 + 1) + " to ");
        }
        assertThat(legends()).contains("Old question 10 (" + run + ")");
        assertThat(browser.driver().findElements(By.id("rateOlder"))).isEmpty();
        assertNoSeriousAccessibilityProblems("portal plan, older decisions");
        browser.driver().findElement(By.id("rateNewer")).click();
        browser.waitForText(By.id("rate-pages"), "Decisions " + ((last - 1) * 10 + 1) + " to ");
        assertThat(browser.driver().findElements(By.cssSelector("fieldset.decision-to-rate"))).hasSize(10);
    }

    private java.util.List<String> legends() {
        return browser.driver().findElements(By.cssSelector("fieldset.decision-to-rate legend")).stream().map(WebElement::getText).toList();
    }

    private void assertNoSeriousAccessibilityProblems(String page) {
        assertThat(browser.seriousAccessibilityProblems()).as(page).isEmpty();
    }

    /** Follows one of the my-data links in the page's session; answers the content type and the start of the body. */
    private String download(String link) {
        return (String) ((JavascriptExecutor) browser.driver()).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(document.getElementById(arguments[0]).href)
                    .then(r => r.text().then(t => done(r.headers.get('content-type') + '|' + t.substring(0, 4000))))
                    .catch(e => done('error ' + e));
                """, link);
    }
}
