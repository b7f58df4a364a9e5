package org.coplan.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The Content-Security-Policy refuses every inline script but PrimeFaces' own nonce'd ones, and
 * the main pages of every role still work under it: each page is opened, its ajax used where it
 * has some, and the browser's console must hold no refused script and no script error (checked
 * after every test by {@link OneBrowserPerClass}, and here after every page).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CspBrowserIT extends OneBrowserPerClass {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.coplan();
    }

    private void signIn(String user, String heading) {
        browser.open("/login.xhtml");
        browser.signOutEverywhere();
        browser.signIn(user, Api.PASSWORD);
        browser.waitForHeading(heading);
        noProblemsOn(heading);
    }

    private void open(String path, String heading) {
        browser.open(path);
        browser.waitForHeading(heading);
        noProblemsOn(path);
    }

    private void click(By link, String heading) {
        browser.waitFor(link).click();
        browser.waitForHeading(heading);
        noProblemsOn(heading);
    }

    private void noProblemsOn(String page) {
        assertThat(browser.scriptProblems()).as("browser console on " + page).isEmpty();
    }

    private int count(String css) {
        return browser.driver().findElements(By.cssSelector(css)).size();
    }

    private void waitForCount(String css, int expected) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
                .until(ExpectedConditions.numberOfElementsToBe(By.cssSelector(css), expected));
    }

    @Test
    void anInlineScriptOrEvalThatAPageDidNotSignIsRefusedAndSeen() {
        browser.open("/login.xhtml");
        browser.waitForHeading("Sign in");
        Object ran = ((JavascriptExecutor) browser.driver()).executeScript("""
                window.cspCanary = 'not run';
                const s = document.createElement('script');
                s.textContent = "window.cspCanary = 'inline ran'";
                document.body.appendChild(s);
                const img = document.createElement('img');
                img.setAttribute('src', 'data:,x');
                img.setAttribute('onerror', "window.cspCanary = 'handler ran'");
                img.setAttribute('onload', "window.cspCanary = 'handler ran'");
                document.body.appendChild(img);
                // Later, from the page's own event loop: eval run by the test driver itself is not held to the policy.
                setTimeout(function () {
                    window.cspEvalTried = true;
                    window.eval("window.cspCanary = 'eval ran'");
                }, 0);
                return window.cspCanary;
                """);
        assertThat(ran).isEqualTo("not run");
        java.util.List<String> seen = new java.util.ArrayList<>();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(d -> {
            seen.addAll(browser.scriptProblems());
            return seen.stream().anyMatch(m -> m.contains("EvalError") || m.contains("unsafe-eval"));
        });
        assertThat(((JavascriptExecutor) browser.driver()).executeScript("return window.cspEvalTried")).isEqualTo(true);
        assertThat(((JavascriptExecutor) browser.driver()).executeScript("return window.cspCanary")).isEqualTo("not run");
        // The detector sees what the policy refused: the other tests would fail on the same lines.
        assertThat(seen).as("refusals in the console")
                .anySatisfy(m -> assertThat(m).contains("Content Security Policy").containsIgnoringCase("inline"))
                .anySatisfy(m -> assertThat(m).containsAnyOf("EvalError", "unsafe-eval"));
    }

    @Test
    void aPractitionersPagesAndTheirAjaxRunUnderThePolicy() throws Exception {
        signIn("sam.practitioner", "My caseload");
        // Caseload: the "overdue only" box filters the table by ajax, which replaces the table.
        int all = count("#caseloadForm\\:caseload tbody tr");
        var table = browser.driver().findElement(By.cssSelector("#caseloadForm\\:caseload tbody"));
        browser.driver().findElement(By.id("caseloadForm:overdueOnly")).click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(ExpectedConditions.stalenessOf(table));
        assertThat(count("#caseloadForm\\:caseload tbody tr")).isLessThanOrEqualTo(all);
        table = browser.driver().findElement(By.cssSelector("#caseloadForm\\:caseload tbody"));
        browser.driver().findElement(By.id("caseloadForm:overdueOnly")).click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(ExpectedConditions.stalenessOf(table));
        waitForCount("#caseloadForm\\:caseload tbody tr", all);
        noProblemsOn("caseload");

        click(By.linkText("Aisha Rahman"), "Aisha Rahman");
        click(By.partialLinkText("Open the support plan"), "Support plan: Aisha Rahman");
        // Decision panel: choosing who proposed it suggests a rung by ajax.
        browser.waitFor(By.id("decisions:form:record")).click();
        new Select(browser.waitFor(By.id("decisions:form:proposerStanding"))).selectByVisibleText("The person");
        new Select(browser.waitFor(By.id("decisions:form:deciderRows:0:standing"))).selectByVisibleText("The person");
        browser.driver().findElement(By.cssSelector("input[name='decisions:form:rule'][value='PERSON_DECIDED']")).click();
        browser.waitFor(By.id("decisions-suggested"));
        noProblemsOn("decision panel");

        // Editing a list section of a plan still in draft: adding and removing a row by ajax (nothing is saved).
        browser.open("/supportplan/edit.xhtml?id=" + new Api().planOf("sam.practitioner", "AD-0110") + "&section=actions");
        browser.waitForHeading("Actions");
        int rows = count("fieldset.section-row");
        browser.waitFor(By.id("editForm:addRow")).click();
        waitForCount("fieldset.section-row", rows + 1);
        browser.driver().findElement(By.id("editForm:rows:" + rows + ":removeRow")).click();
        waitForCount("fieldset.section-row", rows);
        noProblemsOn("plan edit");
    }

    @Test
    void aFacilitatorsProjectSessionAndPowerMapRunUnderThePolicy() {
        signIn("fran.facilitator", "Co-design projects");
        click(By.linkText("Short breaks for carers in Leith"), "Short breaks for carers in Leith");
        String project = browser.driver().getCurrentUrl();

        click(By.id("powerMapLink"), "Power map");
        int rows = count("#powerMapForm fieldset");
        browser.waitFor(By.id("powerMapForm:addRow")).click();
        waitForCount("#powerMapForm fieldset", rows + 1);
        noProblemsOn("power map");

        browser.driver().get(project);
        browser.waitForHeading("Short breaks for carers in Leith");
        browser.waitFor(By.cssSelector("a.session-link")).click();
        browser.waitFor(By.id("backToProject"));
        noProblemsOn("session");

        browser.driver().get(project.replace("/codesign/project.xhtml", "/codesign/results.xhtml"));
        browser.waitFor(By.tagName("h1"));
        noProblemsOn("results");
        browser.driver().get(project.replace("/codesign/project.xhtml", "/codesign/themes.xhtml"));
        browser.waitFor(By.tagName("h1"));
        noProblemsOn("themes");
        open("/codesign/offers.xhtml", "Community offers");
    }

    @Test
    void aManagersAuditDashboardRunsUnderThePolicy() {
        signIn("morgan.manager", "My teams");
        click(By.id("openAudit"), "Participation audit");
        assertThat(browser.driver().findElements(By.cssSelector("canvas"))).as("the charts are drawn").isNotEmpty();
        browser.driver().findElement(By.cssSelector("#teams-table a.drill")).click();
        browser.waitFor(By.id("drill-heading"));
        noProblemsOn("audit drill-down");
        browser.open("/manager/principles.xhtml");
        browser.waitFor(By.tagName("h1"));
        noProblemsOn("principles");
    }

    @Test
    void theFamilyPortalAndAPartnersHomeRunUnderThePolicy() {
        signIn("alex.family", "My plan");
        click(By.cssSelector("#my-plans a"), "Leah");
        signIn("pat.partner", "My projects");
    }

    @Test
    void theAdministratorsPagesRunUnderThePolicy() {
        signIn("ada.admin", "Administration");
        click(By.id("accountsLink"), "Accounts");
        open("/admin/home.xhtml", "Administration");
        click(By.id("auditTrailLink"), "Audit trail check");
        open("/admin/home.xhtml", "Administration");
        browser.waitFor(By.cssSelector("a[id$='editLadder']")).click();
        browser.waitFor(By.id("ladder-name"));
        noProblemsOn("ladder");
    }

    @Test
    void scriptTypedIntoADecisionIsShownAsTextAndNeverRuns() {
        signIn("sam.practitioner", "My caseload");
        click(By.linkText("Aisha Rahman"), "Aisha Rahman");
        click(By.partialLinkText("Open the support plan"), "Support plan: Aisha Rahman");
        String stamp = " (" + System.nanoTime() + ")";
        String question = "<script>alert(1)</script>\"><img src=x onerror=alert(1)>" + stamp;
        String proposer = "=HYPERLINK(\"http://x\",\"y\")";
        String decider = "'; DROP TABLE person; --";
        String p = "decisions:form:";
        browser.waitFor(By.id(p + "record")).click();
        browser.waitFor(By.id(p + "question")).sendKeys(question);
        browser.waitFor(By.id(p + "options")).sendKeys("<b>Monday</b>\n@SUM(A1)");
        browser.waitFor(By.id(p + "outcome")).sendKeys("=1+2");
        browser.waitFor(By.id(p + "proposerName")).sendKeys(proposer);
        new Select(browser.waitFor(By.id(p + "proposerStanding"))).selectByVisibleText("The person");
        browser.waitFor(By.id(p + "deciderRows:0:name")).sendKeys(decider);
        new Select(browser.waitFor(By.id(p + "deciderRows:0:standing"))).selectByVisibleText("The person");
        browser.driver().findElement(By.cssSelector("input[name='" + p + "rule'][value='PERSON_DECIDED']")).click();
        browser.waitForText(By.id("decisions-suggested"), "Co-production");
        ((JavascriptExecutor) browser.driver()).executeScript("document.getElementById(arguments[0]).value = arguments[1];",
                p + "decidedOn", java.time.LocalDate.now().toString());
        browser.waitFor(By.id(p + "save")).click();
        browser.waitForText(By.id(p + "messages"), "The decision has been saved.");

        assertThat(browser.driver().findElements(By.cssSelector(".decision-question"))).extracting(e -> e.getText())
                .as("the question as typed, as text").contains(question);
        browser.driver().navigate().refresh();
        browser.waitForHeading("Support plan: Aisha Rahman");
        assertThat(browser.driver().findElements(By.cssSelector(".decision-question"))).extracting(e -> e.getText())
                .contains(question);
        assertThat(browser.driver().findElements(By.cssSelector("main img[src='x'], main script:not([src]):not([nonce])")))
                .as("no element made from what was typed").isEmpty();
        assertThat(browser.driver().findElement(By.tagName("main")).getText())
                .contains("What was decided\n=1+2", "Who decided\n" + decider + " (The person)");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> browser.driver().switchTo().alert())
                .as("no alert ran").isInstanceOf(org.openqa.selenium.NoAlertPresentException.class);
        noProblemsOn("a decision holding script");
    }

    @Test
    void pagesForEveryoneRunUnderThePolicy() {
        browser.open("/login.xhtml");
        browser.signOutEverywhere();
        open("/login.xhtml", "Sign in");
        // A page without PrimeFaces' components posts its form back with the nonce too (a wrong password is answered).
        browser.signIn("sam.practitioner", "not-the-password");
        browser.waitForText(By.id("login:messages"), "The user name or password is wrong.");
        noProblemsOn("a refused sign-in");
        browser.signIn("sam.practitioner", Api.PASSWORD);
        browser.waitForHeading("My caseload");
        browser.open("/people/person.xhtml?id=999999999");
        browser.waitFor(By.tagName("h1"));
        noProblemsOn("not found");
    }
}
