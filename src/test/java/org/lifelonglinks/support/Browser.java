package org.lifelonglinks.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real headless Chromium (Debian's chromium and chromium-driver) driven over WebDriver. Chromium processes are
 * kept between tests (starting one costs seconds on a small machine): {@link #close()} clears every cookie and
 * all storage, closes extra tabs and hands it back, so each test still starts signed out. Screenshots go to
 * {@code target/screenshots}.
 */
public final class Browser implements AutoCloseable {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    /** Chromium processes not in use, ready for the next test; quit when the test JVM ends. */
    private static final java.util.Deque<ChromeDriver> IDLE = new java.util.ArrayDeque<>();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            synchronized (IDLE) {
                IDLE.forEach(Browser::quitQuietly);
                IDLE.clear();
            }
        }, "browser-pool-shutdown"));
    }

    private final ChromeDriver driver;
    private final String baseUrl;
    private final WebDriverWait wait;

    private Browser(ChromeDriver driver, String baseUrl) {
        this.driver = driver;
        this.baseUrl = baseUrl;
        this.wait = waitUpTo(Duration.ofSeconds(20));
    }

    /**
     * A wait that looks again every 25 ms. Selenium's default is 500 ms, so a condition not yet true at the first
     * look cost up to half a second more than the page needed.
     */
    public WebDriverWait waitUpTo(Duration timeout) {
        var quick = new WebDriverWait(driver, timeout);
        quick.pollingEvery(Duration.ofMillis(25));
        return quick;
    }

    /** A browser window of a laptop's size. */
    public static Browser open(int port) {
        return open(port, 1280, 900);
    }

    /** A window of the given size: 390 × 844 is a phone. */
    public static Browser open(int port, int width, int height) {
        ChromeDriver driver;
        synchronized (IDLE) {
            driver = IDLE.poll();
        }
        if (driver == null) {
            driver = start();
        }
        driver.manage().window().setSize(new Dimension(width, height));
        return new Browser(driver, "http://localhost:" + port);
    }

    private static ChromeDriver start() {
        var options = new ChromeOptions();
        options.setBinary(executable("CHROMIUM_BIN", "/usr/bin/chromium"));
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--no-first-run", "--disable-dev-shm-usage",
                "--window-size=1280,900", "--lang=en-GB");
        // The console is kept so tests can see what the browser refused (a Content-Security-Policy violation, say).
        options.setCapability("goog:loggingPrefs", java.util.Map.of("browser", "ALL"));
        // The driver is the system's: no download by Selenium Manager (there is no internet here).
        var service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(executable("CHROMEDRIVER_BIN", "/usr/bin/chromedriver")).toFile())
                .usingAnyFreePort()
                .build();
        return new ChromeDriver(service, options);
    }

    private static String executable(String variable, String fallback) {
        String configured = System.getenv(variable);
        return configured == null || configured.isBlank() ? fallback : configured;
    }

    /** Opens a page of the service and waits until its script has finished loading what it shows. */
    public Browser go(String path) {
        driver.get(baseUrl + path);
        waitUntilReady();
        return this;
    }

    /** Waits for the page's script to mark it ready (pages without a script are ready once loaded). */
    public void waitUntilReady() {
        wait.until(d -> {
            Object ready = ((JavascriptExecutor) d).executeScript(
                    "return document.readyState === 'complete' && (!window.LL || !document.querySelector('script[data-page]')"
                            + " || document.body.dataset.ready === 'true')");
            return Boolean.TRUE.equals(ready);
        });
    }

    public Browser signIn(String username, String password) {
        driver.get(baseUrl + "/login");
        field("Username").clear();
        field("Username").sendKeys(username);
        field("Password").sendKeys(password);
        clickAndWaitForTheNextPage(button("Sign in"));
        return this;
    }

    public Browser signOut() {
        clickAndWaitForTheNextPage(button("Sign out"));
        return this;
    }

    /** Clicks something that leads to another page, and waits until that page (not this one) is ready. */
    public void clickAndWaitForTheNextPage(WebElement element) {
        element.click();
        wait.until(d -> isGone(element));
        waitUntilReady();
    }

    /**
     * Whether the element's page has been replaced. While the old document is going away, Chrome may answer "node
     * does not belong to the document" instead of a stale element: that is gone too.
     */
    private static boolean isGone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (org.openqa.selenium.StaleElementReferenceException e) {
            return true;
        } catch (org.openqa.selenium.WebDriverException e) {
            if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
                return true;
            }
            throw e;
        }
    }

    /** The form field whose label reads this text, found as a person (or a screen reader) finds it. */
    public WebElement field(String label) {
        var labels = driver.findElements(By.xpath("//label[normalize-space(.)=" + xpathLiteral(label) + "]"));
        if (labels.isEmpty()) {
            labels = driver.findElements(By.xpath("//label[starts-with(normalize-space(.), " + xpathLiteral(label) + ")]"));
        }
        assertThat(labels).as("a label '%s' on %s", label, driver.getCurrentUrl()).isNotEmpty();
        var element = labels.getFirst();
        String id = element.getAttribute("for");
        return id == null || id.isEmpty() ? element.findElement(By.xpath(".//input|.//select|.//textarea"))
                : driver.findElement(By.id(id));
    }

    /**
     * Types a date into the first shown GOV.UK date input (Day, Month, Year in a fieldset) whose legend starts with
     * {@code legend}; blanks clear a part.
     */
    public void date(String legend, String day, String month, String year) {
        var fieldset = driver.findElements(By.xpath("//fieldset[@data-date][legend[starts-with(normalize-space(.), "
                + xpathLiteral(legend) + ")]]")).stream().filter(WebElement::isDisplayed).findFirst()
                .orElseThrow(() -> new AssertionError("no date '" + legend + "' on " + driver.getCurrentUrl()));
        String[] parts = {"day", "month", "year"};
        String[] values = {day, month, year};
        for (int i = 0; i < 3; i++) {
            var input = fieldset.findElement(By.cssSelector("[data-part='" + parts[i] + "']"));
            input.clear();
            if (!values[i].isEmpty()) {
                input.sendKeys(values[i]);
            }
        }
    }

    /** Types {@code iso} (yyyy-mm-dd, or blank) into the date input named {@code legend}. */
    public void date(String legend, String iso) {
        if (iso.isEmpty()) {
            date(legend, "", "", "");
            return;
        }
        var d = java.time.LocalDate.parse(iso);
        date(legend, String.valueOf(d.getDayOfMonth()), String.valueOf(d.getMonthValue()), String.valueOf(d.getYear()));
    }

    /**
     * Chooses an option of the select whose label reads this, once the option is there; a page that refills its
     * options while loading is waited for rather than raced.
     */
    public void choose(String label, String option) {
        settledWait().until(d -> {
            new org.openqa.selenium.support.ui.Select(field(label)).selectByVisibleText(option);
            return true;
        });
    }

    public WebElement button(String text) {
        return settledWait().until(ExpectedConditions.elementToBeClickable(By.xpath(
                "//button[normalize-space(.)=" + xpathLiteral(text) + "]|//a[normalize-space(.)=" + xpathLiteral(text)
                        + "]|//input[@type='submit' and @value=" + xpathLiteral(text) + "]")));
    }

    public WebElement link(String text) {
        return settledWait().until(ExpectedConditions.elementToBeClickable(By.xpath(
                "//a[normalize-space(.)=" + xpathLiteral(text) + "]")));
    }

    /**
     * A wait that looks again when the page replaced the element it found (Chromium then answers "node does not
     * belong to the document"), rather than failing on a page still drawing itself.
     */
    private WebDriverWait settledWait() {
        var settled = waitUpTo(Duration.ofSeconds(20));
        settled.ignoring(org.openqa.selenium.WebDriverException.class);
        return settled;
    }

    /** Waits for an element to appear and answers it. */
    public WebElement await(By by) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    /** Waits until some element matching the selector shows this text. */
    public WebElement awaitText(By by, String text) {
        wait.until(ExpectedConditions.textToBePresentInElementLocated(by, text));
        return driver.findElements(by).stream().filter(e -> e.getText().contains(text)).findFirst().orElseThrow();
    }

    public List<WebElement> all(By by) {
        return driver.findElements(by);
    }

    public String text() {
        return driver.findElement(By.tagName("body")).getText();
    }

    public String path() {
        return java.net.URI.create(driver.getCurrentUrl()).getPath();
    }

    public String source() {
        return driver.getPageSource();
    }

    public Object script(String javascript, Object... arguments) {
        return driver.executeScript(javascript, arguments);
    }

    public ChromeDriver driver() {
        return driver;
    }

    /** Saves what the page looks like to target/screenshots/NAME.png, the whole page's height. */
    public Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            long height = (Long) driver.executeScript(
                    "return Math.max(document.body.scrollHeight, document.documentElement.scrollHeight)");
            var size = driver.manage().window().getSize();
            driver.manage().window().setSize(new Dimension(size.getWidth(), (int) Math.min(height + 40, 6000)));
            byte[] png = driver.getScreenshotAs(OutputType.BYTES);
            driver.manage().window().setSize(size);
            var file = SCREENSHOTS.resolve(name + ".png");
            Files.write(file, png);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Every accessibility problem on the page as it is now: axe-core's WCAG 2.2 AA rule set (A and AA of 2.0, 2.1
     * and 2.2), then the project's own checks, which axe does not make: exactly one h1, and the page's own script
     * included once (twice would bind every form twice).
     */
    public List<String> accessibilityProblems() {
        var problems = new java.util.ArrayList<>(axeViolations());
        problems.addAll(ownChecks());
        return problems;
    }

    private static final List<String> WCAG_22_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

    /** axe-core's violations of the WCAG 2.2 AA tags, each as "rule: what is wrong — where (first five places)". */
    @SuppressWarnings("unchecked")
    public List<String> axeViolations() {
        preloadAxe();
        return (List<String>) driver.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, { runOnly: { type: 'tag', values: arguments[0] }, resultTypes: ['violations'] })
                  .then((result) => done(result.violations.map((v) => v.id + ': ' + v.help + ' — '
                      + v.nodes.slice(0, 5).map((n) => n.target.join(' ') + ' ' + (n.failureSummary || '')
                          .replace(/\\s+/g, ' ').slice(0, 160)).join(' | '))))
                  .catch((e) => done(['axe failed to run: ' + e]));
                """, WCAG_22_AA);
    }

    /**
     * Chromium processes told to load axe-core into every new page themselves. Sending its half a megabyte over
     * WebDriver for every check cost more than the check (about 1.4 s against 0.3 s on a loaded machine).
     */
    private static final java.util.Set<ChromeDriver> AXE_PRELOADED =
            java.util.Collections.synchronizedSet(java.util.Collections.newSetFromMap(new java.util.WeakHashMap<>()));

    /** Makes axe-core present on the current page and on every page this browser opens after it. */
    private void preloadAxe() {
        if (AXE_PRELOADED.add(driver)) {
            driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument",
                    java.util.Map.of("source", AXE_SOURCE.get()));
        }
        if (!Boolean.TRUE.equals(driver.executeScript("return typeof axe !== 'undefined'"))) {
            driver.executeScript(AXE_SOURCE.get());
        }
    }

    private static final java.util.function.Supplier<String> AXE_SOURCE = memoised(() -> {
        try (var in = Browser.class.getResourceAsStream("/axe.min.js")) {
            return new String(java.util.Objects.requireNonNull(in, "axe.min.js (com.deque.html.axe-core:selenium)")
                    .readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    });

    private static <T> java.util.function.Supplier<T> memoised(java.util.function.Supplier<T> source) {
        var value = new java.util.concurrent.atomic.AtomicReference<T>();
        return () -> value.updateAndGet(current -> current != null ? current : source.get());
    }

    /**
     * Checks any page must pass that axe leaves alone or might miss: a language, a title, one h1, every form field
     * with a label or an accessible name, every image with alternative text, every button with a name, ids unique;
     * and the page's own script included once.
     */
    @SuppressWarnings("unchecked")
    private List<String> ownChecks() {
        return (List<String>) driver.executeScript("""
                const problems = [];
                if (!document.documentElement.lang) problems.push('html has no lang');
                if (!document.title.trim()) problems.push('page has no title');
                if (document.querySelectorAll('h1').length !== 1) problems.push('page has '
                    + document.querySelectorAll('h1').length + ' h1 elements');
                for (const el of document.querySelectorAll('input:not([type=hidden]), select, textarea')) {
                  const labelled = (el.id && document.querySelector('label[for="' + CSS.escape(el.id) + '"]'))
                      || el.closest('label') || el.getAttribute('aria-label') || el.getAttribute('aria-labelledby')
                      || el.getAttribute('title');
                  if (!labelled) problems.push('field without a label: ' + (el.name || el.id || el.outerHTML.slice(0, 80)));
                }
                for (const el of document.querySelectorAll('img')) {
                  if (!el.hasAttribute('alt')) problems.push('image without alt: ' + el.src);
                }
                for (const el of document.querySelectorAll('svg')) {
                  if (el.closest('[aria-hidden=true]') || el.getAttribute('aria-hidden') === 'true') continue;
                  if (!el.querySelector('title') && !el.getAttribute('aria-label') && !el.getAttribute('aria-labelledby')
                      && !el.closest('button,a,[role=img]')) problems.push('svg without a title or label');
                }
                for (const el of document.querySelectorAll('button, a[href]')) {
                  if (!(el.textContent.trim() || el.getAttribute('aria-label') || el.getAttribute('title')))
                    problems.push('control without a name: ' + el.outerHTML.slice(0, 80));
                }
                if (document.querySelectorAll('script[data-page]').length > 1) problems.push('page script included '
                    + document.querySelectorAll('script[data-page]').length + ' times');
                const ids = {};
                for (const el of document.querySelectorAll('[id]')) {
                  if (ids[el.id]) problems.push('duplicate id ' + el.id);
                  ids[el.id] = true;
                }
                return problems;
                """);
    }

    private static String xpathLiteral(String text) {
        if (!text.contains("'")) {
            return "'" + text + "'";
        }
        return "concat('" + text.replace("'", "', \"'\", '") + "')";
    }

    /** What the page wrote to the console since the last call: errors, warnings and policy violations. */
    public List<String> console() {
        return driver.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER).getAll().stream()
                .map(entry -> entry.getLevel() + " " + entry.getMessage()).toList();
    }

    /** Forgets everything this test did in the browser and keeps the process for the next; quits it if it cannot. */
    @Override
    public void close() {
        try {
            var windows = List.copyOf(driver.getWindowHandles());
            for (String extra : windows.subList(1, windows.size())) {
                driver.switchTo().window(extra).close();
            }
            driver.switchTo().window(windows.getFirst());
            driver.get("about:blank");
            driver.executeCdpCommand("Network.clearBrowserCookies", java.util.Map.of());
            driver.executeCdpCommand("Storage.clearDataForOrigin",
                    java.util.Map.of("origin", baseUrl, "storageTypes", "all"));
            driver.executeCdpCommand("Network.clearBrowserCache", java.util.Map.of());
            console(); // drains the log, so the next test reads only its own messages
        } catch (RuntimeException e) {
            quitQuietly(driver);
            return;
        }
        synchronized (IDLE) {
            IDLE.push(driver);
        }
    }

    private static void quitQuietly(ChromeDriver driver) {
        try {
            driver.quit();
        } catch (RuntimeException ignored) {
            // Already gone: nothing left to release.
        }
    }
}
