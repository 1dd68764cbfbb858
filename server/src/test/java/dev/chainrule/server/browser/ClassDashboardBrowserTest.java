package dev.chainrule.server.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.chainrule.server.App;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * In headless Chromium, on the built-in course: an admin makes a signed-up user a teacher, the teacher makes a class on
 * /classes, a learner signs up, joins through the class's link and submits a wrong answer to {@code two-neuron-dw2}
 * made with a known mistake (the sigmoid's derivative left out), and the teacher finds the attempt and the mistake's
 * name on the dashboard and on the learner's page.
 */
class ClassDashboardBrowserTest {

    static final String ADMIN = "root@example.org";
    static final String ADMIN_PASSWORD = "admin-password-long-enough";
    static final String TEACHER = "tess@example.org";
    static final String LEARNER = "ada@example.org";
    static final String PASSWORD = "amber-gradient-ladder";
    static final String EXERCISE = "two-neuron-dw2";
    static final String MISTAKE = "activation-derivative-omitted";

    @TempDir
    static Path databaseDir;
    static App.Running site;
    static BrowserSession browser;

    @BeforeAll
    static void start() {
        site = App.start(BrowserSite.h2(databaseDir).withAdmin(ADMIN, ADMIN_PASSWORD));
        browser = BrowserSession.start(site.port());
    }

    @AfterAll
    static void stop() {
        BrowserSite.stop(browser, site);
    }

    @Test
    void aTeacherSeesALearnersWrongAttemptAndItsNamedMistakeOnTheDashboardAndTheLearnerPage() {
        signUp(TEACHER);
        asNobody();
        logIn(ADMIN, ADMIN_PASSWORD);
        browser.open("/admin/users");
        WebElement row = browser.waitFor(driver -> driver.findElements(By.cssSelector("tr[data-user-id]")).stream()
                .filter(r -> r.getText().contains(TEACHER)).findFirst().orElse(null));
        row.findElement(By.cssSelector("input[name='role'][value='teacher'] ~ button")).click();
        browser.waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector("p.form-done")));

        asNobody();
        logIn(TEACHER, PASSWORD);
        browser.open("/classes");
        browser.find("#class-name").sendKeys("Backprop 101");
        browser.find(".class-form button[type='submit']").click();
        browser.waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector("main.class-dashboard")));
        String dashboard = browser.driver().getCurrentUrl().substring(browser.url("").length());
        assertTrue(dashboard.matches("/classes/\\d+"), dashboard);
        String joinPath = browser.find(".join-info a.join-link").getDomAttribute("href");
        assertTrue(joinPath.startsWith("/join/"), joinPath);

        asNobody();
        signUp(LEARNER);
        browser.open(joinPath);
        browser.find(".join-form button[type='submit']").click();
        browser.waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".join-page p.form-done")));
        String typed = submitWithoutSigmoidDerivative();

        asNobody();
        logIn(TEACHER, PASSWORD);
        browser.open(dashboard);
        WebElement learnerRow = browser.waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector("tr.learner-row")));
        assertTrue(learnerRow.getText().contains(LEARNER), learnerRow.getText());
        WebElement cell = learnerRow.findElement(By.cssSelector("td.cell[data-exercise-id='" + EXERCISE + "']"));
        assertTrue(cell.getDomAttribute("class").contains("cell-wrong"), cell.getDomAttribute("class"));
        assertEquals("\u2717", cell.findElement(By.cssSelector(".symbol")).getText(), "the state reads without colour");
        assertTrue(cell.findElements(By.cssSelector(".tries")).isEmpty(), "40 columns: symbols, and attempts only when several");
        assertTrue(cell.getDomAttribute("title").contains("1 attempt"), cell.getDomAttribute("title"));
        WebElement header = browser.find("table.class-matrix th.exercise-col[data-exercise-id='" + EXERCISE + "']");
        String label = header.findElement(By.cssSelector("span")).getText();
        assertTrue(label.matches("\\d+\\.\\d+"), "a short lesson.exercise label: " + label);
        assertEquals("sticky", header.getCssValue("position"), "the header stays in view when the matrix scrolls");
        assertEquals("sticky", learnerRow.findElement(By.cssSelector("th")).getCssValue("position"), "so does the learner column");

        assertEquals("1 of 1", browser.find(".tile-day .tile-value").getText(), "the overview counts today's learner");
        WebElement hardest = browser.find(".hardest li[data-exercise-id='" + EXERCISE + "']");
        assertTrue(hardest.getText().contains("0%"), hardest.getText());
        WebElement stats = browser.find("table.exercise-stats tr[data-exercise-id='" + EXERCISE + "']");
        assertEquals("1", stats.findElement(By.cssSelector("td.attempts")).getText());
        String name = englishMistakeName(MISTAKE);
        WebElement counted = stats.findElement(By.cssSelector("td.mistakes li[data-mistake='" + MISTAKE + "']"));
        assertEquals(name + ": 1", counted.getText());
        assertTrue(hardest.getText().contains(name), "the exercise's most frequent mistake: " + hardest.getText());
        assertTrue(browser.find(".mistake-totals li[data-mistake='" + MISTAKE + "']").getText().contains(name));

        learnerRow.findElement(By.cssSelector("th a")).click();
        WebElement attempt = browser.waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector("tr.attempt")));
        assertEquals(1, browser.findAll("tr.attempt").size());
        assertTrue(attempt.getText().contains(typed), attempt.getText());
        assertEquals("0%", attempt.findElement(By.cssSelector("td.score")).getText());
        assertEquals("(" + name + ")", attempt.findElement(By.cssSelector(".fields .mistake")).getText());
        assertEquals(List.of(name), attempt.findElements(By.cssSelector("td.mistakes li")).stream().map(WebElement::getText).toList());
        assertEquals(List.of(), browser.consoleErrors());
    }

    /**
     * Opens the chain-rule lesson, reads the variant's x, w1, w2 and d from the page's JSON and submits dP/dw2 computed
     * as (d - z) * y: the chain rule with the output sigmoid's derivative z(1 - z) left out. Returns what was typed.
     */
    private static String submitWithoutSigmoidDerivative() {
        browser.open("/lessons/chain-rule");
        WebElement exercise = browser.waitFor(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("section.exercise[data-exercise-id='" + EXERCISE + "'][data-client-ready='true']")));
        JsonNode params = variantParams(exercise);
        double y = sigmoid(params.get("w1").asDouble() * params.get("x").asDouble());
        double z = sigmoid(params.get("w2").asDouble() * y);
        double wrong = (params.get("d").asDouble() - z) * y;
        String typed = new BigDecimal(wrong).round(new MathContext(6)).stripTrailingZeros().toPlainString();
        browser.scrollTo(exercise);
        exercise.findElement(By.cssSelector("input[data-field='dP/dw2']")).sendKeys(typed);
        exercise.findElement(By.cssSelector("button.exercise-submit")).click();
        browser.waitFor(driver -> "submitted".equals(
                exercise.findElement(By.cssSelector(".exercise-result")).getDomAttribute("data-status")));
        WebElement verdict = exercise.findElement(By.cssSelector(".verdict.verdict-server[data-field='dP/dw2']"));
        browser.waitFor(driver -> "incorrect".equals(verdict.getDomAttribute("data-status")));
        return typed;
    }

    private static JsonNode variantParams(WebElement exercise) {
        String json = exercise.findElement(By.cssSelector("script.exercise-variant")).getDomProperty("textContent");
        try {
            return new ObjectMapper().readTree(json).get("params");
        } catch (IOException e) {
            throw new AssertionError("the embedded variant is not JSON: " + json, e);
        }
    }

    private static double sigmoid(double a) {
        return 1 / (1 + Math.exp(-a));
    }

    /** The mistake's English name from the server's message bundle. */
    private static String englishMistakeName(String id) {
        try (InputStream in = ClassDashboardBrowserTest.class.getResourceAsStream("/messages_en.properties");
             Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            Properties messages = new Properties();
            messages.load(reader);
            String name = messages.getProperty("mistake." + id);
            assertTrue(name != null && !name.isBlank(), "the bundle names " + id);
            return name;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Forgets every cookie: the next page is a new visitor's. */
    private static void asNobody() {
        browser.driver().manage().deleteAllCookies();
    }

    private static void signUp(String email) {
        browser.open("/signup");
        browser.find("#email").sendKeys(email);
        browser.find("#password").sendKeys(PASSWORD);
        browser.find("#confirmation").sendKeys(PASSWORD);
        browser.find(".account-form button[type='submit']").click();
        browser.waitFor(ExpectedConditions.urlToBe(browser.url("/")));
    }

    private static void logIn(String email, String password) {
        browser.open("/login");
        browser.find("#email").sendKeys(email);
        browser.find("#password").sendKeys(password);
        browser.find("main form button[type='submit']").click();
        browser.waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".site-account .signed-in")));
    }
}
