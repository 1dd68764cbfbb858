package dev.chainrule.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Worked-example references, diagram and network blocks, the formula and link checks, and content overlays. */
class LessonExtrasTest {
    @TempDir
    Path dir;

    private static final String FRONT = """
            ---
            title: Worked
            summary: Numbers from the engine.
            exercises: []
            worked:
              net:
                graph: |
                  p1 = w1 * x
                  y = sigmoid(p1)
                  p2 = w2 * y
                  z = sigmoid(p2)
                  P = -0.5 * (d - z)^2
                values: { x: 1.5, w1: 0.8, w2: -1.2, d: 1 }
            ---
            """;

    private Course load(String body) throws IOException {
        Files.writeString(dir.resolve("course.yaml"), "lessons: [worked]\n");
        Files.createDirectories(dir.resolve("worked"));
        Files.writeString(dir.resolve("worked/lesson.en.md"), FRONT + body);
        return CourseLoader.load(ContentSource.directory(dir), "en");
    }

    private ContentException fails(String body) {
        return assertThrows(ContentException.class, () -> load(body));
    }

    @Test
    void referencesAreReplacedByTheEnginesNumbers() throws IOException {
        // x = 1.5, w1 = 0.8, w2 = -1.2, d = 1: p1 = 1.2, y = sigmoid(1.2) = 0.768525, p2 = -0.922230,
        // z = sigmoid(-0.922230) = 0.284537, d - z = 0.715463, z(1 - z) = 0.203575,
        // dP/dw2 = (d - z) z(1 - z) y = 0.715463 * 0.203575 * 0.768525 = 0.111937,
        // dP/dw1 = (d - z) z(1 - z) w2 y(1 - y) x = 0.145651 * -1.2 * 0.177894 * 1.5 = -0.0466404
        Lesson lesson = load("With $x = {{net.x}}$: $z = {{net.z}}$, ${{net.dP/dw2}}$ and {{net.dP/dw1:3}}; y = {{ net.y:6 }}.\n")
                .lesson("worked").orElseThrow();
        assertEquals("With $x = 1.5$: $z = 0.2845$, $0.1119$ and -0.0466; y = 0.768525.\n", lesson.markdown());
        // trailing zeros of a computed figure stay (4 significant digits), an exact input keeps its own length
        assertEquals("0.4580", WorkedReferences.significant(0.45803, 4));
        assertEquals("-0.01780", WorkedReferences.significant(-0.017799, 4));
        assertEquals("1.5", WorkedReferences.significant(1.5, 4));
        assertEquals("2.000", WorkedReferences.significant(1.99999, 4));
        assertEquals(List.of("net"), List.copyOf(lesson.worked().keySet()));
    }

    @Test
    void badReferencesNameTheirLine() {
        ContentException e = fails("Fine.\n\nBut {{net.q}} is not a node.\n");
        assertEquals(17, e.line());
        assertEquals("'{{net.q}}': worked example 'net' has no node 'q'", e.reason());
        assertEquals("'{{other.z}}': no worked example named 'other' (declared: net)", fails("{{other.z}}\n").reason());
        assertEquals("'{{net.dP/w1}}': 'dP/w1' is not a derivative like dP/dw1", fails("{{net.dP/w1}}\n").reason());
        assertEquals("'{{' is not closed by '}}' on the same line", fails("{{net.z\n}}\n").reason());
        assertEquals("'{{net.z:0}}': digits after ':' must be 1 to 12", fails("{{net.z:0}}\n").reason());
    }

    @Test
    void workedExamplesAreCheckedAgainstTheirGraph() {
        ContentException e = assertThrows(ContentException.class, () -> {
            Files.writeString(dir.resolve("course.yaml"), "lessons: [worked]\n");
            Files.createDirectories(dir.resolve("worked"));
            Files.writeString(dir.resolve("worked/lesson.en.md"), FRONT.replace("d: 1 }", "q: 1 }"));
            CourseLoader.load(ContentSource.directory(dir), "en");
        });
        assertEquals("worked example 'net': no value for parameter 'd'", e.reason());
        assertEquals(13, e.line());
    }

    @Test
    void diagramAndNetworkBlocksAreChecked() throws IOException {
        load("```diagram\nnet gradients\n```\n\n```network\n2 3 1 shortcuts\n```\n");
        assertEquals("diagram of 'nett': no such worked example (declared: net)", fails("```diagram\nnett\n```\n").reason());
        assertEquals("a diagram block reads 'NAME' or 'NAME gradients'", fails("```diagram\nnet values please\n```\n").reason());
        assertEquals("a network block lists 2 to 8 layer sizes from 1 to 12 (optionally then 'shortcuts'), found 'x'",
                fails("```network\n2 x 1\n```\n").reason());
        assertEquals("a network block lists 2 to 8 layer sizes, found 1", fails("```network\n3\n```\n").reason());
    }

    @Test
    void theCheckFindsUnbalancedFormulasAndDeadLinksWithTheirLines() throws IOException {
        load("""
                Good: $\\frac{a}{b}$ and $$\\left( x \\right)$$.

                Bad: $\\frac{a}{b$ here.

                $$
                \\begin{aligned} a &= b \\end{align}
                $$

                See [lesson](/lessons/nowhere) and [exercise](#exercise-ghost), but [home](/) is fine.
                """);
        List<ContentException> problems = ContentCheck.check(ContentSource.directory(dir), "en");
        assertEquals(List.of(
                "worked/lesson.en.md:17: a '{' is never closed in the formula '\\frac{a}{b'",
                "worked/lesson.en.md:19: \\end{align} does not close \\begin{aligned}",
                "worked/lesson.en.md:23: link to '/lessons/nowhere': there is no lesson 'nowhere'",
                "worked/lesson.en.md:23: link to '#exercise-ghost': there is no exercise 'ghost'"),
                problems.stream().map(p -> dir.relativize(Path.of(p.file())) + ":" + p.line() + ": " + p.reason()).toList());
    }

    @Test
    void theBuiltInCoursePassesTheWholeCheck() {
        List<ContentException> problems = ContentCheck.check(ContentSource.classpath("course"), "en");
        assertTrue(problems.isEmpty(), problems.toString());
    }

    @Test
    void anOverlayAddsLessonsAndReplacesFilesOfTheBuiltInCourse() throws IOException {
        Files.writeString(dir.resolve("course.yaml"), "lessons: [chain-rule, extra]\n");
        Files.createDirectories(dir.resolve("extra/exercises"));
        Files.writeString(dir.resolve("extra/lesson.en.md"), "---\ntitle: Extra\nsummary: Added by the site.\nexercises: []\n---\nHello.\n");
        Course course = CourseLoader.load(ContentSource.overlay(dir, ContentSource.classpath("course")), "en");
        assertEquals(List.of("chain-rule", "extra"), course.lessons().stream().map(Lesson::slug).toList());
        assertTrue(course.exercise("two-neuron-dw2").isPresent(), "the built-in lesson keeps its exercises");
        Files.createDirectories(dir.resolve("chain-rule"));
        String builtIn = ContentSource.classpath("course").read("chain-rule/lesson.en.md").orElseThrow();
        Files.writeString(dir.resolve("chain-rule/lesson.en.md"), builtIn.replace("title: The chain rule on a two-neuron network",
                "title: Our own chain rule"));
        assertEquals("Our own chain rule", CourseLoader.load(ContentSource.overlay(dir, ContentSource.classpath("course")), "en")
                .lesson("chain-rule").orElseThrow().title());
    }
}
