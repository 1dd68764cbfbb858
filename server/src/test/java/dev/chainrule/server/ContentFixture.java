package dev.chainrule.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;

/** Writes small course directories for the tests of CHAINRULE_CONTENT_DIR, the check command and development reload. */
final class ContentFixture {

    static final String EXTRA_LESSON = """
            ---
            title: An extra lesson
            summary: Written by a teacher, outside the jar.
            exercises: [extra-gradient]
            worked:
              gate:
                graph: |
                  q = x + y
                  f = q * z
                values: { x: -2, y: 5, z: -4 }
            ---
            ## A gate

            The output is {{gate.f}}.

            ```diagram
            gate gradients
            ```

            ```network
            2 3 1
            ```

            ```exercise
            extra-gradient
            ```
            """;

    static final String EXTRA_EXERCISE = """
            id: extra-gradient
            kind: gradients
            title: The extra gradient
            prompt: Compute the slope.
            graph: |
              f = w * x
            params:
              x: { range: [1, 2], decimals: 1 }
              w: { range: [1, 2], decimals: 1 }
            ask: [df/dw]
            """;

    private ContentFixture() {
    }

    /** A directory whose course.yaml adds {@code extra} after the built-in chain-rule lesson. */
    static Path withExtraLesson(Path dir) {
        return withLessons(dir, "chain-rule", "extra");
    }

    /** A directory with the {@code extra} lesson and a course.yaml listing {@code lessons} (built-in ones or extra). */
    static Path withLessons(Path dir, String... lessons) {
        write(dir.resolve("course.yaml"), "lessons:\n" + String.join("", java.util.Arrays.stream(lessons).map(l -> "  - " + l + "\n").toList()));
        write(dir.resolve("extra/lesson.en.md"), EXTRA_LESSON);
        write(dir.resolve("extra/exercises/extra-gradient.yaml"), EXTRA_EXERCISE);
        return dir;
    }

    /** A chain-rule lesson text that replaces the built-in one (no exercises, one sentence). */
    static String replacementChainRule(String sentence) {
        return "---\ntitle: The chain rule, rewritten\nsummary: A replacement.\n---\n## Rewritten\n\n" + sentence + "\n";
    }

    static void write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes {@code text} and moves the file's modification time {@code seconds} ahead, so a change is seen at once. */
    static void edit(Path file, String text, int seconds) {
        write(file, text);
        try {
            Files.setLastModifiedTime(file, FileTime.fromMillis(System.currentTimeMillis() + seconds * 1000L));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
