package org.coplan.it;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium for browser tests: Debian's chromium and chromedriver from the PATH, so
 * Selenium never tries to download a driver. A fresh profile for every browser.
 */
public final class Browser implements AutoCloseable {

    private final WebDriver driver;
    private final Path profile;
    private final String base;

    public Browser(String base) throws IOException {
        this.base = base;
        this.profile = Files.createTempDirectory("coplan-chromium-");
        File chromedriver = onPath("chromedriver").orElseThrow(() -> new IllegalStateException(
                "chromedriver not found: install Debian's chromium and chromium-driver packages"));
        File chromium = onPath("chromium").or(() -> onPath("chromium-browser")).orElseThrow(() ->
                new IllegalStateException("chromium not found: install Debian's chromium package"));
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium);
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1280,900", "--lang=en-GB",
                "--user-data-dir=" + profile.toAbsolutePath());
        // The browser's console, read by scriptProblems(): refused scripts and script errors show there.
        org.openqa.selenium.logging.LoggingPreferences logs = new org.openqa.selenium.logging.LoggingPreferences();
        logs.enable(org.openqa.selenium.logging.LogType.BROWSER, java.util.logging.Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(chromedriver)
                .usingAnyFreePort()
                .build();
        this.driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    }

    private static Optional<File> onPath(String name) {
        return Arrays.stream(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .map(dir -> new File(dir, name))
                .filter(f -> f.isFile() && f.canExecute())
                .findFirst();
    }

    public WebDriver driver() {
        return driver;
    }

    public void open(String path) {
        driver.get(base + path);
    }

    public void signIn(String username, String password) {
        open("/login.xhtml");
        driver.findElement(By.id("login:username")).clear();
        driver.findElement(By.id("login:username")).sendKeys(username);
        driver.findElement(By.id("login:password")).sendKeys(password);
        driver.findElement(By.id("login:submit")).click();
    }

    public String heading() {
        return waitFor(By.tagName("h1")).getText();
    }

    public org.openqa.selenium.WebElement waitFor(By by) {
        return patiently().until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    /** Waits until the element holds the text, looking again while the page is replaced under it. */
    public void waitForText(By by, String text) {
        patiently().until(ExpectedConditions.textToBePresentInElementLocated(by, text));
    }

    public void waitForHeading(String text) {
        patiently().until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), text));
    }

    /**
     * A wait that looks again when the page is being replaced under it: Chromium then answers
     * "node does not belong to the document", which is not yet a failure.
     */
    private WebDriverWait patiently() {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
        wait.ignoring(org.openqa.selenium.WebDriverException.class);
        return wait;
    }

    /**
     * Runs axe-core's rules on the page as it is and answers its serious and critical
     * violations (empty when there are none). Fails when axe ran no rule at all.
     */
    public java.util.List<String> seriousAccessibilityProblems() {
        com.deque.html.axecore.results.Results results = new com.deque.html.axecore.selenium.AxeBuilder().analyze(driver);
        if (results.getPasses() == null || results.getPasses().isEmpty()) {
            throw new IllegalStateException("axe-core ran no rule on " + driver.getCurrentUrl());
        }
        return results.getViolations().stream()
                .filter(v -> "serious".equals(v.getImpact()) || "critical".equals(v.getImpact()))
                .map(v -> v.getId() + ": " + v.getHelp() + " " + v.getNodes().stream().map(n -> String.valueOf(n.getTarget())).toList())
                .toList();
    }

    /**
     * What the browser's console said since the last call that a page must never cause: anything
     * the Content-Security-Policy refused (an inline script or handler, eval, a file from elsewhere)
     * and any script error. Files that answered with an error status are not counted here.
     */
    public java.util.List<String> scriptProblems() {
        return driver.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER).getAll().stream()
                .map(org.openqa.selenium.logging.LogEntry::getMessage)
                .filter(Browser::isScriptProblem)
                .toList();
    }

    static boolean isScriptProblem(String message) {
        return message.contains("Content Security Policy") || message.contains("Uncaught")
                || message.contains("Refused to") || message.contains("EvalError");
    }

    public void signOutEverywhere() {
        driver.manage().deleteAllCookies();
    }

    /** Keeps a picture of the screen for a person to look at after the run. */
    public void screenshot(String name) {
        try {
            Path dir = Path.of(System.getProperty("coplan.screenshots", "target/screenshots"));
            Files.createDirectories(dir);
            Files.write(dir.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } catch (IOException | RuntimeException e) {
            // a missing screenshot never fails a test
        }
    }

    @Override
    public void close() throws IOException {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        }
    }
}
