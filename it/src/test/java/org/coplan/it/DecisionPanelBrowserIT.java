package org.coplan.it;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.openqa.selenium.support.ui.Select;

/** Recording a decision with the decision panel, and seeing its rung and history. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DecisionPanelBrowserIT extends OneBrowserPerClass {

    static final String PASSWORD = "demo-council-2026";
    static final String P = "decisions:form:";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.coplan();
    }

    @BeforeEach
    void openAishasPlan() {
        browser.open("/login.xhtml");
        browser.signOutEverywhere();
        browser.signIn("sam.practitioner", PASSWORD);
        browser.waitForHeading("My caseload");
        browser.driver().findElement(By.linkText("Aisha Rahman")).click();
        browser.waitForHeading("Aisha Rahman");
        browser.driver().findElement(By.partialLinkText("Open the support plan")).click();
        browser.waitForHeading("Support plan: Aisha Rahman");
    }

    private WebElement byId(String id) {
        return browser.waitFor(By.id(id));
    }

    private void waitUntil(By by, String text) {
        browser.waitForText(by, text);
    }

    private void setDate(String id, LocalDate day) {
        ((JavascriptExecutor) browser.driver()).executeScript("document.getElementById(arguments[0]).value = arguments[1];",
                id, day.toString());
    }

    /** The position of a decision in the panel's list, by its question. */
    private int indexOf(String question) {
        List<WebElement> decisions = browser.driver().findElements(By.cssSelector("article.decision"));
        for (int i = 0; i < decisions.size(); i++) {
            if (decisions.get(i).findElement(By.cssSelector(".decision-question")).getText().equals(question)) {
                return i;
            }
        }
        throw new AssertionError("No decision '" + question + "' on the page");
    }

    @Test
    void aLongLedgerIsShownTenDecisionsAtATimeNewestFirst() throws Exception {
        // Isla Morrison's plan, which no other test records decisions on, gets a ledger of three pages.
        Api api = new Api();
        long plan = api.planOf("sam.practitioner", "AD-0109");
        assertThat(Api.array(api.send("GET", "/api/plans/" + plan + "/decisions", "sam.practitioner", null).body()))
                .as("no other test records decisions on Isla's plan").isEmpty();
        String run = String.valueOf(System.nanoTime());
        int total = 23;
        for (int i = 0; i < total; i++) {
            String body = "{\"question\":\"Paging question " + i + " (" + run + ")\",\"options\":[\"Yes\",\"No\"],\"outcome\":\"Yes\","
                    + "\"proposedBy\":{\"name\":\"Isla Morrison\",\"standing\":\"PERSON\"},\"participants\":[],"
                    + "\"deciders\":[{\"name\":\"Isla Morrison\",\"standing\":\"PERSON\"}],\"rule\":\"PERSON_DECIDED\","
                    + "\"inputChangedOutcome\":false,\"decidedOn\":\"" + LocalDate.now().minusDays(i) + "\"}";
            assertThat(api.send("POST", "/api/plans/" + plan + "/decisions", "sam.practitioner", body).statusCode()).isEqualTo(201);
        }

        browser.open("/supportplan/plan.xhtml?id=" + plan);
        browser.waitForHeading("Support plan: Isla Morrison");
        assertThat(browser.driver().findElements(By.cssSelector("article.decision"))).hasSize(10);
        assertThat(byId(P + "pages").getText()).contains("Showing decisions 1 to 10 of 23, newest first.");
        assertThat(browser.driver().findElements(By.id(P + "newer"))).isEmpty();
        List<String> firstPage = questions();
        assertThat(firstPage).as("newest first").startsWith("Paging question 0 (" + run + ")", "Paging question 1 (" + run + ")");

        byId(P + "older").click();
        waitUntil(By.id(P + "pages"), "Showing decisions 11 to 20 of 23");
        List<String> secondPage = questions();
        assertThat(secondPage).hasSize(10).doesNotContainAnyElementsOf(firstPage).startsWith("Paging question 10 (" + run + ")");
        byId(P + "older").click();
        waitUntil(By.id(P + "pages"), "Showing decisions 21 to 23 of 23");
        assertThat(questions()).containsExactly("Paging question 20 (" + run + ")", "Paging question 21 (" + run + ")",
                "Paging question 22 (" + run + ")");
        assertThat(browser.driver().findElements(By.id(P + "older"))).isEmpty();
        assertThat(browser.seriousAccessibilityProblems()).isEmpty();

        byId(P + "newer").click();
        waitUntil(By.id(P + "pages"), "Showing decisions 11 to 20 of 23");
        assertThat(questions()).isEqualTo(secondPage);
    }

    private List<String> questions() {
        return browser.driver().findElements(By.cssSelector("article.decision .decision-question")).stream().map(WebElement::getText).toList();
    }

    @Test
    void aPractitionerRecordsADecisionAndSeesItsRungAndHistory() {
        String question = "Which day should Aisha's support worker come? (" + System.nanoTime() + ")";
        assertThat(browser.driver().findElements(By.cssSelector(".decision-question"))).extracting(WebElement::getText)
                .contains("How will Aisha get to the Tuesday art group?");
        byId(P + "record").click();
        byId(P + "question").sendKeys(question);
        byId(P + "options").sendKeys("Monday\nThursday");
        byId(P + "outcome").sendKeys("Thursday, so Aisha can go swimming on Mondays");
        byId(P + "proposerName").sendKeys("Aisha Rahman");
        new Select(byId(P + "proposerStanding")).selectByVisibleText("The person");
        byId(P + "deciderRows:0:name").sendKeys("Aisha Rahman");
        new Select(byId(P + "deciderRows:0:standing")).selectByVisibleText("The person");
        browser.driver().findElement(By.cssSelector("input[name='" + P + "rule'][value='PERSON_DECIDED']")).click();
        waitUntil(By.id("decisions-suggested"), "Co-production");
        // Each rung is offered with its plain-language description, not just its name.
        assertThat(byId(P + "rungs").getText()).contains("Co-production (Power with people):").contains("Coercion");
        assertThat(browser.driver().findElement(By.cssSelector("input[name='" + P + "rungId']:checked"))
                .findElement(By.xpath("following-sibling::label")).getText()).startsWith("7. Co-production");
        setDate(P + "decidedOn", LocalDate.now());
        browser.screenshot("decision-form");
        byId(P + "save").click();
        waitUntil(By.id(P + "messages"), "The decision has been saved.");

        int index = indexOf(question);
        WebElement newest = browser.driver().findElements(By.cssSelector("article.decision")).get(index);
        assertThat(newest.findElement(By.cssSelector(".decision-rung")).getText()).contains("Co-production (Power with people)");
        assertThat(newest.findElement(By.cssSelector(".decision-fed-back")).getText()).isEqualTo("Not fed back yet");
        browser.screenshot("decision-list");

        byId(P + "list:" + index + ":history").click();
        waitUntil(By.id(P + "historyPanel"), "sam.practitioner");
        List<WebElement> versions = browser.driver().findElements(By.cssSelector("#decisions\\:form\\:versions tbody tr"));
        assertThat(versions).hasSize(1);
        assertThat(versions.get(0).getText()).contains("Thursday, so Aisha can go swimming on Mondays").contains("Co-production");
    }

    @Test
    void aFormWithProblemsSaysWhatIsWrongNextToEachFieldAndKeepsWhatWasTyped() {
        byId(P + "record").click();
        byId(P + "question").sendKeys("Should Aisha try the evening class?");
        byId(P + "save").click();
        waitUntil(By.id(P + "messages"), "problems");
        assertThat(byId(P + "question").getAttribute("value")).isEqualTo("Should Aisha try the evening class?");
        String form = byId(P + "editor").getText();
        assertThat(form).contains("Write what was decided.").contains("Choose how the decision was taken.")
                .contains("Name who decided, each with their standing.");
        browser.screenshot("decision-form-errors");
    }

    @Test
    void changingAFedBackDecisionMakesANewVersionWithAReason() throws Exception {
        String question = "Should Aisha keep her Friday visit? (" + System.nanoTime() + ")";
        recordFedBackDecisionThroughTheApi(question);
        browser.driver().navigate().refresh();
        browser.waitForHeading("Support plan: Aisha Rahman");
        int index = indexOf(question);
        byId(P + "list:" + index + ":change").click();
        assertThat(byId(P + "editor").getText()).contains("Saving makes a new version");
        WebElement outcome = byId(P + "outcome");
        outcome.clear();
        outcome.sendKeys("Friday visits move to Saturday mornings.");
        byId(P + "save").click();
        waitUntil(By.id(P + "editor"), "say why it is changing");
        assertThat(byId(P + "outcome").getAttribute("value")).isEqualTo("Friday visits move to Saturday mornings.");
        byId(P + "changeReason").sendKeys("Aisha started a Friday job");
        byId(P + "save").click();
        waitUntil(By.id(P + "messages"), "The decision has been saved.");
        WebElement changed = browser.driver().findElements(By.cssSelector("article.decision")).get(indexOf(question));
        assertThat(changed.findElement(By.cssSelector(".decision-version")).getText()).isEqualTo("2");
        assertThat(changed.getText()).contains("Friday visits move to Saturday mornings.").contains("Not fed back yet");
    }

    @Test
    void aPractitionerRecordsTheRatingThePersonGaveAndAMissingNameIsSaidNextToItsField() {
        int index = indexOf("How will Aisha get to the Tuesday art group?");
        WebElement before = browser.driver().findElements(By.cssSelector("article.decision")).get(index);
        String gapBefore = before.findElement(By.cssSelector(".decision-gap")).getText();
        byId(P + "list:" + index + ":rate").click();
        new Select(byId(P + "rating-standing")).selectByVisibleText("The person");
        new Select(byId(P + "rating-rungId")).selectByIndex(5);
        byId(P + "rating-comment").sendKeys("Aisha said she chose the bus herself");
        byId(P + "saveRating").click();
        waitUntil(By.id(P + "ratingPanel"), "Give the name of the person who gave this rating.");
        assertThat(byId(P + "rating-comment").getAttribute("value")).isEqualTo("Aisha said she chose the bus herself");
        byId(P + "rating-raterName").sendKeys("Aisha Rahman");
        byId(P + "saveRating").click();
        waitUntil(By.id(P + "messages"), "The rating is saved");
        WebElement after = browser.driver().findElements(By.cssSelector("article.decision")).get(indexOf("How will Aisha get to the Tuesday art group?"));
        assertThat(after.findElement(By.cssSelector(".decision-gap")).getText()).isNotEqualTo(gapBefore).contains("rating(s)");
    }

    /** A decision on Aisha's plan that has already been fed back, recorded through the API. */
    private static void recordFedBackDecisionThroughTheApi(String question) throws Exception {
        String base = System.getProperty("coplan.baseUrl", "http://localhost:8080/coplan");
        String auth = "Basic " + java.util.Base64.getEncoder().encodeToString(
                ("sam.practitioner:" + PASSWORD).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
        String people = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + "/api/people?size=200"))
                .header("Authorization", auth).build(), java.net.http.HttpResponse.BodyHandlers.ofString()).body();
        long personId;
        try (var json = jakarta.json.Json.createReader(new java.io.StringReader(people))) {
            personId = json.readArray().getValuesAs(jakarta.json.JsonObject.class).stream()
                    .filter(p -> p.getString("reference").equals("AD-0101")).findFirst().orElseThrow()
                    .getJsonNumber("id").longValue();
        }
        String plans = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + "/api/people/" + personId + "/plans"))
                .header("Authorization", auth).build(), java.net.http.HttpResponse.BodyHandlers.ofString()).body();
        long planId;
        try (var json = jakarta.json.Json.createReader(new java.io.StringReader(plans))) {
            planId = json.readArray().getJsonObject(0).getJsonNumber("id").longValue();
        }
        String today = LocalDate.now().toString();
        String body = "{\"question\":\"" + question + "\",\"options\":[\"Keep it\",\"Move it\"],\"outcome\":\"Keep it\","
                + "\"proposedBy\":{\"name\":\"Aisha Rahman\",\"standing\":\"PERSON\"},"
                + "\"deciders\":[{\"name\":\"Aisha Rahman\",\"standing\":\"PERSON\"}],\"rule\":\"PERSON_DECIDED\","
                + "\"decidedOn\":\"" + today + "\",\"fedBackOn\":\"" + today + "\"}";
        int status = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + "/api/plans/" + planId + "/decisions"))
                .header("Authorization", auth).header("Content-Type", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body)).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString()).statusCode();
        assertThat(status).isEqualTo(201);
    }
}
