package org.coplan.it;

import static org.assertj.core.api.Assertions.assertThat;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;

/** A manager opens the participation audit, filters it, drills into a figure and downloads both exports. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AuditBrowserIT extends OneBrowserPerClass {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.coplan();
    }

    @Test
    void aManagerFiltersDrillsDownAndExports() {
        browser.open("/login.xhtml");
        browser.signOutEverywhere();
        browser.signIn("morgan.manager", Api.PASSWORD);
        browser.waitForHeading("My teams");
        browser.driver().findElement(By.id("openAudit")).click();
        browser.waitForHeading("Participation audit");
        assertThat(browser.waitFor(By.id("filtered-by")).getText()).contains("Adults", "Children and young people", "All you can see");
        assertThat(browser.driver().findElements(By.cssSelector("#teams-chart canvas, canvas"))).as("a chart is drawn").isNotEmpty();
        assertThat(browser.driver().findElement(By.id("teams-table")).getText()).contains("Leith Adult Support Team");
        assertThat(browser.seriousAccessibilityProblems()).as("audit dashboard").isEmpty();
        browser.screenshot("audit-dashboard");
        Object wide = ((JavascriptExecutor) browser.driver()).executeScript("""
                const w = document.documentElement.clientWidth;
                return [...document.querySelectorAll('main *')].filter(e => e.getBoundingClientRect().right > w + 1)
                    .slice(0, 5).map(e => e.tagName + '#' + e.id + '.' + e.className).join(' | ');
                """);
        assertThat(wide).as("elements wider than the window").isEqualTo("");
        ((JavascriptExecutor) browser.driver()).executeScript("document.getElementById('teams-heading').scrollIntoView();");
        browser.screenshot("audit-teams-chart");

        // Filter by one team: the page says so, and shows only that team's decisions.
        new Select(browser.driver().findElement(By.id("filter:team"))).selectByVisibleText("Leith Adult Support Team");
        browser.driver().findElement(By.id("filter:apply")).click();
        browser.waitForText(By.id("filtered-by"), "Team: Leith Adult Support Team");
        assertThat(browser.driver().getCurrentUrl()).contains("team=");
        assertThat(browser.driver().findElement(By.id("teams-table")).getText()).doesNotContain("Pilton Children");
        assertThat(browser.driver().findElement(By.id("projects-of-locality")).getText()).contains("the team's locality");

        // Drill down: the decisions behind the team's figure.
        browser.driver().findElement(By.cssSelector("#teams-table a.drill")).click();
        browser.waitFor(By.id("drill-heading"));
        assertThat(browser.driver().findElements(By.cssSelector("#drill-items tbody tr"))).isNotEmpty();
        assertThat(browser.driver().findElement(By.id("filtered-by")).getText()).contains("Team: Leith Adult Support Team");
        assertThat(browser.seriousAccessibilityProblems()).as("drill-down").isEmpty();
        browser.driver().findElement(By.id("back")).click();
        browser.waitForHeading("Participation audit");
        assertThat(browser.waitFor(By.id("filtered-by")).getText()).contains("Leith Adult Support Team");

        // The six principles: the manager records the team's and the partners' scores.
        browser.driver().findElement(By.partialLinkText("Score the principles for Leith Adult Support Team")).click();
        browser.waitFor(By.id("principles-heading"));
        new Select(browser.driver().findElement(By.id("scores:score-ASSETS-TEAM"))).selectByValue("4");
        new Select(browser.driver().findElement(By.id("scores:score-ASSETS-PARTNERS"))).selectByValue("2");
        browser.driver().findElement(By.id("scores:who-TEAM")).clear();
        browser.driver().findElement(By.id("scores:save")).click();
        browser.waitForText(By.id("scores"), "Say who gave the scores");
        assertThat(new Select(browser.driver().findElement(By.id("scores:score-ASSETS-TEAM"))).getFirstSelectedOption()
                .getAttribute("value")).as("the form keeps what was chosen").isEqualTo("4");
        assertThat(browser.seriousAccessibilityProblems()).as("principles form").isEmpty();
        browser.driver().findElement(By.id("scores:who-TEAM")).sendKeys("Team meeting");
        browser.driver().findElement(By.id("scores:who-PARTNERS")).clear();
        browser.driver().findElement(By.id("scores:who-PARTNERS")).sendKeys("Carers' forum");
        browser.driver().findElement(By.id("scores:save")).click();
        browser.waitForText(By.id("scores"), "The scores are saved.");
        browser.driver().findElement(By.partialLinkText("Back to the participation audit")).click();
        browser.waitForHeading("Participation audit");
        assertThat(browser.waitFor(By.id("principles")).getText()).contains("Seeing people as assets", "/ 5");

        // Exports need a purpose; then both download.
        browser.driver().findElement(By.id("exportForm:csv")).click();
        browser.waitForText(By.id("exportForm"), "what the export is for");
        browser.driver().findElement(By.id("exportForm:purpose")).sendKeys("Quarterly report to the adult services board");
        assertThat(download("exportForm:csv")).startsWith("text/csv").contains("measure,group kind,group,value,count,of",
                "Leith Adult Support Team");
        assertThat(download("exportForm:pdf")).startsWith("application/pdf|%PDF-");
    }

    /** Posts the export form with one of its buttons, as the browser would; answers the content type and the start of the body. */
    private String download(String button) {
        return (String) ((JavascriptExecutor) browser.driver()).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                const form = document.getElementById('exportForm');
                const data = new URLSearchParams(new FormData(form));
                data.append(arguments[0], 'x');
                fetch(form.action, {method: 'POST', body: data})
                    .then(r => r.text().then(t => done(r.headers.get('content-type') + '|' + t.substring(0, 4000))))
                    .catch(e => done('error ' + e));
                """, button);
    }
}
