package org.coplan.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/** What a user does, screen by screen, in headless Chromium against the deployed EAR. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class FoundationBrowserIT extends OneBrowserPerClass {

    static final String PASSWORD = "demo-council-2026";
    static final String BASE = System.getProperty("coplan.baseUrl", "http://localhost:8080/coplan");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.coplan();
    }

    @BeforeEach
    void signedOut() {
        browser.open("/login.xhtml");
        browser.signOutEverywhere();
    }

    @Test
    void everyRoleLandsOnItsOwnHomePage() {
        Map<String, List<String>> homes = Map.of(
                "sam.practitioner", List.of("/people/caseload.xhtml", "My caseload"),
                "morgan.manager", List.of("/manager/home.xhtml", "My teams"),
                "fran.facilitator", List.of("/codesign/home.xhtml", "Co-design projects"),
                "alex.family", List.of("/portal/home.xhtml", "My plan"),
                "pat.partner", List.of("/partner/home.xhtml", "My projects"),
                "ada.admin", List.of("/admin/home.xhtml", "Administration"));
        homes.forEach((user, home) -> {
            browser.signOutEverywhere();
            browser.signIn(user, PASSWORD);
            browser.waitForHeading(home.get(1));
            assertThat(browser.driver().getCurrentUrl()).as(user).endsWith(home.get(0));
            browser.screenshot("home-" + user);
        });
    }

    @Test
    void aWrongPasswordAndAnUnknownUserGetTheSameMessageAndTheUserNameIsKept() {
        browser.signIn("sam.practitioner", "not-the-password");
        String wrongPassword = browser.waitFor(By.id("login:messages")).getText();
        assertThat(browser.driver().findElement(By.id("login:username")).getAttribute("value"))
                .isEqualTo("sam.practitioner");
        browser.signIn("nobody.here", "not-the-password");
        String unknownUser = browser.waitFor(By.id("login:messages")).getText();
        assertThat(wrongPassword).isEqualTo(unknownUser).contains("user name or password is wrong");
        assertThat(browser.driver().findElement(By.id("login:username")).getAttribute("value")).isEqualTo("nobody.here");
    }

    @Test
    void theSessionIdChangesAtLoginAndTheCookieIsHttpOnlyAndSameSite() {
        browser.open("/login.xhtml");
        Cookie before = browser.driver().manage().getCookieNamed("JSESSIONID");
        assertThat(before).as("the login page keeps its form state in a session").isNotNull();
        browser.signIn("sam.practitioner", PASSWORD);
        browser.waitForHeading("My caseload");
        Cookie after = browser.driver().manage().getCookieNamed("JSESSIONID");
        assertThat(after.getValue()).isNotEqualTo(before.getValue());
        assertThat(after.isHttpOnly()).isTrue();
        assertThat(after.getSameSite()).isEqualTo("Lax");
    }

    @Test
    void aSignedOutVisitorIsSentToTheLoginPage() {
        browser.open("/people/caseload.xhtml");
        browser.waitForHeading("Sign in to CoPlan");
        assertThat(browser.driver().getCurrentUrl()).contains("/login.xhtml");
    }

    @Test
    void aPractitionerSeesTheirCaseloadAndOpensAPerson() {
        browser.signIn("sam.practitioner", PASSWORD);
        browser.waitForHeading("My caseload");
        List<WebElement> rows = browser.driver().findElements(By.cssSelector("#caseloadForm\\:caseload tbody tr"));
        assertThat(rows).hasSize(10);
        String tableText = browser.driver().findElement(By.id("caseloadForm:caseload")).getText();
        assertThat(tableText).contains("Leith Adult Support Team").contains("Overdue").doesNotContain("Pilton");
        assertThat(browser.driver().findElements(By.cssSelector("#caseloadForm\\:caseload .age"))).allSatisfy(
                age -> assertThat(Integer.parseInt(age.getText().trim())).isBetween(18, 110));
        browser.screenshot("caseload");

        browser.driver().findElement(By.id("caseloadForm:search")).sendKeys("Rahman");
        browser.driver().findElement(By.id("caseloadForm:searchButton")).click();
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(20)).until(d ->
                d.findElements(By.cssSelector("#caseloadForm\\:caseload tbody tr")).size() == 1);
        WebElement firstLink = browser.driver().findElement(By.cssSelector("#caseloadForm\\:caseload a.person-link"));
        assertThat(firstLink.getText()).isEqualTo("Aisha Rahman");
        String name = firstLink.getText();
        firstLink.click();
        browser.waitForHeading(name);
        assertThat(browser.driver().findElement(By.id("person-age")).getText()).matches("\\d+");
        browser.screenshot("person");
    }

    @Test
    void changingTheIdInTheAddressShowsTheSameNotFoundPageAsAMissingPerson() throws Exception {
        long childOfAnotherTeam = firstPersonOf("jo.practitioner");
        browser.signIn("sam.practitioner", PASSWORD);
        browser.waitForHeading("My caseload");
        browser.open("/people/person.xhtml?id=" + childOfAnotherTeam);
        browser.waitForHeading("Not found, or no access");
        String otherTeam = browser.driver().findElement(By.tagName("main")).getText();
        browser.open("/people/person.xhtml?id=999999999");
        browser.waitForHeading("Not found, or no access");
        assertThat(browser.driver().findElement(By.tagName("main")).getText()).isEqualTo(otherTeam);
        assertThat(otherTeam).doesNotContain("Pilton");
    }

    @Test
    void changingTheRowKeyOfAnAjaxRequestShowsTheNotFoundPage() throws Exception {
        long childOfAnotherTeam = firstPersonOf("jo.practitioner");
        browser.signIn("sam.practitioner", PASSWORD);
        browser.waitForHeading("My caseload");
        // A genuine quick look first: the AJAX selection works for a person on the caseload.
        browser.driver().findElement(By.cssSelector("#caseloadForm\\:caseload tbody tr td:nth-child(2)")).click();
        // Located afresh while waiting: the AJAX answer replaces the panel, so a found element can go stale.
        browser.waitForText(By.id("quickLookName"), "Leith Adult Support Team");
        // Now the same request with the row key changed to a person of another team.
        WebElement row = browser.driver().findElement(By.cssSelector("#caseloadForm\\:caseload tbody tr:nth-child(2)"));
        ((JavascriptExecutor) browser.driver()).executeScript(
                "arguments[0].setAttribute('data-rk', arguments[1]);", row, String.valueOf(childOfAnotherTeam));
        row.findElement(By.cssSelector("td:nth-child(2)")).click();
        browser.waitForHeading("Not found, or no access");
        assertThat(browser.driver().getPageSource()).doesNotContain("Pilton");
    }

    @Test
    void facilitatorsAndPartnersSeeTheProjectsTheyAreMembersOf() {
        browser.signIn("fran.facilitator", PASSWORD);
        browser.waitForHeading("Co-design projects");
        assertThat(browser.driver().findElements(By.cssSelector(".project-name"))).extracting(WebElement::getText)
                .containsExactly("Short breaks for carers in Leith", "Young people's say in their support reviews");
        browser.screenshot("facilitator-projects");
        browser.signOutEverywhere();
        browser.signIn("pat.partner", PASSWORD);
        browser.waitForHeading("My projects");
        assertThat(browser.driver().findElements(By.cssSelector(".project-name"))).extracting(WebElement::getText)
                .containsExactly("Short breaks for carers in Leith");
        assertThat(browser.driver().findElement(By.id("projects")).getText()).contains("Carer");
    }

    @Test
    void anAdministratorSeesEveryRungOfALadderWithItsMeaning() {
        browser.signIn("ada.admin", PASSWORD);
        browser.waitForHeading("Administration");
        browser.driver().findElement(By.id("ladders:0:editLadder")).click();
        browser.waitForHeading("TLAP / NCPC ladder of co-production");
        String rungs = browser.waitFor(By.id("rungsForm:rungs")).getText();
        assertThat(rungs).contains("Coercion", "Informing", "Co-design", "Co-production")
                .contains("The people in charge of services tell you about them");
        browser.screenshot("admin-ladder");
    }

    @Test
    void anAdministratorChecksTheAuditTrailAndIsToldInPlainWordsThatItIsWhole() {
        browser.signIn("ada.admin", PASSWORD);
        browser.waitForHeading("Administration");
        browser.driver().findElement(By.id("auditTrailLink")).click();
        browser.waitForHeading("Audit trail check");
        browser.driver().findElement(By.id("checkForm:checkNow")).click();
        browser.waitForText(By.id("intact"), "The audit trail is whole.");
        assertThat(browser.driver().findElements(By.id("broken"))).isEmpty();
        assertThat(browser.seriousAccessibilityProblems()).isEmpty();
        browser.screenshot("admin-audit-trail");
    }

    @Test
    void anAdministratorDisablesAnAccountWithAReasonAndEnablesItAgain() {
        browser.signIn("ada.admin", PASSWORD);
        browser.waitForHeading("Administration");
        browser.driver().findElement(By.id("accountsLink")).click();
        browser.waitForHeading("Accounts");
        assertThat(browser.driver().findElements(By.cssSelector(".account-username"))).extracting(WebElement::getText)
                .contains("ada.admin", "alex.family");
        // The tests' own accounts fill the first page of the list: a search narrows it.
        browser.driver().findElement(By.id("accountsForm:search")).sendKeys("practitioner");
        browser.driver().findElement(By.id("accountsForm:find")).click();
        browser.waitFor(RAVI);
        assertThat(browser.driver().findElements(By.cssSelector(".account-username"))).extracting(WebElement::getText)
                .contains("sam.practitioner", "ravi.practitioner").doesNotContain("ada.admin");

        // A user name no account has: a plain message by the field, and what was typed is kept.
        browser.driver().findElement(By.id("disableForm:username")).sendKeys("no.such.person");
        browser.driver().findElement(By.id("disableForm:reason")).sendKeys("Left the council");
        browser.driver().findElement(By.id("disableForm:disable")).click();
        browser.waitForText(By.id("disableForm:usernameMessage"), "There is no account with that user name.");
        assertThat(browser.driver().findElement(By.id("disableForm:reason")).getAttribute("value")).isEqualTo("Left the council");

        WebElement name = browser.driver().findElement(By.id("disableForm:username"));
        name.clear();
        name.sendKeys("ravi.practitioner");
        browser.driver().findElement(By.id("disableForm:disable")).click();
        try {
            browser.waitForText(By.id("pageMessages"), "The account is disabled.");
            assertThat(browser.driver().findElement(RAVI).getText()).contains("Disabled");
            assertThat(browser.seriousAccessibilityProblems()).isEmpty();
            browser.screenshot("admin-accounts");
        } finally {
            browser.driver().findElement(By.cssSelector("button[aria-label='Enable: ravi.practitioner'],"
                    + " input[aria-label='Enable: ravi.practitioner']")).click();
        }
        browser.waitForText(By.id("pageMessages"), "The account is enabled again.");
        assertThat(browser.driver().findElement(RAVI).getText()).contains("Active").doesNotContain("Disabled");
    }

    /** Ravi's row in the list of accounts. */
    private static final By RAVI = By.xpath("//tr[.//span[@class='account-username' and text()='ravi.practitioner']]");

    @Test
    void signingOutEndsTheSession() {
        browser.signIn("morgan.manager", PASSWORD);
        browser.waitForHeading("My teams");
        browser.driver().findElement(By.id("signOut:signOutButton")).click();
        browser.waitForHeading("Sign in to CoPlan");
        browser.open("/manager/home.xhtml");
        browser.waitForHeading("Sign in to CoPlan");
    }

    /** The id of the first person on a user's caseload, read through the API. */
    static long firstPersonOf(String user) throws Exception {
        String token = Base64.getEncoder().encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(BASE + "/api/people?size=1"))
                        .header("Authorization", "Basic " + token).build(),
                HttpResponse.BodyHandlers.ofString());
        try (JsonReader json = Json.createReader(new StringReader(response.body()))) {
            return json.readArray().getJsonObject(0).getJsonNumber("id").longValue();
        }
    }
}
