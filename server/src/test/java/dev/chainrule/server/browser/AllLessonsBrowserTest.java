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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every lesson of the built-in course in headless Chromium: every formula typeset by KaTeX without an error, no raw
 * TeX left, every exercise widget ready, every diagram drawn, and nothing logged as an error.
 */
class AllLessonsBrowserTest {
    @TempDir
    Path databaseDir;

    @Test
    void everyLessonTypesetsItsMathAndMountsEveryExerciseAndDiagram() {
        Course course = CourseLoader.load(ContentSource.classpath("course"), "en");
        App.Running site = App.start(BrowserSite.h2(databaseDir), course);
        try (BrowserSession browser = BrowserSession.start(site.port())) {
            for (Lesson lesson : course.lessons()) {
                String where = lesson.slug() + ": ";
                browser.open("/lessons/" + lesson.slug());
                int exercises = lesson.exerciseIds().size();
                browser.waitFor(d -> browser.findAll("section.exercise[data-client-ready='true']").size() == exercises);
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
