package dev.chainrule.server.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.stream.Stream;

/**
 * A headless Chromium driven by Selenium, set up as {@code /work/shared/STACK.md} says: the system's chromedriver and
 * chromium named explicitly (so Selenium Manager downloads nothing) and a fresh profile that is deleted on close.
 */
final class BrowserSession implements AutoCloseable {

    static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");
    static final String CHROMIUM = "/usr/bin/chromium";
    /** Long enough for a cold JIT on a busy 2-core machine, short enough that a broken page fails fast. */
    static final Duration DEFAULT_WAIT = Duration.ofSeconds(10);

    private final String baseUrl;
    private final Path profile;
    private final ChromeDriverService service;
    private final ChromeDriver driver;

    private BrowserSession(String baseUrl, Path profile, ChromeDriverService service, ChromeDriver driver) {
        this.baseUrl = baseUrl;
        this.profile = profile;
        this.service = service;
        this.driver = driver;
    }

    /** Starts a browser whose relative paths go to {@code http://localhost:port}; the window is 1280×900 CSS pixels. */
    static BrowserSession start(int port) {
        if (!CHROMEDRIVER.canExecute() || !new File(CHROMIUM).canExecute()) {
            throw new IllegalStateException("browser tests need " + CHROMIUM + " and " + CHROMEDRIVER
                    + " (apt-get install chromium chromium-driver; bin/test installs them)");
        }
        Path profile = createProfileDir();
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER)
                .usingAnyFreePort()
                .build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--user-data-dir=" + profile, "--window-size=1280,900");
        options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, Level.ALL.getName()));
        try {
            return new BrowserSession("http://localhost:" + port, profile, service, new ChromeDriver(service, options));
        } catch (RuntimeException e) {
            service.stop();
            deleteProfile(profile);
            throw e;
        }
    }

    WebDriver driver() {
        return driver;
    }

    /** Loads {@code path} (e.g. {@code /lessons/chain-rule}) from the server under test. */
    void open(String path) {
        driver.get(baseUrl + path);
    }

    /** The URL of {@code path} on the server under test. */
    String url(String path) {
        return baseUrl + path;
    }

    /** Waits until math.js has typeset all of the page's own formulas (it sets them in slices after the page loads). */
    void waitForMath() {
        waitFor(driver -> "done".equals(driver.findElement(By.tagName("html")).getDomAttribute("data-math")));
    }

    /** Waits until {@code condition} holds (a non-null, non-false value), up to {@link #DEFAULT_WAIT}. */
    <T> T waitFor(ExpectedCondition<T> condition) {
        return new WebDriverWait(driver, DEFAULT_WAIT).until(condition);
    }

    WebElement find(String cssSelector) {
        return driver.findElement(By.cssSelector(cssSelector));
    }

    List<WebElement> findAll(String cssSelector) {
        return driver.findElements(By.cssSelector(cssSelector));
    }

    /** Runs {@code script} in the page and returns its result (Selenium's conversions: strings, longs, lists, maps). */
    Object script(String script, Object... args) {
        return driver.executeScript(script, args);
    }

    /** Scrolls {@code element} to the middle of the viewport, so clicks and screenshots see it. */
    void scrollTo(WebElement element) {
        driver.executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
    }

    /**
     * The console messages at level SEVERE since the last call: errors the page logged, failed loads. The browser's own
     * request for {@code /favicon.ico} is left out: the page does not ask for it.
     */
    List<String> consoleErrors() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage)
                .filter(message -> !message.contains("/favicon.ico "))
                .toList();
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            service.stop();
            deleteProfile(profile);
        }
    }

    private static Path createProfileDir() {
        try {
            return Files.createTempDirectory("chainrule-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteProfile(Path profile) {
        try (Stream<Path> paths = Files.walk(profile)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // a leftover profile in the temp directory is harmless; the test result matters more
        }
    }
}
