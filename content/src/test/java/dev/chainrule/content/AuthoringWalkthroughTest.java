package dev.chainrule.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Follows the walk-through of docs/AUTHORING.md: writes its files as they stand in the guide and checks the course. */
class AuthoringWalkthroughTest {
    @TempDir
    Path dir;

    /** The guide's walk-through files: fenced blocks whose info string names a file with title="...". */
    static Map<String, String> walkthroughFiles() throws IOException {
        String guide = Files.readString(Path.of("..", "docs", "AUTHORING.md"));
        Map<String, String> files = new LinkedHashMap<>();
        int at = 0;
        while ((at = guide.indexOf("title=\"", at)) >= 0) {
            int lineStart = guide.lastIndexOf('\n', at) + 1;
            String fence = guide.substring(lineStart, at).replaceAll("[a-z ]", "");
            int nameEnd = guide.indexOf('"', at + 7);
            String name = guide.substring(at + 7, nameEnd);
            int bodyStart = guide.indexOf('\n', nameEnd) + 1;
            int bodyEnd = guide.indexOf("\n" + fence + "\n", bodyStart);
            files.put(name, guide.substring(bodyStart, bodyEnd + 1));
            at = bodyEnd;
        }
        return files;
    }

    @Test
    void theWalkthroughsLessonPassesTheCheckOverTheBuiltInCourse() throws IOException {
        Map<String, String> files = walkthroughFiles();
        assertEquals(List.of("mycourse/course.yaml", "mycourse/my-first-lesson/lesson.en.md",
                "mycourse/my-first-lesson/exercises/bias-gradient.yaml"), List.copyOf(files.keySet()));
        for (Map.Entry<String, String> f : files.entrySet()) {
            Path file = dir.resolve(f.getKey());
            Files.createDirectories(file.getParent());
            Files.writeString(file, f.getValue());
        }
        ContentSource site = ContentSource.overlay(dir.resolve("mycourse"), ContentSource.classpath("course"));
        assertEquals(List.of(), ContentCheck.check(site, "en"));
        Course course = CourseLoader.load(site, "en");
        assertEquals(List.of("composed-functions", "performance-function", "chain-rule", "my-first-lesson"), course.lessons().stream().map(Lesson::slug).toList());
        // w = 0.5, x = 2, b = -1: p = 0, z = 0.5, dP/db = (d - z) z (1 - z) = 0.5 * 0.25 = 0.125
        assertTrue(course.lesson("my-first-lesson").orElseThrow().markdown().contains("$z = 0.5$"));
        assertTrue(course.lesson("my-first-lesson").orElseThrow().markdown().contains("= 0.125$"));
    }
}
