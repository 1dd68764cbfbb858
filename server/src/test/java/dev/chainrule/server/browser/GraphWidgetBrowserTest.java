package dev.chainrule.server.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.chainrule.content.ContentSource;
import dev.chainrule.content.Course;
import dev.chainrule.content.CourseLoader;
import dev.chainrule.grader.exercise.ExerciseSpec;
import dev.chainrule.grader.exercise.Exercises;
import dev.chainrule.server.App;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;

/**
 * The graph widget and its step-through in a real page, on both builds of the client: the forward-pass and
 * backward-pass exercises are drawn as graphs whose nodes hold the inputs, worked from the keyboard alone, judged per
 * node at once with error carried forward; after a submission the passes play step by step with each node's local
 * rule. Screenshots land in {@code server/target/browser-screenshots/} for a person to look at.
 */
class GraphWidgetBrowserTest {
    static final String LESSON = "/lessons/all-kinds";
    static final Path SHOTS = Path.of("target", "browser-screenshots");

    @TempDir
    static Path databaseDir;
    static Course course;
    static App.Running site;
    static BrowserSession browser;

    @BeforeAll
    static void start() {
        course = CourseLoader.load(ContentSource.classpath("testcourse"), "en");
        site = App.start(BrowserSite.h2(databaseDir), course);
        browser = BrowserSession.start(site.port());
    }

    @AfterAll
    static void stop() {
        BrowserSite.stop(browser, site);
    }

    @ParameterizedTest(name = "client={0}")
    @ValueSource(strings = {"js", "wasm"})
    void theForwardGraphIsWorkedFromTheKeyboardAndJudgedNodeByNodeWithErrorCarriedForward(String target) throws Exception {
        open(target);
        String section = "#exercise-kinds-forward";
        Map<String, Double> params = params("kinds-forward");
        double q = params.get("x") + params.get("y");
        double z = params.get("z");

        assertEquals(5, browser.findAll(section + " svg.graph-svg g.graph-node").size(), "x, y, z, q and f are drawn");
        assertEquals(List.of("q", "f"), browser.findAll(section + " svg.graph-svg input.node-input").stream()
                .map(i -> i.getAttribute("data-field")).toList(), "the inputs sit in the asked nodes, in working order");
        WebElement qInput = browser.find(section + " input[data-field='q']");
        String label = qInput.getAttribute("aria-label");
        assertTrue(label.contains("q") && label.contains("x + y"), "the input says where it is: " + label);

        // keyboard only: type a slip at q, Enter moves to f, f follows from the slip
        browser.scrollTo(qInput);
        qInput.click();
        qInput.sendKeys(number(q + 1), Keys.ENTER);
        WebElement focused = browser.driver().switchTo().activeElement();
        assertEquals("f", focused.getAttribute("data-field"), "Enter moved to the next node");
        focused.sendKeys(number((q + 1) * z));
        waitForNode(section, "q", "incorrect");
        waitForNode(section, "f", z == 0 ? "correct" : "carried");
        if (z != 0) {
            assertFalse(browser.find(section + " .exercise-hint").getAttribute("hidden") != null,
                    "the note on carried-forward grading shows");
        }

        // the right value at q: both right
        qInput.clear();
        qInput.sendKeys(number(q));
        waitForNode(section, "q", "correct");
        waitForNode(section, "f", z == 0 ? "correct" : "incorrect");
        shoot(section, "graph-forward-" + target);
        List<String> errors = browser.consoleErrors();
        assertTrue(errors.isEmpty(), "console errors: " + errors);
    }

    @ParameterizedTest(name = "client={0}")
    @ValueSource(strings = {"js", "wasm"})
    void afterSubmittingTheBackwardPassStepsThroughEveryLocalRule(String target) throws Exception {
        open(target);
        String section = "#exercise-kinds-backward";
        Map<String, String> solution = solution("kinds-backward");
        WebElement toggle = browser.find(section + " button.stepper-toggle");
        assertFalse(toggle.isEnabled(), "the step-through would give the answers away before a submission");
        for (Map.Entry<String, String> answer : solution.entrySet()) {
            WebElement input = browser.find(section + " input[data-field='" + answer.getKey() + "']");
            browser.scrollTo(input);
            input.clear();
            input.sendKeys(answer.getValue());
        }
        for (String field : solution.keySet()) {
            browser.waitFor(d -> "correct".equals(browser.find(section + " .verdict-local[data-field='" + field + "']")
                    .getAttribute("data-status")));
        }
        browser.find(section + " button.exercise-submit").click();
        for (String field : solution.keySet()) {
            browser.waitFor(d -> "correct".equals(browser.find(section + " .verdict-server[data-field='" + field + "']")
                    .getAttribute("data-status")));
        }
        browser.waitFor(d -> toggle.isEnabled());
        browser.scrollTo(toggle);
        toggle.click();
        assertEquals("true", browser.find(section + " .graph-widget").getAttribute("data-stepping"));

        // forward: p = w * x, z = sigmoid(p), P = ...; then the backward pass from P
        WebElement next = browser.find(section + " button.stepper-next");
        next.click();
        assertEquals("current", browser.find(section + " g.graph-node[data-node='p']").getAttribute("data-step"));
        assertTrue(caption(section).contains("p = w × x"), caption(section));
        next.click();
        next.click();
        next.click(); // the seed at the output
        assertTrue(caption(section).contains("∂P/∂P = 1"), caption(section));
        // the arrow keys step too
        browser.find(section + " button.stepper-next").sendKeys(Keys.ARROW_RIGHT);
        assertTrue(caption(section).contains("P = "), "the output's own rule: " + caption(section));
        browser.find(section + " button.stepper-next").sendKeys(Keys.ARROW_RIGHT);
        assertTrue(caption(section).contains("Sigmoid gate") && caption(section).contains("z(1 − z)"), caption(section));
        next.click();
        assertTrue(caption(section).contains("Multiply gate") && caption(section).contains("switches"), caption(section));
        String revealed = browser.find(section + " g.graph-node[data-node='w'] text.node-grad").getText();
        double shown = Double.parseDouble(revealed.replace("∂", "").replace('−', '-').trim());
        double expected = Double.parseDouble(solution.get("dP/dw"));
        assertEquals(expected, shown, Math.abs(expected) * 1e-3 + 1e-9, "the gradient written into w's box");
        assertFalse(next.isEnabled(), "the last step");
        shoot(section, "graph-stepper-" + target);

        toggle.click();
        assertEquals(null, browser.find(section + " .graph-widget").getAttribute("data-stepping"));
        assertTrue(browser.find(section + " input[data-field='dP/dw']").isDisplayed(), "the inputs come back");
        List<String> errors = browser.consoleErrors();
        assertTrue(errors.isEmpty(), "console errors: " + errors);
    }

    private static String caption(String section) {
        return browser.find(section + " .stepper-caption").getText();
    }

    private static void waitForNode(String section, String node, String status) {
        browser.waitFor(d -> status.equals(browser.find(section + " g.graph-node[data-node='" + node + "']")
                .getAttribute("data-status")));
    }

    /** Opens the lesson with build {@code target} of the client and waits until every widget is mounted. */
    static void open(String target) {
        browser.open(LESSON + "?client=" + target);
        browser.waitFor(d -> browser.script("return typeof window.chainruleTarget === 'string'"));
        assertEquals(target, browser.script("return window.chainruleTarget;"), "the build that loaded");
        browser.waitFor(d -> browser.findAll("section.exercise[data-client-ready='true']").size() == 6);
    }

    static Map<String, Double> params(String id) throws Exception {
        String json = (String) browser.script("return document.querySelector(arguments[0]).textContent;",
                "#exercise-" + id + " script.exercise-variant");
        JsonNode variant = new ObjectMapper().readTree(json);
        Map<String, Double> params = new LinkedHashMap<>();
        variant.get("params").fields().forEachRemaining(e -> params.put(e.getKey(), e.getValue().doubleValue()));
        return params;
    }

    static Map<String, String> solution(String id) throws Exception {
        ExerciseSpec spec = course.exercise(id).orElseThrow();
        return Exercises.solution(spec, params(id));
    }

    static String number(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }

    /** Saves a picture of {@code selector} for a person to look at. */
    static void shoot(String selector, String name) throws Exception {
        Files.createDirectories(SHOTS);
        WebElement element = browser.find(selector);
        browser.scrollTo(element);
        Files.write(SHOTS.resolve(name + ".png"), element.getScreenshotAs(OutputType.BYTES));
    }
}
