package dev.chainrule.server;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CheckCommandTest {

    @TempDir
    Path content;

    private record Run(int status, String out, String err) {
    }

    private static Run check(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = CheckCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aGoodDirectoryIsReportedWithItsLessonAndExerciseCounts() {
        ContentFixture.withLessons(content, "extra");
        Run run = check("check", content.toString());
        assertEquals(0, run.status(), run.out());
        assertEquals("content OK: 1 lesson, 1 exercise in en", run.out().strip());
    }

    @Test
    void aBrokenDirectoryListsEachProblemWithFileAndLineAndExitsWithOne() {
        ContentFixture.withLessons(content, "extra");
        ContentFixture.write(content.resolve("extra/lesson.en.md"), ContentFixture.EXTRA_LESSON.replace("{{gate.f}}", "{{gate.nope}}"));
        Run run = check("check", content.toString());
        assertEquals(1, run.status(), run.out());
        String[] lines = run.out().split("\\R");
        assertTrue(lines[0].matches(".*extra/lesson\\.en\\.md:\\d+: .*nope.*"), run.out());
        assertEquals("1 problem", lines[lines.length - 1]);
    }

    @Test
    void aFigureTheServerCannotDrawIsAProblemToo() {
        ContentFixture.withLessons(content, "extra");
        ContentFixture.write(content.resolve("extra/lesson.en.md"), ContentFixture.EXTRA_LESSON.replace("2 3 1", "2 1 shortcuts"));
        Run run = check("check", content.toString());
        assertEquals(1, run.status(), run.out());
        assertTrue(run.out().contains(content.resolve("extra/lesson.en.md") + ":21: ```network block '2 1 shortcuts'"), run.out());
    }

    @Test
    void aMissingDirectoryOrArgumentIsAUsageError() {
        assertEquals(2, check("check").status());
        Run run = check("check", content.resolve("missing").toString());
        assertEquals(2, run.status());
        assertTrue(run.err().contains("not a directory"), run.err());
        assertTrue(CheckCommand.isCheck(new String[] {"check", "x"}));
    }
}
