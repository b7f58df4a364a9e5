package org.coplan.it;

import static org.assertj.core.api.Assertions.assertThat;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * An administrator opens the retention screen and runs a dry run. Nothing here runs for real or
 * changes a rule: the database is shared with every other test.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RetentionBrowserIT extends OneBrowserPerClass {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.coplan();
    }

    @Test
    void anAdministratorRunsADryRunAndIsStoppedFromRunningWithoutConfirming() {
        browser.open("/login.xhtml");
        browser.signOutEverywhere();
        browser.signIn("ada.admin", Api.PASSWORD);
        browser.waitForHeading("Administration");
        browser.driver().findElement(By.id("retentionLink")).click();
        browser.waitForHeading("Retention of records");
        assertThat(browser.driver().findElement(By.id("scheduleState")).getText()).contains("is off");
        assertThat(browser.driver().findElement(By.id("rulesForm:rules")).getText())
                .contains("Adult", "Child", "Looked-after child");
        assertThat(browser.seriousAccessibilityProblems()).as("retention screen").isEmpty();

        browser.driver().findElement(By.id("runForm:dryRun")).click();
        browser.waitForText(By.id("pageMessages"), "The dry run is finished. Nothing was changed.");
        assertThat(browser.waitFor(By.id("shownRunTitle")).getText()).startsWith("Dry run");
        assertThat(browser.driver().findElement(By.id("shownRunCounts")).getText()).contains("due:", "0 deleted, 0 anonymised");
        assertThat(browser.driver().findElement(By.id("runsForm:runs")).getText()).contains("Dry run", "ada.admin");
        assertThat(browser.seriousAccessibilityProblems()).as("dry run shown").isEmpty();
        browser.screenshot("retention-dry-run");

        // Run now without ticking the box: refused beside the box, and no run is added to the list.
        int runs = browser.driver().findElements(By.cssSelector("#runsForm\\:runs tbody tr")).size();
        browser.driver().findElement(By.id("runForm:runNow")).click();
        browser.waitForText(By.id("runForm"), "Tick the box to confirm you have checked a dry run.");
        assertThat(browser.driver().findElements(By.cssSelector("#runsForm\\:runs tbody tr"))).hasSize(runs);

        // A rule with years out of range: the message is beside the field and the typed value stays.
        var years = browser.driver().findElement(By.id("rulesForm:rules:0:years"));
        years.clear();
        years.sendKeys("0");
        browser.driver().findElement(By.id("rulesForm:rules:0:saveRule")).click();
        browser.waitForText(By.id("rulesForm"), "Years: enter a number from 1 to 150.");
        assertThat(browser.driver().findElement(By.id("rulesForm:rules:0:years")).getAttribute("value")).isEqualTo("0");
        assertThat(browser.driver().findElement(By.id("pageMessages")).getText()).doesNotContain("The rule is saved");

        // The legal-hold control, by case reference.
        browser.driver().findElement(By.id("holdFindForm:reference")).sendKeys("AD-0101");
        browser.driver().findElement(By.id("holdFindForm:findRecord")).click();
        browser.waitForText(By.id("holdState"), "AD-0101");
        assertThat(browser.driver().findElement(By.id("holdState")).getText()).contains("Leith Adult Support Team");
        assertThat(browser.seriousAccessibilityProblems()).as("legal-hold control").isEmpty();
        browser.driver().findElement(By.id("holdFindForm:reference")).clear();
        browser.driver().findElement(By.id("holdFindForm:reference")).sendKeys("NO-SUCH-REF");
        browser.driver().findElement(By.id("holdFindForm:findRecord")).click();
        browser.waitForText(By.id("holdFindForm"), "No record has that reference");
    }

    @Test
    void aManagerSeesTheLegalHoldControlOnAPersonsPageAndMustGiveAReason() {
        browser.open("/login.xhtml");
        browser.signOutEverywhere();
        browser.signIn("morgan.manager", Api.PASSWORD);
        // Opening another page before the sign-in's answer arrives races with its redirect home.
        browser.waitForHeading("My teams");
        browser.open("/people/caseload.xhtml");
        try {
            browser.waitFor(By.cssSelector("a.person-link")).click();
        } catch (org.openqa.selenium.TimeoutException noLink) {
            throw new AssertionError("no person on the caseload page at " + browser.driver().getCurrentUrl() + ": "
                    + browser.driver().findElement(By.tagName("body")).getText(), noLink);
        }
        browser.waitFor(By.id("hold-heading"));
        assertThat(browser.driver().findElement(By.id("holdState")).getText()).contains("legal hold");
        assertThat(browser.seriousAccessibilityProblems()).as("person page with the legal-hold control").isEmpty();
        // No reason: refused beside the field, nothing placed.
        browser.driver().findElement(By.id("holdForm:placeHold")).click();
        browser.waitForText(By.id("holdForm"), "Say why the record is held.");

        // Looked after by the council: recorded with a box, and taken back (the demo council is shared with other tests).
        boolean was = browser.driver().findElement(By.id("lookedAfterForm:lookedAfter")).isSelected();
        browser.driver().findElement(By.id("lookedAfterForm:lookedAfter")).click();
        browser.driver().findElement(By.id("lookedAfterForm:saveLookedAfter")).click();
        browser.waitForText(By.id("pageMessages"), "The looked-after status is saved.");
        assertThat(browser.driver().findElement(By.id("lookedAfterState")).getText())
                .contains(was ? "Not recorded as looked after" : "kept until their 100th birthday");
        assertThat(browser.driver().findElement(By.id("lookedAfterForm:lookedAfter")).isSelected()).isEqualTo(!was);
        assertThat(browser.seriousAccessibilityProblems()).as("person page after saving the looked-after status").isEmpty();
        browser.driver().findElement(By.id("lookedAfterForm:lookedAfter")).click();
        browser.driver().findElement(By.id("lookedAfterForm:saveLookedAfter")).click();
        browser.waitForText(By.id("lookedAfterState"), was ? "kept until their 100th birthday" : "Not recorded as looked after");
    }
}
