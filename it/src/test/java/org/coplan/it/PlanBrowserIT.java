package org.coplan.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A practitioner's support plan screens: reading, changing a section, a stale edit, comparing versions, the timeout warning. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PlanBrowserIT {

    static final String BASE = System.getProperty("coplan.baseUrl", "http://localhost:8080/coplan");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.coplan();
    }

    private static Browser sam;
    private static Browser ravi;

    @BeforeAll
    static void startBrowsers() throws Exception {
        sam = new Browser(BASE);
        ravi = new Browser(BASE);
        sam.signIn("sam.practitioner", Api.PASSWORD);
        sam.waitForHeading("My caseload");
        ravi.signIn("ravi.practitioner", Api.PASSWORD);
        ravi.waitForHeading("My caseload");
    }

    @AfterEach
    void noScriptWasRefusedOrFailed() {
        for (Browser b : new Browser[] {sam, ravi}) {
            assertThat(b.scriptProblems())
                    .as("the browser console (Content-Security-Policy and script errors)").isEmpty();
        }
    }

    @AfterAll
    static void stopBrowsers() throws Exception {
        for (Browser b : new Browser[] {sam, ravi}) {
            if (b != null) {
                b.close();
            }
        }
    }

    private static void openPlanFromCaseload(Browser browser, String name) {
        browser.open("/people/caseload.xhtml");
        browser.waitForHeading("My caseload");
        browser.driver().findElement(By.id("caseloadForm:search")).sendKeys(name);
        browser.driver().findElement(By.id("caseloadForm:searchButton")).click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(d ->
                d.findElements(By.cssSelector("#caseloadForm\\:caseload tbody tr")).size() == 1);
        browser.driver().findElement(By.cssSelector("#caseloadForm\\:caseload a.plan-link")).click();
        browser.waitForHeading("Support plan: " + name);
    }

    private static WebElement firstTextarea(Browser browser) {
        return browser.waitFor(By.cssSelector("fieldset.section-row textarea"));
    }

    @Test
    void aPractitionerChangesAboutMeAndSeesItOnThePlan() {
        openPlanFromCaseload(sam, "Jamal Bakr");
        assertThat(sam.driver().findElement(By.id("version-notice")).getText()).contains("draft");
        sam.driver().findElement(By.partialLinkText("Change About me")).click();
        sam.waitForHeading("About me: Jamal Bakr");
        WebElement important = firstTextarea(sam);
        important.clear();
        important.sendKeys("My wife and daughter, and working as an engineer again.");
        sam.driver().findElement(By.id("editForm:save")).click();
        sam.waitForHeading("Support plan: Jamal Bakr");
        assertThat(sam.driver().findElement(By.id("pageMessages")).getText()).contains("Saved.");
        assertThat(sam.driver().findElement(By.tagName("main")).getText())
                .contains("My wife and daughter, and working as an engineer again.");
        sam.screenshot("plan-after-edit");
    }

    @Test
    void theSecondToSaveIsToldWhoSavedFirstAndKeepsTheirOwnText() {
        for (Browser b : List.of(sam, ravi)) {
            b.open("/people/caseload.xhtml");
        }
        openPlanFromCaseload(sam, "Eilidh Fraser");
        String planUrl = sam.driver().getCurrentUrl();
        String editUrl = planUrl.replace("/supportplan/plan.xhtml", "/supportplan/edit.xhtml") + "&section=risks";
        sam.driver().get(editUrl);
        ravi.driver().get(editUrl);
        sam.waitForHeading("Risks and contingency");
        ravi.waitForHeading("Risks and contingency");

        WebElement samsText = firstTextarea(sam);
        samsText.clear();
        samsText.sendKeys("Sam's wording of the first risk");
        sam.driver().findElement(By.id("editForm:save")).click();
        sam.waitForHeading("Support plan: Eilidh Fraser");

        WebElement ravisText = firstTextarea(ravi);
        ravisText.clear();
        ravisText.sendKeys("Ravi's wording of the first risk");
        ravi.driver().findElement(By.id("editForm:save")).click();
        WebElement message = ravi.waitFor(By.cssSelector("#editForm\\:formMessages .message-error"));
        assertThat(message.getText()).contains("Sam Practitioner").contains("have not been saved");
        assertThat(firstTextarea(ravi).getAttribute("value")).isEqualTo("Ravi's wording of the first risk");
        assertThat(ravi.driver().findElement(By.id("theirs")).getText()).contains("Sam's wording of the first risk");
        ravi.screenshot("plan-stale-edit");

        ravi.driver().findElement(By.id("editForm:save")).click();
        ravi.waitForHeading("Support plan: Eilidh Fraser");
        assertThat(ravi.driver().findElement(By.tagName("main")).getText()).contains("Ravi's wording of the first risk");
    }

    @Test
    void aRefusedSaveKeepsWhatWasTypedAndSaysWhatToChange() {
        openPlanFromCaseload(sam, "Eilidh Fraser");
        sam.driver().get(sam.driver().getCurrentUrl().replace("/supportplan/plan.xhtml", "/supportplan/edit.xhtml") + "&section=actions");
        sam.waitForHeading("Actions");
        int before = sam.driver().findElements(By.cssSelector("fieldset.section-row")).size();
        sam.driver().findElement(By.id("editForm:addRow")).click();
        new WebDriverWait(sam.driver(), Duration.ofSeconds(20)).until(ExpectedConditions.numberOfElementsToBe(
                By.cssSelector("fieldset.section-row"), before + 1));
        List<WebElement> rows = sam.driver().findElements(By.cssSelector("fieldset.section-row"));
        WebElement last = rows.get(rows.size() - 1);
        last.findElement(By.cssSelector(".field-who input")).sendKeys("Eilidh's brother");
        sam.driver().findElement(By.id("editForm:save")).click();
        WebElement message = sam.waitFor(By.cssSelector("#editForm\\:formMessages .message-error"));
        assertThat(message.getText()).contains("Action " + rows.size() + ": say what will be done");
        List<WebElement> after = sam.driver().findElements(By.cssSelector("fieldset.section-row"));
        assertThat(after).hasSize(rows.size());
        assertThat(after.get(after.size() - 1).findElement(By.cssSelector(".field-who input")).getAttribute("value"))
                .isEqualTo("Eilidh's brother");
    }

    @Test
    void twoVersionsAreComparedSideBySide() {
        openPlanFromCaseload(sam, "Catriona Doyle");
        sam.driver().findElement(By.id("compareLink")).click();
        sam.waitForHeading("Compare versions: Catriona Doyle");
        String page = sam.driver().findElement(By.tagName("main")).getText();
        assertThat(page).contains("Version 1").contains("Version 2").contains("Last changed by");
        assertThat(sam.driver().findElements(By.cssSelector("table.compare tbody tr"))).isNotEmpty();
        sam.screenshot("plan-compare");
    }

    @Test
    void aReviewShowsWhatWasSaidAndTheDecisionsTakenAtIt() {
        openPlanFromCaseload(sam, "Catriona Doyle");
        sam.driver().findElement(By.cssSelector("a.review-link")).click();
        sam.waitForHeading("Review: Catriona Doyle");
        String page = sam.driver().findElement(By.tagName("main")).getText();
        assertThat(page).contains("The person's own words", "Disagreements", "Decisions taken at this review");
        assertThat(sam.driver().findElements(By.cssSelector("article.decision"))).isNotEmpty();
    }

    @Test
    void aWarningComesBeforeTheSessionEndsAndStayingSignedInKeepsTheWork() {
        openPlanFromCaseload(sam, "Jamal Bakr");
        sam.driver().findElement(By.partialLinkText("Change PATH")).click();
        sam.waitForHeading("PATH: Jamal Bakr");
        firstTextarea(sam).sendKeys(" and half-typed words");
        // The real warning comes three minutes before the 30-minute timeout; here the clock is shortened.
        ((JavascriptExecutor) sam.driver()).executeScript("CoPlanSession.restart(8, 6);");
        WebElement stay = new WebDriverWait(sam.driver(), Duration.ofSeconds(10))
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("session-stay")));
        assertThat(sam.driver().findElement(By.id("session-timeout")).getText()).contains("You will be signed out soon");
        assertThat(sam.driver().switchTo().activeElement()).isEqualTo(stay);
        stay.click();
        new WebDriverWait(sam.driver(), Duration.ofSeconds(10))
                .until(ExpectedConditions.invisibilityOfElementLocated(By.id("session-timeout")));
        assertThat(firstTextarea(sam).getAttribute("value")).endsWith("and half-typed words");
    }
}
