package dev.chainrule.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.chainrule.grader.exercise.GradientsSpec;
import dev.chainrule.grader.exercise.ParamSpec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CourseLoaderTest {
    @TempDir
    Path dir;

    private static final String LESSON = """
            ---
            title: Tiny
            summary: A tiny lesson.
            goals: [Learn one thing]
            exercises: [tiny-one]
            ---
            ## Intro

            Some $x^2$ math.

            ```exercise
            tiny-one
            ```
            """;

    private static final String EXERCISE = """
            id: tiny-one
            kind: gradients
            title: Square it
            prompt: Find the slope.
            graph: |
              y = x * x
              z = 3 * y
            params:
              x: { range: [1, 3], decimals: 1 }
            ask: [dz/dx]
            tolerance: { rtol: 0.05, atol: 1.0e-6 }
            """;

    private void write(String path, String text) throws IOException {
        Path file = dir.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private void writeCourse(String lesson, String exercise) throws IOException {
        write("course.yaml", "lessons:\n  - tiny\n");
        write("tiny/lesson.en.md", lesson);
        write("tiny/exercises/tiny-one.yaml", exercise);
    }

    private ContentException loadFails() {
        return assertThrows(ContentException.class, () -> CourseLoader.load(ContentSource.directory(dir), "en"));
    }

    @Test
    void aWellFormedDirectoryLoadsIntoTypedRecords() throws IOException {
        writeCourse(LESSON, EXERCISE);
        Course course = CourseLoader.load(ContentSource.directory(dir), "en");
        Lesson lesson = course.lesson("tiny").orElseThrow();
        assertEquals(1, lesson.number());
        assertEquals("Tiny", lesson.title());
        assertEquals(List.of("Learn one thing"), lesson.goals());
        assertEquals(7, lesson.bodyStartLine());
        assertEquals("## Intro", lesson.markdown().lines().findFirst().orElseThrow());
        GradientsSpec spec = (GradientsSpec) course.exercise("tiny-one").orElseThrow();
        assertEquals(List.of(new ParamSpec.Range("x", 1, 3, 1)), spec.params());
        assertEquals(0.05, spec.tolerance().rtol());
        assertEquals("y = x * x\nz = 3 * y\n", spec.graph());
    }

    @Test
    void graphSyntaxErrorNamesTheFileLineAndColumn() throws IOException {
        writeCourse(LESSON, EXERCISE.replace("z = 3 * y", "z = 3 * (y"));
        ContentException e = loadFails();
        assertEquals(dir.resolve("tiny/exercises/tiny-one.yaml").toString(), e.file());
        assertEquals(7, e.line());
        assertEquals("graph: line 2, column 11: expected ')' to close '(' opened at column 9, found end of line", e.reason());
    }

    @Test
    void fieldProblemsNameTheLineOfTheField() throws IOException {
        writeCourse(LESSON, EXERCISE.replace("ask: [dz/dx]", "ask: [dz/dq]"));
        ContentException e = loadFails();
        assertEquals(10, e.line());
        assertEquals("ask: 'dz/dq' names 'q', which the graph does not define", e.reason());

        writeCourse(LESSON, EXERCISE.replace("{ range: [1, 3], decimals: 1 }", "{ range: [1, 3], decimal: 1 }"));
        e = loadFails();
        assertEquals(9, e.line());
        assertEquals("parameter 'x': unknown setting 'decimal'", e.reason());

        writeCourse(LESSON, EXERCISE.replace("kind: gradients", "kind: gradient"));
        assertEquals("unknown kind 'gradient' (known: gradients, forward-pass, backward-pass, layer, derivative-expression, choice, experiment)", loadFails().reason());

        writeCourse(LESSON, EXERCISE + "hint: typo\n");
        e = loadFails();
        assertEquals(12, e.line());
        assertEquals("unknown field 'hint' (expected one of: id, kind, title, prompt, graph, params, ask, tolerance)", e.reason());
    }

    @Test
    void invalidYamlNamesItsLine() throws IOException {
        writeCourse(LESSON, EXERCISE.replace("ask: [dz/dx]", "ask: [dz/dx"));
        ContentException e = loadFails();
        assertEquals(true, e.reason().startsWith("not valid YAML"), e.reason());
        assertEquals(true, e.line() >= 10, "line " + e.line());
    }

    @Test
    void lessonProblemsNameTheLessonFileAndLine() throws IOException {
        writeCourse(LESSON.replace("```exercise\ntiny-one", "```exercise\ntiny-two"), EXERCISE);
        ContentException e = loadFails();
        assertEquals(dir.resolve("tiny/lesson.en.md").toString(), e.file());
        assertEquals(12, e.line());
        assertEquals("exercise 'tiny-two' is placed here but not listed in the front matter's 'exercises'", e.reason());

        writeCourse(LESSON.replace("title: Tiny\n", ""), EXERCISE);
        assertEquals("missing required field 'title'", loadFails().reason());

        writeCourse(LESSON.replace("---\n## Intro", "## Intro"), EXERCISE);
        assertEquals("front matter is not closed by a line '---'", loadFails().reason());
    }

    @Test
    void missingFilesAreNamed() throws IOException {
        assertEquals("missing: it lists the lesson folders in order", loadFails().reason());
        write("course.yaml", "lessons: [tiny]\n");
        assertEquals("missing: lesson 'tiny' has no en text", loadFails().reason());
        write("tiny/lesson.en.md", LESSON);
        assertEquals(true, loadFails().reason().startsWith("exercise 'tiny-one' is listed but"));
    }

    @Test
    void exerciseIdMustMatchItsFileName() throws IOException {
        writeCourse(LESSON, EXERCISE.replace("id: tiny-one", "id: tiny-1"));
        ContentException e = loadFails();
        assertEquals(1, e.line());
        assertEquals("id 'tiny-1' does not match the file name 'tiny-one.yaml'", e.reason());
    }
}
