package dev.chainrule.server.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.chainrule.server.App;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleUnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The built-in chain-rule lesson in headless Chromium against a real server: KaTeX typesets the math, the grader
 * compiled to JavaScript checks answers in the page, and the server's re-grading of the submission agrees with it.
 */
class LessonPageBrowserTest {

    static final String LESSON = "/lessons/chain-rule";
    static final List<String> BOTH_FIELDS = List.of("dP/dw2", "dP/dy", "dP/dw1");
    /** Text that only shows when math was left untypeset: a TeX command or a dollar delimiter. */
    static final Pattern RAW_TEX = Pattern.compile("\\$|\\\\[A-Za-z]+");

    @TempDir
    static Path databaseDir;
    static App.Running site;
    static BrowserSession browser;

    @BeforeAll
    static void start() {
        site = App.start(BrowserSite.h2(databaseDir));
        browser = BrowserSession.start(site.port());
    }

    @AfterAll
    static void stop() {
        BrowserSite.stop(browser, site);
    }

    /** Every test is a new anonymous learner with fresh variants. */
    @BeforeEach
    void forgetTheLearner() {
        browser.open("/robots.txt");
        browser.driver().manage().deleteAllCookies();
    }

    @Test
    void aLearnerReachesTheLessonFromTheHomePageAndSeesTypesetMath() {
        browser.open("/");
        browser.find("a[href='" + LESSON + "']").click();
        browser.waitFor(ExpectedConditions.urlToBe(browser.url(LESSON)));
        waitUntilExercisesAreReady();
        browser.waitForMath();

        assertFalse(browser.findAll(".lesson-body .katex-display").isEmpty(), "display math is typeset");
        assertTrue(browser.findAll(".katex").size() > 50, "inline and display math are typeset");
        assertEquals(List.of(), browser.findAll(".katex-error"), "KaTeX reported no errors");
        String visible = visibleTextWithoutMathMarkup();
        Matcher raw = RAW_TEX.matcher(visible);
        assertFalse(raw.find(), () -> "untypeset TeX '" + raw.group() + "' near: " + around(visible, raw.start()));
        assertTrue(visible.contains("The chain rule on a two-neuron network"), visible);
        assertEquals(List.of(), browser.consoleErrors());
    }

    @Test
    void inBrowserAndServerVerdictsAgreeFieldByFieldOnTheWholeBackwardPass() {
        browser.open(LESSON);
        WebElement exercise = waitUntilReady("two-neuron-both");
        Map<String, Double> params = params(exercise);
        Map<String, Double> reference = twoNeuronSlopes(params);
        double wrong = reference.get("dP/dw1") + 0.5 + 10 * Math.abs(reference.get("dP/dw1"));
        Map<String, String> typed = new LinkedHashMap<>();
        typed.put("dP/dw2", decimal(reference.get("dP/dw2")));
        typed.put("dP/dy", decimal(reference.get("dP/dy")));
        typed.put("dP/dw1", decimal(wrong));

        browser.scrollTo(exercise);
        typed.forEach((field, answer) -> input(exercise, field).sendKeys(answer));
        Map<String, String> local = statuses(exercise, "verdict-local");
        assertEquals(Map.of("dP/dw2", "correct", "dP/dy", "correct", "dP/dw1", "incorrect"), local,
                () -> "params " + params + ", typed " + typed);

        exercise.findElement(By.cssSelector("button.exercise-submit")).click();
        Map<String, String> server = statuses(exercise, "verdict-server");
        assertEquals(local, server, "the server grades each field as the page did");
        WebElement result = exercise.findElement(By.cssSelector(".exercise-result"));
        assertEquals("submitted", result.getDomAttribute("data-status"));
        assertTrue(result.getText().contains("2 of 3"), result.getText());

        String learner = "(SELECT MAX(id) FROM learners)";
        assertEquals(List.of("1"), strings("SELECT COUNT(*) FROM attempts WHERE learner_id = " + learner));
        List<String> stored = strings("SELECT exercise_id || ' ' || CAST(ROUND(score * 1000) AS INT) FROM attempts WHERE learner_id = " + learner);
        assertEquals(List.of("two-neuron-both 667"), stored);
        assertEquals(List.of(), browser.consoleErrors());
    }

    @Test
    void anAnswerThatIsNotANumberIsInvalidInThePageAndOnTheServer() {
        browser.open(LESSON);
        WebElement exercise = waitUntilReady("two-neuron-dw2");
        browser.scrollTo(exercise);
        input(exercise, "dP/dw2").sendKeys("abc");
        assertEquals(Map.of("dP/dw2", "invalid"), statuses(exercise, "verdict-local"));

        exercise.findElement(By.cssSelector("button.exercise-submit")).click();
        assertEquals(Map.of("dP/dw2", "invalid"), statuses(exercise, "verdict-server"));
        assertTrue(exercise.findElement(By.cssSelector(".exercise-result")).getText().contains("0 of 1"));
        assertEquals(List.of("{\"dP/dw2\":\"abc\"}"),
                strings("SELECT answers FROM attempts WHERE learner_id = (SELECT MAX(id) FROM learners)"));
        assertEquals(List.of(), browser.consoleErrors());
    }

    /** The three slopes {@code two-neuron-both} asks for, by central differences of the network written out here. */
    static Map<String, Double> twoNeuronSlopes(Map<String, Double> p) {
        double x = p.get("x");
        double w1 = p.get("w1");
        double w2 = p.get("w2");
        double d = p.get("d");
        double y = sigmoid(w1 * x);
        Map<String, Double> slopes = new LinkedHashMap<>();
        slopes.put("dP/dw2", slope(v -> performanceFromHidden(y, v, d), w2));
        slopes.put("dP/dy", slope(v -> performanceFromHidden(v, w2, d), y));
        slopes.put("dP/dw1", slope(v -> performanceFromHidden(sigmoid(v * x), w2, d), w1));
        return slopes;
    }

    /** P as a function of the hidden neuron's output y: the network cut at y, which is what dP/dy needs. */
    static double performanceFromHidden(double y, double w2, double d) {
        double z = sigmoid(w2 * y);
        return -0.5 * (d - z) * (d - z);
    }

    static double slope(DoubleUnaryOperator f, double at) {
        double step = 1e-6;
        return (f.applyAsDouble(at + step) - f.applyAsDouble(at - step)) / (2 * step);
    }

    static double sigmoid(double a) {
        return 1 / (1 + Math.exp(-a));
    }

    /** Six significant digits, never in E notation: what a learner would type. */
    static String decimal(double value) {
        return new BigDecimal(value).round(new MathContext(6)).stripTrailingZeros().toPlainString();
    }

    private static void waitUntilExercisesAreReady() {
        browser.waitFor(driver -> {
            List<WebElement> all = browser.findAll("section.exercise");
            return !all.isEmpty() && all.size() == browser.findAll("section.exercise[data-client-ready='true']").size();
        });
    }

    private static WebElement waitUntilReady(String exerciseId) {
        return browser.waitFor(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("section.exercise[data-exercise-id='" + exerciseId + "'][data-client-ready='true']")));
    }

    private static Map<String, Double> params(WebElement exercise) {
        String json = exercise.findElement(By.cssSelector("script.exercise-variant")).getDomProperty("textContent");
        try {
            JsonNode variant = new ObjectMapper().readTree(json);
            Map<String, Double> params = new LinkedHashMap<>();
            variant.get("params").properties().forEach(e -> params.put(e.getKey(), e.getValue().asDouble()));
            return params;
        } catch (Exception e) {
            throw new AssertionError("the embedded variant is not JSON: " + json, e);
        }
    }

    private static WebElement input(WebElement exercise, String field) {
        return exercise.findElement(By.cssSelector("input[data-field='" + field + "']"));
    }

    /** Waits until every {@code .kind} verdict of the exercise has a status, then returns field -> status. */
    private static Map<String, String> statuses(WebElement exercise, String kind) {
        return browser.waitFor(driver -> {
            Map<String, String> statuses = new LinkedHashMap<>();
            for (WebElement verdict : exercise.findElements(By.cssSelector(".verdict." + kind))) {
                String status = verdict.getDomAttribute("data-status");
                if (status == null || status.isEmpty()) {
                    return null;
                }
                statuses.put(verdict.getDomAttribute("data-field"), status);
            }
            return statuses.isEmpty() ? null : statuses;
        });
    }

    /** The page's rendered text, minus KaTeX's hidden MathML copy (which keeps the TeX source for screen readers). */
    private static String visibleTextWithoutMathMarkup() {
        return (String) browser.script("""
                const hidden = [...document.querySelectorAll('.katex-mathml')];
                hidden.forEach(el => el.style.display = 'none');
                const text = document.body.innerText;
                hidden.forEach(el => el.style.display = '');
                return text;""");
    }

    private static String around(String text, int index) {
        return text.substring(Math.max(0, index - 60), Math.min(text.length(), index + 60));
    }

    private static List<String> strings(String sql) {
        try (Connection connection = site.dataSource().getConnection();
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            List<String> values = new ArrayList<>();
            while (rows.next()) {
                values.add(rows.getString(1));
            }
            return values;
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }
}
