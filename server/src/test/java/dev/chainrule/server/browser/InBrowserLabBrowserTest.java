package dev.chainrule.server.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.chainrule.content.ContentSource;
import dev.chainrule.content.Course;
import dev.chainrule.content.CourseLoader;
import dev.chainrule.grader.exercise.Exercises;
import dev.chainrule.server.App;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chromium.ChromiumNetworkConditions;
import org.openqa.selenium.chromium.HasNetworkConditions;

/**
 * The rest of the in-browser lab in a real page: experiments plotted by the charting library the site serves (uPlot,
 * fetched only by pages with an experiment) with the training lab's loss curves under them; submissions made offline,
 * kept in the browser and sent once when the connection returns; and the widgets in Korean.
 */
class InBrowserLabBrowserTest {
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
    void anExperimentIsPlottedByTheChartLibraryAndASmallNetworkTrainsUnderIt(String target) throws Exception {
        open(LESSON + "?client=" + target, target);
        String section = "#exercise-kinds-experiment";
        WebElement prediction = browser.find(section + " input[value='vanish']");
        browser.scrollTo(prediction);
        prediction.click();
        browser.find(section + " button.exercise-submit").click();
        WebElement run = browser.find(section + " button.experiment-run");
        browser.waitFor(d -> run.isEnabled());
        run.click();
        browser.waitFor(d -> "uplot".equals(browser.find(section + " .experiment-plot").getAttribute("data-chart")));
        assertEquals(1, browser.findAll(section + " .experiment-plot .chart-interactive canvas").size(), "uPlot drew");
        String label = browser.find(section + " .experiment-plot .chart-canvas").getAttribute("aria-label");
        assertTrue(label.contains("plain") && label.contains("with shortcuts"), label);
        assertEquals(Boolean.TRUE, browser.script("return typeof window.uPlot === 'function';"));

        String lab = section + " .training-lab";
        browser.waitFor(d -> browser.find(lab).getAttribute("data-trained") != null);
        String first = browser.find(lab).getAttribute("data-trained");
        browser.waitFor(d -> "uplot".equals(browser.find(lab + " .training-plot").getAttribute("data-chart")));
        WebElement depth = browser.find(lab + " input[type='range']");
        browser.scrollTo(depth);
        depth.sendKeys(Keys.ARROW_LEFT, Keys.ARROW_LEFT);
        browser.waitFor(d -> !first.equals(browser.find(lab).getAttribute("data-trained")));
        assertEquals("4x4-sigmoid", browser.find(lab).getAttribute("data-trained"), "two hidden layers fewer");
        assertTrue(browser.find(lab + " .training-status").getText().contains("ms"));
        shoot(section, "lab-experiment-" + target);
        List<String> errors = browser.consoleErrors();
        assertTrue(errors.isEmpty(), "console errors: " + errors);
    }

    @Test
    void aLessonWithoutExperimentsNeverFetchesTheChartLibrary() {
        browser.open("/lessons/two-neurons?client=js");
        browser.waitFor(d -> browser.script("return typeof window.chainruleTarget === 'string'"));
        browser.waitFor(d -> browser.findAll("section.exercise[data-client-ready='true']").size() >= 1);
        assertEquals(0L, browser.script("return performance.getEntriesByType('resource')"
                + ".filter(function (e) { return e.name.indexOf('uPlot') >= 0; }).length;"));
    }

    @ParameterizedTest(name = "client={0}")
    @ValueSource(strings = {"js", "wasm"})
    void aSubmissionMadeOfflineIsKeptAndSentOnceWhenTheConnectionReturns(String target) throws Exception {
        open(LESSON + "?client=" + target, target);
        String section = "#exercise-kinds-forward";
        long before = attempts("kinds-forward");
        Map<String, String> solution = Exercises.solution(course.exercise("kinds-forward").orElseThrow(),
                params("kinds-forward"));
        HasNetworkConditions network = (HasNetworkConditions) browser.driver();
        ChromiumNetworkConditions offline = new ChromiumNetworkConditions();
        offline.setOffline(true);
        network.setNetworkConditions(offline);
        try {
            for (Map.Entry<String, String> answer : solution.entrySet()) {
                WebElement input = browser.find(section + " input[data-field='" + answer.getKey() + "']");
                browser.scrollTo(input);
                input.clear();
                input.sendKeys(answer.getValue());
            }
            browser.waitFor(d -> "correct".equals(browser.find(section + " g.graph-node[data-node='f']")
                    .getAttribute("data-status")));
            browser.find(section + " button.exercise-submit").click();
            browser.waitFor(d -> "queued".equals(browser.find(section + " .exercise-result").getAttribute("data-status")));
            assertEquals(1L, browser.script("return JSON.parse(localStorage.getItem('chainrule.pendingSubmissions')).length;"));
            shoot(section, "lab-offline-" + target);
        } finally {
            network.deleteNetworkConditions();
        }
        // what the browser fires when the connection returns (DevTools' offline switch does not always)
        browser.script("window.dispatchEvent(new Event('online'));");
        browser.waitFor(d -> "submitted".equals(browser.find(section + " .exercise-result").getAttribute("data-status")));
        for (String field : solution.keySet()) {
            assertEquals("correct", browser.find(section + " .verdict-server[data-field='" + field + "']")
                    .getAttribute("data-status"));
        }
        assertEquals(0L, browser.script("return JSON.parse(localStorage.getItem('chainrule.pendingSubmissions')).length;"));
        assertEquals(before + 1, attempts("kinds-forward"), "one attempt recorded");
        List<String> errors = browser.consoleErrors(); // the failed send while offline, and nothing else
        assertTrue(errors.stream().allMatch(e -> e.contains("ERR_INTERNET_DISCONNECTED")), "console errors: " + errors);
    }

    @Test
    void aSubmissionSentTwiceWithOneKeyIsCountedOnce() throws Exception {
        open(LESSON + "?client=js", "js");
        assumeTrue(serverHonoursIdempotencyKeys(), "the server does not honour Idempotency-Key yet");
        long before = attempts("kinds-forward");
        Map<String, String> solution = Exercises.solution(course.exercise("kinds-forward").orElseThrow(),
                params("kinds-forward"));
        String answers = new ObjectMapper().writeValueAsString(solution);
        // as if the reply to the first send was lost and the page sent the submission again from the queue
        browser.script("var p = {key: 'b7c1e1f2-0000-4000-8000-00000000ab01', exercise: 'kinds-forward', answers: JSON.parse(arguments[0])};"
                + " localStorage.setItem('chainrule.pendingSubmissions', JSON.stringify([p, p]));", answers);
        open(LESSON + "?client=js", "js");
        browser.waitFor(d -> "0".equals(String.valueOf(browser.script(
                "return JSON.parse(localStorage.getItem('chainrule.pendingSubmissions')).length;"))));
        assertEquals(before + 1, attempts("kinds-forward"));
    }

    @Test
    void theWidgetsSpeakKoreanOnAKoreanPage() throws Exception {
        browser.open(LESSON + "?lang=ko&client=js");
        browser.waitFor(d -> browser.script("return typeof window.chainruleTarget === 'string'"));
        assumeTrue("ko".equals(browser.script("return document.documentElement.lang;")),
                "the server does not serve ?lang=ko pages yet");
        browser.waitFor(d -> browser.findAll("section.exercise[data-client-ready='true']").size() == 6);
        assertEquals("확인", browser.find("#exercise-kinds-forward button.exercise-check").getText());
        assertEquals("제출", browser.find("#exercise-kinds-forward button.exercise-submit").getText());
        String label = browser.find("#exercise-kinds-backward input[data-field='dP/dz']").getAttribute("aria-label");
        assertTrue(label.contains("노드") && label.contains("그래디언트"), label);
        assertEquals("단계별로 따라가기", browser.find("#exercise-kinds-backward button.stepper-toggle").getText());
        WebElement input = browser.find("#exercise-kinds-forward input[data-field='q']");
        browser.scrollTo(input);
        input.sendKeys("");
        browser.find("#exercise-kinds-forward button.exercise-check").click();
        String verdict = browser.find("#exercise-kinds-forward .verdict-local[data-field='q']").getText();
        assertNotEquals("", verdict);
        shoot("#exercise-kinds-backward", "lab-korean");
    }

    /** Two POSTs with one key: the same attempt comes back when the server honours the key. */
    private static boolean serverHonoursIdempotencyKeys() {
        Object same = async("var done = arguments[arguments.length - 1];"
                + " var csrf = document.querySelector('meta[name=\"csrf-token\"]');"
                + " var send = function () { return fetch('/api/v1/exercises/kinds-choice/submissions', {method: 'POST',"
                + "   headers: {'Content-Type': 'application/json', 'Idempotency-Key': 'probe-7d1f0c9e-5b3a-4c2e-9f1a',"
                + "     'X-CSRF-Token': csrf ? csrf.content : ''},"
                + "   body: JSON.stringify({answers: {choice: 'add'}})}).then(function (r) { return r.json(); }); };"
                + " send().then(function (a) { return send().then(function (b) { done(a.attempt === b.attempt); }); })"
                + "   .catch(function () { done(false); });");
        return Boolean.TRUE.equals(same);
    }

    /** The caller's recorded attempts at {@code exercise}, from the API (the page's own cookie). */
    private static long attempts(String exercise) {
        Object count = async("var done = arguments[arguments.length - 1]; var id = arguments[0];"
                + " fetch('/api/v1/me/attempts').then(function (r) { return r.json(); }).then(function (list) {"
                + "   done(list.filter(function (a) { return a.exercise === id; }).length); });", exercise);
        return ((Number) count).longValue();
    }

    private static Object async(String script, Object... args) {
        return ((JavascriptExecutor) browser.driver()).executeAsyncScript(script, args);
    }

    static void open(String path, String target) {
        browser.open(path);
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

    static void shoot(String selector, String name) throws Exception {
        Files.createDirectories(SHOTS);
        WebElement element = browser.find(selector);
        browser.scrollTo(element);
        Files.write(SHOTS.resolve(name + ".png"), element.getScreenshotAs(OutputType.BYTES));
    }
}
