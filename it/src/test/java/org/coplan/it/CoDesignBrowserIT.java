package org.coplan.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A facilitator runs a World Café and an Open Space session, each from planning it to a decision taken at it. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CoDesignBrowserIT extends OneBrowserPerClass {

    static final String P = "decisions:form:";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.coplan();
    }

    @BeforeEach
    void openTheProject() {
        browser.open("/login.xhtml");
        browser.signOutEverywhere();
        browser.signIn("fran.facilitator", Api.PASSWORD);
        browser.waitForHeading("Co-design projects");
        browser.driver().findElement(By.linkText("Short breaks for carers in Leith")).click();
        browser.waitForHeading("Short breaks for carers in Leith");
    }

    private WebElement byId(String id) {
        return browser.waitFor(By.id(id));
    }

    private void setDate(String id, LocalDate day) {
        ((JavascriptExecutor) browser.driver()).executeScript("document.getElementById(arguments[0]).value = arguments[1];",
                id, day.toString());
    }

    private void planSession(String title, String method) {
        byId("planForm:title").sendKeys(title);
        new Select(byId("planForm:method")).selectByVisibleText(method);
        setDate("planForm:plannedOn", LocalDate.now());
        byId("planForm:planSession").click();
        browser.waitForHeading(title);
    }

    private void attendees(String... namesAndStandings) {
        for (int i = 0; i < namesAndStandings.length / 2; i++) {
            if (i > 0) {
                int before = browser.driver().findElements(By.cssSelector("#recordForm .party-row")).size();
                byId("recordForm:addAttendee").click();
                new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(
                        ExpectedConditions.numberOfElementsToBe(By.cssSelector("#recordForm .party-row"), before + 1));
            }
            byId("recordForm:attendees:" + i + ":name").sendKeys(namesAndStandings[2 * i]);
            new Select(byId("recordForm:attendees:" + i + ":standing")).selectByVisibleText(namesAndStandings[2 * i + 1]);
        }
    }

    @Test
    void aWorldCafeIsPlannedRecordedWithItsHarvestAndADecisionTakenAtIt() {
        String title = "Café on weekend breaks " + System.nanoTime();
        planSession(title, "World Café");
        attendees("Pat Partner", "Family member or carer", "Sam Practitioner", "Practitioner");
        byId("recordForm:theme").sendKeys("Weekend breaks");
        byId("recordForm:questions").sendKeys("What would a Saturday break look like?\nWho should run it?");
        byId("recordForm:tables").sendKeys("3");
        byId("recordForm:rounds").sendKeys("2");
        byId("recordForm:harvest").sendKeys("Saturday mornings, run by the carers' centre");
        byId("recordForm:outputs").sendKeys("A pilot of Saturday morning breaks");
        byId("recordForm:saveSession").click();
        browser.waitForText(By.id("pageMessages"), "The session is recorded.");
        assertThat(byId("world-cafe").getText()).contains("Weekend breaks", "Who should run it?", "3 / 2",
                "Saturday mornings, run by the carers' centre");
        assertThat(byId("attendees").getText()).contains("Pat Partner – Family member or carer");
        browser.screenshot("world-cafe");

        recordDecision("Who runs the Saturday pilot? (" + System.nanoTime() + ")", "The carers' centre\nThe council",
                "The carers' centre runs it");
    }

    /** Records a decision at the open session through its decision panel, decided by a carer. */
    private void recordDecision(String question, String options, String outcome) {
        byId(P + "record").click();
        byId(P + "question").sendKeys(question);
        byId(P + "options").sendKeys(options);
        byId(P + "outcome").sendKeys(outcome);
        byId(P + "proposerName").sendKeys("Pat Partner");
        new Select(byId(P + "proposerStanding")).selectByVisibleText("Family member or carer");
        byId(P + "deciderRows:0:name").sendKeys("Pat Partner");
        new Select(byId(P + "deciderRows:0:standing")).selectByVisibleText("Family member or carer");
        browser.driver().findElement(By.cssSelector("input[name='" + P + "rule'][value='PERSON_DECIDED']")).click();
        browser.waitForText(By.id("decisions-suggested"), "Co-production");
        setDate(P + "decidedOn", LocalDate.now());
        byId(P + "save").click();
        browser.waitForText(By.id(P + "messages"), "The decision has been saved.");
        assertThat(browser.driver().findElements(By.cssSelector(".decision-question"))).extracting(WebElement::getText).contains(question);
    }

    @Test
    void anOpenSpaceBuildsItsAgendaFromTheTopicsParticipantsProposed() {
        String title = "Open Space on booking " + System.nanoTime();
        planSession(title, "Open Space");
        attendees("Lee Morrison", "Family member or carer");
        byId("recordForm:topics:0:topic").sendKeys("Booking by text");
        byId("recordForm:topics:0:convener").sendKeys("Lee Morrison");
        byId("recordForm:addTopic").click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
                .until(ExpectedConditions.presenceOfElementLocated(By.id("recordForm:topics:1:topic")));
        byId("recordForm:topics:1:topic").sendKeys("Breaks taken together");
        byId("recordForm:topics:1:convener").sendKeys("Sam Practitioner");
        byId("recordForm:topics:1:notes").sendKeys("Some carers want a break with the person");
        byId("recordForm:saveSession").click();
        browser.waitForText(By.id("pageMessages"), "The session is recorded.");
        assertThat(byId("topics").getText()).contains("Booking by text", "Breaks taken together", "Some carers want a break");
        assertThat(browser.driver().findElement(By.tagName("main")).getText())
                .contains("1. Booking by text (convener: Lee Morrison)", "2. Breaks taken together (convener: Sam Practitioner)");
        recordDecision("Do we offer booking by text? (" + System.nanoTime() + ")", "Yes\nNot yet", "Yes, from the spring");

        // A session where a topic has no convener is refused, and what was typed stays.
        browser.driver().findElement(By.id("backToProject")).click();
        browser.waitForHeading("Short breaks for carers in Leith");
        planSession("Open Space with a gap " + System.nanoTime(), "Open Space");
        attendees("Lee Morrison", "Family member or carer");
        byId("recordForm:topics:0:topic").sendKeys("Evening breaks");
        byId("recordForm:saveSession").click();
        WebElement error = browser.waitFor(By.cssSelector("#pageMessages .message-error"));
        assertThat(error.getText()).contains("needs someone to convene it");
        assertThat(byId("recordForm:topics:0:topic").getAttribute("value")).isEqualTo("Evening breaks");
    }

    @Test
    void aSeriesLikeKeepingItPersonalIsPlannedAsSixSessionsOverAYear() {
        String series = "Keeping it Personal " + System.nanoTime();
        byId("seriesForm:seriesName").sendKeys(series);
        byId("seriesForm:planSeries").click();
        WebElement error = browser.waitFor(By.cssSelector("#seriesForm .message-error"));
        assertThat(error.getText()).contains("day/month/year");
        assertThat(byId("seriesForm:seriesName").getAttribute("value")).isEqualTo(series);
        setDate("seriesForm:firstOn", LocalDate.now().plusDays(14));
        byId("seriesForm:planSeries").click();
        browser.waitForText(By.id("pageMessages"), "Six sessions are planned");
        String sessions = byId("sessions").getText();
        for (int i = 1; i <= 6; i++) {
            assertThat(sessions).contains(series + ": session " + i + " of 6");
        }
    }

    @Test
    void theFacilitatorFollowsAPledgeUpAndPaysAnUnpaidContributor() {
        WebElement pledge = browser.waitFor(By.xpath("//li[contains(., 'booking line can take text')]"));
        new Select(pledge.findElement(By.tagName("select"))).selectByVisibleText("kept");
        pledge.findElement(By.cssSelector("input[type=text]")).sendKeys("It can, from next month");
        pledge.findElement(By.cssSelector("input[type=submit]")).click();
        browser.waitForText(By.id("pageMessages"), "The pledge is updated.");
        assertThat(byId("pledges").getText()).contains("kept (It can, from next month)");

        new Select(byId("hoursForm:member")).selectByVisibleText("Pat Partner (unpaid contributor)");
        setDate("hoursForm:day", LocalDate.now());
        byId("hoursForm:hours").sendKeys("1.5");
        byId("hoursForm:rate").sendKeys("15.00");
        setDate("hoursForm:claimedOn", LocalDate.now());
        byId("hoursForm:recordHours").click();
        browser.waitForText(By.id("pageMessages"), "The hours are recorded.");
        WebElement unpaid = browser.driver().findElements(By.cssSelector("#contributions tbody tr")).stream()
                .filter(r -> r.getText().contains("£22.50") && !r.findElements(By.cssSelector("input[type=date]")).isEmpty())
                .findFirst().orElseThrow();
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].value = arguments[1];",
                unpaid.findElement(By.cssSelector("input[type=date]")), LocalDate.now().toString());
        unpaid.findElement(By.cssSelector("input[type=submit]")).click();
        browser.waitForText(By.id("pageMessages"), "The payment is recorded.");
        browser.screenshot("project-payments");
    }
}
