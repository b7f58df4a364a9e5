package org.coplan.it;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;

/**
 * Browser tests that share one headless Chromium across a class: started before its first test, closed after its last.
 * Every test also fails when a page it went through had a script refused by the Content-Security-Policy or a
 * script error.
 */
abstract class OneBrowserPerClass {

    static Browser browser;

    @BeforeAll
    static void startBrowser() throws Exception {
        browser = new Browser(System.getProperty("coplan.baseUrl", "http://localhost:8080/coplan"));
    }

    @AfterEach
    void noScriptWasRefusedOrFailed() {
        assertThat(browser.scriptProblems()).as("the browser console (Content-Security-Policy and script errors)").isEmpty();
    }

    @AfterAll
    static void stopBrowser() throws Exception {
        if (browser != null) {
            browser.close();
            browser = null;
        }
    }
}
