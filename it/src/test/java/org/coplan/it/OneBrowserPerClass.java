package org.coplan.it;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** Browser tests that share one headless Chromium across a class: started before its first test, closed after its last. */
abstract class OneBrowserPerClass {

    static Browser browser;

    @BeforeAll
    static void startBrowser() throws Exception {
        browser = new Browser(System.getProperty("coplan.baseUrl", "http://localhost:8080/coplan"));
    }

    @AfterAll
    static void stopBrowser() throws Exception {
        if (browser != null) {
            browser.close();
            browser = null;
        }
    }
}
