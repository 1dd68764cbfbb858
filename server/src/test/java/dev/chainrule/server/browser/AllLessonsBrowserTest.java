package dev.chainrule.server.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.chainrule.content.ContentSource;
import dev.chainrule.content.Course;
import dev.chainrule.content.CourseLoader;
import dev.chainrule.content.Lesson;
import dev.chainrule.server.App;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every lesson of the built-in course in headless Chromium: every formula typeset by KaTeX without an error, no raw
 * TeX left, every exercise widget ready, every diagram drawn, and nothing logged as an error.
 */
class AllLessonsBrowserTest {
    @TempDir
    Path databaseDir;

    /** Four English words in a row: a sentence or label left untranslated on a Korean page. */
    private static final Pattern ENGLISH_RUN = Pattern.compile("\\b[A-Za-z][a-z']+(?:[ ,-]+[A-Za-z][a-z']+){3,}\\b");

    @ParameterizedTest
    @ValueSource(strings = {"en", "ko"})
    void everyLessonTypesetsItsMathAndMountsEveryExerciseAndDiagram(String language) {
        Course course = CourseLoader.load(ContentSource.classpath("course"), language);
        App.Running site = App.start(BrowserSite.h2(databaseDir));
        try (BrowserSession browser = BrowserSession.start(site.port())) {
            for (Lesson lesson : course.lessons()) {
                String where = language + " " + lesson.slug() + ": ";
                browser.open("/lessons/" + lesson.slug() + "?lang=" + language);
                int exercises = lesson.exerciseIds().size();
                browser.waitFor(d -> browser.findAll("section.exercise[data-client-ready='true']").size() == exercises);
                browser.waitForMath();
                assertTrue(browser.findAll(".katex").size() > 0, where + "no typeset math");
                assertEquals(List.of(), browser.findAll(".katex-error").stream().map(e -> e.getAttribute("title")).toList(),
                        where + "KaTeX errors");
                String text = (String) browser.script("const main = document.querySelector('main').cloneNode(true);"
                        + "main.querySelectorAll('.katex-mathml, script, noscript').forEach(e => e.remove());"
                        + "return main.textContent;");
                assertTrue(!text.contains("$$") && !text.contains("\\frac") && !text.contains("{{"), where + "raw TeX or a reference left");
                int diagrams = count(lesson.markdown(), "```diagram") + count(lesson.markdown(), "```network");
                assertEquals(diagrams, browser.findAll("figure.diagram svg").size(), where + "diagrams drawn");
                assertEquals(List.of(), browser.consoleErrors(), where + "console errors");
                if (language.equals("ko")) {
                    String page = (String) browser.script("const body = document.body.cloneNode(true);"
                            + "body.querySelectorAll('.katex, script, noscript, code, pre').forEach(e => e.remove());"
                            + "return body.innerText;");
                    // the expression language's function names are code, the same in every language
                    Matcher english = ENGLISH_RUN.matcher(page.replaceAll("(?i)\\b(sigmoid|tanh|relu|leaky_relu|exp|log|max|min)\\b", "·"));
                    boolean found = english.find();
                    assertTrue(!found, where + "English left on the Korean page: '" + (found ? english.group() : "") + "'");
                }
            }
        } finally {
            site.stop();
        }
    }

    private static int count(String text, String needle) {
        int n = 0;
        for (int at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + needle.length())) {
            n++;
        }
        return n;
    }
}
