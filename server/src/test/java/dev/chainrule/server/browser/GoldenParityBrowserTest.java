package dev.chainrule.server.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.chainrule.content.Course;
import dev.chainrule.content.golden.GoldenCases;
import dev.chainrule.grader.exercise.Exercises;
import dev.chainrule.grader.exercise.ExerciseSpec;
import dev.chainrule.grader.exercise.FieldVerdict;
import dev.chainrule.grader.exercise.Verdict;
import dev.chainrule.server.App;
import dev.chainrule.server.exercise.ExerciseViews;
import dev.chainrule.server.web.Json;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.JavascriptExecutor;

/**
 * Verdict parity: every golden case is graded by the TeaVM-compiled grader in headless Chromium,
 * from exactly the JSON the server embeds in lesson pages, and must get the JVM's verdicts field by
 * field (status, named mistake, credit), the same score and the same chain flag. Runs once per build of the client:
 * {@code ?client=js} and {@code ?client=wasm} (WebAssembly GC), and checks that the page really loaded the one asked for.
 */
class GoldenParityBrowserTest {
    @TempDir
    Path databaseDir;

    @ParameterizedTest(name = "client={0}")
    @ValueSource(strings = {"js", "wasm"})
    void everyGoldenCaseGetsTheSameVerdictsInChromiumAsOnTheJvm(String target) throws Exception {
        Course course = GoldenCases.course();
        List<GoldenCases.Case> cases = GoldenCases.load();
        ObjectMapper mapper = Json.mapper();
        List<String> variants = new ArrayList<>();
        List<String> answers = new ArrayList<>();
        List<Verdict> jvm = new ArrayList<>();
        for (GoldenCases.Case c : cases) {
            ExerciseSpec spec = course.exercise(c.exercise()).orElseThrow();
            variants.add(mapper.writeValueAsString(ExerciseViews.of(spec, c.params(), 1)));
            answers.add(mapper.writeValueAsString(c.answers()));
            jvm.add(Exercises.check(spec, c.params(), c.answers()));
        }
        App.Running site = App.start(BrowserSite.h2(databaseDir));
        try (BrowserSession browser = BrowserSession.start(site.port())) {
            browser.open("/lessons/chain-rule?client=" + target);
            browser.waitFor(driver -> browser.script("return typeof window.chainruleTarget === 'string'"));
            assertEquals(target, browser.script("return window.chainruleTarget;"), "the build that loaded");
            assertEquals(target, browser.find("html").getAttribute("data-chainrule-client"));
            assertTrue((Boolean) browser.script("return typeof window.chainruleGrade === 'function';"));
            if (target.equals("wasm")) { // WebAssembly.compileStreaming accepts nothing else
                assertEquals("application/wasm", ((JavascriptExecutor) browser.driver()).executeAsyncScript(
                        "fetch('/js/chainrule.wasm').then(r => arguments[0](r.headers.get('Content-Type')));"));
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> run = (Map<String, Object>) browser.script("""
                    const started = performance.now();
                    const replies = arguments[0].map((variant, i) => window.chainruleGrade(variant, arguments[1][i]));
                    const first = performance.now();
                    arguments[0].forEach((variant, i) => window.chainruleGrade(variant, arguments[1][i]));
                    return {replies: replies, first: first - started, second: performance.now() - first};""",
                    variants, answers);
            @SuppressWarnings("unchecked")
            List<String> replies = (List<String>) run.get("replies");
            System.out.printf("golden parity, client=%s: %d cases graded in %.1f ms (first pass), %.1f ms (second pass)%n",
                    target, cases.size(), ((Number) run.get("first")).doubleValue(), ((Number) run.get("second")).doubleValue());
            assertEquals(cases.size(), replies.size());
            for (int i = 0; i < cases.size(); i++) {
                assertSameVerdict(cases.get(i), jvm.get(i), mapper.readTree(replies.get(i)));
            }
            assertTrue(browser.consoleErrors().isEmpty(), "console errors: " + browser.consoleErrors());
        } finally {
            site.stop();
        }
    }

    private static void assertSameVerdict(GoldenCases.Case c, Verdict jvm, JsonNode browser) {
        assertEquals(c.score(), jvm.score(), 1e-12, c + ": the JVM disagrees with the golden file");
        assertEquals(jvm.score(), browser.get("score").doubleValue(), 1e-12, c + " score in the browser: " + browser);
        assertEquals(jvm.chainCorrect(), browser.get("chainCorrect").booleanValue(), c + " chain flag: " + browser);
        JsonNode fields = browser.get("fields");
        assertEquals(jvm.fields().size(), fields.size(), c + " fields: " + browser);
        for (int f = 0; f < jvm.fields().size(); f++) {
            FieldVerdict expected = jvm.fields().get(f);
            JsonNode actual = fields.get(f);
            String where = c + " " + expected.field() + ": " + actual;
            assertEquals(expected.field(), actual.get("field").asText(), where);
            assertEquals(expected.status().id(), actual.get("status").asText(), where);
            assertEquals(expected.mistake() == null ? null : expected.mistake().id(),
                    actual.get("mistake").isNull() ? null : actual.get("mistake").asText(), where);
            assertEquals(expected.credit(), actual.get("credit").doubleValue(), 1e-12, where);
            assertEquals(expected.message(), actual.get("message").asText(), where);
        }
    }
}
