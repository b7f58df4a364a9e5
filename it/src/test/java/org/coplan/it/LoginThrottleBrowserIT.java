package org.coplan.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/** The login page once sign-ins for a name are throttled: a plain message, the user name kept. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LoginThrottleBrowserIT extends OneBrowserPerClass {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.coplan();
    }

    @Test
    void afterFiveFailedSignInsThePageSaysWhenToTryAgainAndKeepsTheUserName() {
        // A name no account has: the page must not tell it from a real one.
        String name = "throttle." + UUID.randomUUID().toString().substring(0, 8);
        browser.signOutEverywhere();
        for (int i = 1; i <= 5; i++) {
            browser.signIn(name, "not-the-password-" + i);
            browser.waitForText(By.id("login:messages"), "The user name or password is wrong.");
        }
        browser.signIn(name, "not-the-password-6");
        browser.waitForText(By.id("login:messages"), "Too many failed sign-ins for this account.");
        assertThat(browser.driver().findElement(By.id("login:messages")).getText())
                .isEqualTo("Too many failed sign-ins for this account. Try again in 1 minute.");
        assertThat(browser.driver().findElement(By.id("login:username")).getAttribute("value")).isEqualTo(name);
        assertThat(browser.driver().findElement(By.id("login:password")).getAttribute("value")).isEmpty();
        assertThat(browser.seriousAccessibilityProblems()).isEmpty();
        browser.screenshot("login-throttled");
    }

    /** Leaves no failures counted against this address for the tests after this one. */
    @AfterAll
    static void quiet() throws InterruptedException {
        Thread.sleep(Duration.ofSeconds(16).toMillis());
    }
}
