package org.lifelonglinks.support;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * Base of the end-to-end tests: the whole service (as {@link IntegrationTest}) and a real headless Chromium, signed
 * out and with nothing stored at the start of each test (see {@link Browser} for how one process serves many tests).
 */
public abstract class BrowserTest extends IntegrationTest {

    protected Browser browser;

    @BeforeEach
    void openBrowser() {
        browser = Browser.open(port);
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }
}
