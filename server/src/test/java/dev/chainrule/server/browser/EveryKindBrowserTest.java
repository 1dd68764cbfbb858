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
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Every exercise kind in a real page: the widget renders it, checks a right answer in the browser, submits it, and
 * shows the server's verdict; the experiment opens its run button only after the prediction is committed, then plots.
 * (Which answers are right is the grader's business, held to independent oracles elsewhere; here the solution the
 * grader produces is typed in to exercise the widgets.) Each test runs on both builds of the client, {@code ?client=js}
 * and {@code ?client=wasm} (WebAssembly GC), and checks that the page loaded the one asked for.
 */
class EveryKindBrowserTest {
    static final String LESSON = "/lessons/all-kinds";
    static final List<String> ANSWERED = List.of("kinds-forward", "kinds-backward", "kinds-layer", "kinds-formula", "kinds-choice");

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
    void everyKindIsRenderedCheckedInThePageAndGradedByTheServer(String target) throws Exception {
        open(target);
        browser.waitFor(d -> browser.findAll("section.exercise[data-client-ready='true']").size() == 6);
        for (String id : ANSWERED) {
            String section = "#exercise-" + id;
            Map<String, String> solution = solution(id);
            for (Map.Entry<String, String> answer : solution.entrySet()) {
                type(section, answer.getKey(), answer.getValue());
            }
            for (String field : solution.keySet()) {
                waitForStatus(section + " .verdict-local[data-field='" + field + "']", "correct");
            }
            WebElement submit = browser.find(section + " button.exercise-submit");
            browser.scrollTo(submit);
            submit.click();
            for (String field : solution.keySet()) {
                waitForStatus(section + " .verdict-server[data-field='" + field + "']", "correct");
            }
        }
        assertTrue(browser.consoleErrors().isEmpty(), "console errors: " + browser.consoleErrors());
    }

    @ParameterizedTest(name = "client={0}")
    @ValueSource(strings = {"js", "wasm"})
    void anExperimentRunsOnlyAfterThePredictionIsCommittedAndThenPlotsBothSeries(String target) {
        open(target);
        String section = "#exercise-kinds-experiment";
        browser.waitFor(d -> "true".equals(browser.find(section).getAttribute("data-client-ready")));
        WebElement run = browser.find(section + " button.experiment-run");
        assertFalse(run.isEnabled(), "the run button waits for a prediction");
        WebElement prediction = browser.find(section + " input[value='vanish']");
        browser.scrollTo(prediction);
        prediction.click();
        browser.find(section + " button.exercise-submit").click();
        waitForStatus(section + " .verdict-server[data-field='prediction']", "correct");
        browser.waitFor(d -> run.isEnabled());
        run.click();
        browser.waitFor(d -> browser.findAll(section + " .experiment-plot svg polyline").size() == 2);
        String summary = browser.find(section + " .experiment-plot svg").getAttribute("aria-label");
        assertTrue(summary != null && summary.contains("plain") && summary.contains("shortcuts"), summary);
    }

    /** Opens the lesson with build {@code target} of the client and waits until that build, and no other, has loaded. */
    private static void open(String target) {
        browser.open(LESSON + "?client=" + target);
        browser.waitFor(d -> browser.script("return typeof window.chainruleTarget === 'string'"));
        assertEquals(target, browser.script("return window.chainruleTarget;"), "the build that loaded");
    }

    /** The grader's full-score answers for the learner's current variant, read from the page's own JSON. */
    private static Map<String, String> solution(String id) throws Exception {
        String json = (String) browser.script("return document.querySelector(arguments[0]).textContent;",
                "#exercise-" + id + " script.exercise-variant");
        JsonNode variant = new ObjectMapper().readTree(json);
        Map<String, Double> params = new LinkedHashMap<>();
        variant.get("params").fields().forEachRemaining(e -> params.put(e.getKey(), e.getValue().doubleValue()));
        ExerciseSpec spec = course.exercise(id).orElseThrow();
        Map<String, String> solution = Exercises.solution(spec, params);
        assertEquals(List.copyOf(solution.keySet()), List.copyOf(Exercises.fields(spec)));
        return solution;
    }

    private static void type(String section, String field, String answer) {
        if (field.equals("choice")) {
            WebElement option = browser.find(section + " input[value='" + answer + "']");
            browser.scrollTo(option);
            option.click();
            return;
        }
        WebElement input = browser.driver().findElement(By.cssSelector(
                section + " input[data-field='" + field + "'], " + section + " textarea[data-field='" + field + "']"));
        browser.scrollTo(input);
        input.clear();
        input.sendKeys(answer);
    }

    private static void waitForStatus(String selector, String status) {
        browser.waitFor(d -> status.equals(browser.find(selector).getAttribute("data-status")));
    }
}
