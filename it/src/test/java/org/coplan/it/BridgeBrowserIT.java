package org.coplan.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The bridge on screen: a facilitator sees the power map warn of the people most affected, adds
 * to the map, records a result as a community offer and attaches a theme from plans; a
 * practitioner chooses the offer as an action, the plan names the project, and the project counts the plan.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BridgeBrowserIT extends OneBrowserPerClass {

    static final String SHORT_BREAKS = "Short breaks for carers in Leith";
    static final String YOUNG_PEOPLE = "Young people's say in their support reviews";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.coplan();
    }

    private final Api api = new Api();

    private long projectId(String name) throws Exception {
        return Api.array(api.send("GET", "/api/projects", "fran.facilitator", null).body()).getValuesAs(JsonObject.class).stream()
                .filter(p -> p.getString("name").equals(name)).findFirst().orElseThrow().getJsonNumber("id").longValue();
    }

    private void signIn(String user) {
        browser.open("/login.xhtml");
        browser.signOutEverywhere();
        browser.signIn(user, Api.PASSWORD);
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(d -> !d.getCurrentUrl().contains("login"));
    }

    private WebElement byId(String id) {
        return browser.waitFor(By.id(id));
    }

    private void setDate(String id, LocalDate day) {
        ((JavascriptExecutor) browser.driver()).executeScript("document.getElementById(arguments[0]).value = arguments[1];",
                id, day.toString());
    }

    private void waitForMessage(String text) {
        browser.waitForText(By.id("pageMessages"), text);
    }

    @Test
    void thePowerMapWarnsWhenThePeopleMostAffectedAreNotInTheProject() throws Exception {
        signIn("fran.facilitator");
        browser.open("/codesign/project.xhtml?id=" + projectId(YOUNG_PEOPLE));
        browser.waitForHeading(YOUNG_PEOPLE);
        assertThat(byId("most-affected-missing").getText()).contains("most affected");
        byId("powerMapLink").click();
        browser.waitForHeading("Power map: " + YOUNG_PEOPLE);
        assertThat(byId("most-affected-missing").getText()).contains("Young people with support reviews");
        assertThat(byId("stakeholders").getText()).contains("Reviewing officers");

        int rows = browser.driver().findElements(By.cssSelector("#powerMapForm fieldset.section-row")).size();
        byId("powerMapForm:addRow").click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(ExpectedConditions.numberOfElementsToBe(
                By.cssSelector("#powerMapForm fieldset.section-row"), rows + 1));
        String prefix = "powerMapForm:rows:" + rows + ":";
        byId(prefix + "name").sendKeys("Pilton Youth Forum");
        new Select(byId(prefix + "group")).selectByVisibleText("Community organisation");
        new Select(byId(prefix + "power")).selectByVisibleText("2");
        // No impact given: refused with the stakeholder named, and nothing typed is lost.
        byId("powerMapForm:save").click();
        WebElement error = browser.waitFor(By.cssSelector("#pageMessages .message-error"));
        assertThat(error.getText()).contains("Stakeholder " + (rows + 1));
        assertThat(byId(prefix + "name").getAttribute("value")).isEqualTo("Pilton Youth Forum");
        new Select(byId(prefix + "impact")).selectByVisibleText("3");
        byId("powerMapForm:save").click();
        waitForMessage("The power map has been saved.");
        assertThat(byId("stakeholders").getText()).contains("Pilton Youth Forum");
        assertThat(browser.driver().findElements(By.cssSelector("canvas"))).isNotEmpty();
        browser.screenshot("power-map");
    }

    @Test
    void aResultBecomesAnOfferThatAPractitionerAddsToAPlanAndTheProjectCountsIt() throws Exception {
        long project = projectId(SHORT_BREAKS);
        String offer = "Saturday carers' café " + System.nanoTime();
        signIn("fran.facilitator");
        browser.open("/codesign/results.xhtml?id=" + project);
        browser.waitForHeading("Results and community offers: " + SHORT_BREAKS);
        new Select(byId("resultForm:kind")).selectByVisibleText("A new group began");
        byId("resultForm:whatChanged").sendKeys("Carers meet on Saturday mornings at the community café");
        setDate("resultForm:changedOn", LocalDate.now());
        byId("resultForm:makeOffer").click();
        byId("resultForm:offerName").sendKeys(offer);
        byId("resultForm:whoCanUse").sendKeys("Unpaid carers in Leith");
        byId("resultForm:howToGet").sendKeys("Just come along on a Saturday at 10");
        byId("resultForm:contact").sendKeys("Leith carers' centre, 0131 496 0199");
        byId("resultForm:recordResult").click();
        waitForMessage("community offer have been recorded");
        WebElement mine = offerSection(offer);
        assertThat(mine.findElement(By.cssSelector(".plans-using")).getText()).isEqualTo("0");

        // The practitioner chooses the offer as an action in a plan.
        signIn("sam.practitioner");
        long plan = api.planOf("sam.practitioner", "AD-0110");
        browser.open("/supportplan/edit.xhtml?id=" + plan + "&section=actions");
        browser.waitForHeading("Actions");
        int before = browser.driver().findElements(By.cssSelector("fieldset.section-row")).size();
        byId("editForm:addRow").click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(ExpectedConditions.numberOfElementsToBe(
                By.cssSelector("fieldset.section-row"), before + 1));
        List<WebElement> rows = browser.driver().findElements(By.cssSelector("fieldset.section-row"));
        WebElement last = rows.get(rows.size() - 1);
        last.findElement(By.cssSelector(".field-what textarea")).sendKeys("Try the Saturday café with my wife");
        new Select(last.findElement(By.cssSelector(".field-whoKind select"))).selectByVisibleText("A community offer");
        Select offers = new Select(last.findElement(By.cssSelector(".field-offerId select")));
        offers.getOptions().stream().filter(o -> o.getText().startsWith(offer)).findFirst().orElseThrow().click();
        byId("editForm:save").click();
        browser.waitForHeading("Support plan: Jamal Bakr");
        assertThat(browser.driver().findElement(By.tagName("main")).getText())
                .contains(offer + " (made by the co-design project " + SHORT_BREAKS + ")");
        browser.screenshot("plan-with-community-offer");

        // The project sees one plan using it, and no name.
        signIn("fran.facilitator");
        browser.open("/codesign/results.xhtml?id=" + project);
        browser.waitForHeading("Results and community offers");
        WebElement counted = offerSection(offer);
        assertThat(counted.findElement(By.cssSelector(".plans-using")).getText()).isEqualTo("1");
        assertThat(counted.getText()).doesNotContain("Jamal", "Bakr");
    }

    private WebElement offerSection(String offer) {
        return browser.waitFor(By.xpath("//section[contains(@class,'result')][.//dd[contains(@class,'offer-name') and text()=\""
                + offer + "\"]]"));
    }

    @Test
    void aFacilitatorAttachesAThemeFromPlansAsEvidence() throws Exception {
        signIn("fran.facilitator");
        browser.open("/codesign/themes.xhtml?id=" + projectId(SHORT_BREAKS));
        browser.waitForHeading("Themes from plans: " + SHORT_BREAKS);
        String page = browser.driver().findElement(By.tagName("main")).getText();
        assertThat(page).contains("No theme from fewer than 5 people is ever shown");
        assertThat(browser.driver().findElements(By.cssSelector("#themes tbody tr td.people"))).allSatisfy(td ->
                assertThat(td.getText().equals("fewer than 5 now") || Integer.parseInt(td.getText()) >= 5).isTrue());
        WebElement asset = browser.waitFor(By.xpath("//tr[contains(@class,'theme')][td[text()='Community asset']]"));
        if (asset.findElements(By.cssSelector("input[type=submit][value='Attach as evidence']")).isEmpty()) {
            asset.findElement(By.cssSelector("input[type=submit][value='Detach']")).click();
            waitForMessage("no longer attached");
            asset = browser.waitFor(By.xpath("//tr[contains(@class,'theme')][td[text()='Community asset']]"));
        }
        asset.findElement(By.cssSelector("input[type=text]")).sendKeys("Places people already go");
        asset.findElement(By.cssSelector("input[type=submit][value='Attach as evidence']")).click();
        waitForMessage("attached to the project as evidence");
        assertThat(browser.waitFor(By.xpath("//tr[contains(@class,'theme')][td[text()='Community asset']]")).getText())
                .contains("Attached: Places people already go");
        browser.screenshot("themes");
    }
}
