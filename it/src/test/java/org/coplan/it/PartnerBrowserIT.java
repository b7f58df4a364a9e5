package org.coplan.it;

import static org.assertj.core.api.Assertions.assertThat;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.WebElement;

/** A partner's journey: their own pledges, hours and payments, then their project and a session, each page checked with axe-core. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PartnerBrowserIT extends OneBrowserPerClass {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.coplan();
    }

    @Test
    void aPartnerSeesTheirOwnPartAndTheirProjectButNoPlan() {
        browser.open("/login.xhtml");
        browser.signOutEverywhere();
        browser.signIn("pat.partner", Api.PASSWORD);
        browser.waitForHeading("My projects");
        assertThat(browser.waitFor(By.id("my-pledges")).getText()).contains("Ask five carers at the Tuesday group");
        assertThat(browser.waitFor(By.id("my-hours")).getText()).contains("Short breaks for carers in Leith", "not paid yet", "£");
        assertThat(browser.seriousAccessibilityProblems()).as("partner home").isEmpty();
        browser.screenshot("partner-home");

        browser.driver().findElement(By.linkText("Short breaks for carers in Leith")).click();
        browser.waitForHeading("Short breaks for carers in Leith");
        assertThat(browser.driver().findElements(By.id("planForm"))).as("a partner does not run the project").isEmpty();
        assertThat(browser.seriousAccessibilityProblems()).as("project page").isEmpty();

        // A partner rates a project decision on the project's ladder, as themselves.
        WebElement decision = browser.waitFor(By.cssSelector("article.decision"));
        String gapBefore = decision.findElement(By.cssSelector(".decision-gap")).getText();
        decision.findElement(By.cssSelector("button[id$=':rate']")).click();
        WebElement rating = browser.waitFor(By.cssSelector(".decision-rating"));
        assertThat(rating.getText()).contains("how much say you had").doesNotContain("Whose rating this is");
        new Select(rating.findElement(By.cssSelector("select[id$='rating-rungId']"))).selectByIndex(3);
        rating.findElement(By.cssSelector("textarea[id$='rating-comment']")).sendKeys("We were asked, then it was decided elsewhere");
        assertThat(browser.seriousAccessibilityProblems()).as("project page with the rating form").isEmpty();
        rating.findElement(By.cssSelector("button[id$='saveRating']")).click();
        browser.waitForText(By.cssSelector(".decision-panel"), "The rating is saved");
        assertThat(browser.waitFor(By.cssSelector("article.decision")).findElement(By.cssSelector(".decision-gap")).getText())
                .isNotEqualTo(gapBefore);
        browser.driver().findElement(By.cssSelector("a.session-link")).click();
        browser.waitFor(By.id("session-heading"));
        assertThat(browser.seriousAccessibilityProblems()).as("session page").isEmpty();

        // Nothing from any plan: the plan pages are not theirs.
        browser.open("/portal/home.xhtml");
        assertThat(browser.driver().findElement(By.tagName("body")).getText()).doesNotContain("Support plan of");
        browser.open("/people/caseload.xhtml");
        assertThat(browser.driver().findElement(By.tagName("body")).getText()).doesNotContain("Leah", "Aisha");
    }
}
