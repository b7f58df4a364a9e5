package org.coplan.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * A manager records a subject access request, is told what is missing without losing what was
 * typed, downloads the copy as JSON and PDF with the carer's name taken out, and marks it sent.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SubjectAccessBrowserIT extends OneBrowserPerClass {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.coplan();
    }

    @Test
    void aManagerRecordsARequestMakesTheRedactedCopyAndMarksItSent() {
        browser.open("/login.xhtml");
        browser.signOutEverywhere();
        browser.signIn("morgan.manager", Api.PASSWORD);
        browser.waitForHeading("My teams");
        browser.driver().findElement(By.id("openSubjectAccess")).click();
        browser.waitForHeading("Subject access requests");

        // Missing answers: each is named beside its field, and the note typed is kept.
        browser.driver().findElement(By.id("recordForm:note")).sendKeys("Asked by email to the duty desk");
        browser.driver().findElement(By.id("recordForm:record")).click();
        browser.waitForText(By.id("recordForm:personReferenceMessage"), "Enter the person's reference");
        assertThat(browser.driver().findElement(By.id("recordForm:receivedHowMessage")).getText()).contains("how the request came in");
        assertThat(browser.driver().findElement(By.id("recordForm:note")).getAttribute("value")).isEqualTo("Asked by email to the duty desk");
        assertThat(browser.seriousAccessibilityProblems()).as("request form with problems").isEmpty();

        String received = LocalDate.now().minusDays(2).format(DateTimeFormatter.ofPattern("d/M/yyyy"));
        browser.driver().findElement(By.id("recordForm:personReference")).sendKeys("AD-0101");
        browser.driver().findElement(By.id("recordForm:receivedOn")).sendKeys(received);
        new Select(browser.driver().findElement(By.id("recordForm:requestedBy"))).selectByVisibleText("The person themselves");
        new Select(browser.driver().findElement(By.id("recordForm:receivedHow"))).selectByVisibleText("Email");
        browser.driver().findElement(By.id("recordForm:record")).click();
        browser.waitForText(By.id("pageMessages"), "The request is recorded. The copy is due by");

        WebElement row = row("AD-0101");
        assertThat(row.getText()).contains("Aisha Rahman", "days left", "Not made yet");
        assertThat(browser.seriousAccessibilityProblems()).as("requests list").isEmpty();
        browser.screenshot("subject-access");

        String json = download(buttonIn(row, "json"));
        assertThat(json).startsWith("application/json").contains("personReference", "AD-0101", "Aisha", "[Third party 1]")
                .doesNotContain("Chris");
        assertThat(download(buttonIn(row("AD-0101"), "pdf"))).startsWith("application/pdf|%PDF-");

        // Marking it sent: the list then shows it sent, on time.
        browser.open("/manager/subject-access.xhtml");
        browser.waitForHeading("Subject access requests");
        row = row("AD-0101");
        assertThat(row.getText()).contains("Last made");
        row.findElement(By.cssSelector("input[id$=':sentOn']")).sendKeys(LocalDate.now().format(DateTimeFormatter.ofPattern("d/M/yyyy")));
        row.findElement(By.cssSelector("input[id$=':markSent']")).click();
        browser.waitForText(By.id("pageMessages"), "The request is marked as sent.");
        browser.driver().findElement(By.id("requestsForm:toggle")).click();
        browser.waitForText(By.id("requestsForm:requests"), "Sent on");
    }

    private WebElement row(String reference) {
        return browser.driver().findElements(By.cssSelector("#requestsForm\\:requests tbody tr")).stream()
                .filter(r -> r.getText().contains(reference) && !r.findElements(By.cssSelector("input[id$=':markSent']")).isEmpty())
                .findFirst().orElseThrow(() -> new AssertionError("no open request row for " + reference));
    }

    private static String buttonIn(WebElement row, String suffix) {
        return row.findElement(By.cssSelector("input[id$=':" + suffix + "']")).getAttribute("name");
    }

    /** Posts the list's form with one of its buttons, as the browser would; answers the content type and the start of the body. */
    private String download(String button) {
        return (String) ((JavascriptExecutor) browser.driver()).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                const form = document.getElementById('requestsForm');
                const data = new URLSearchParams(new FormData(form));
                data.append(arguments[0], 'x');
                fetch(form.action, {method: 'POST', body: data})
                    .then(r => r.text().then(t => done(r.headers.get('content-type') + '|' + t.substring(0, 2000000))))
                    .catch(e => done('error ' + e));
                """, button);
    }
}
