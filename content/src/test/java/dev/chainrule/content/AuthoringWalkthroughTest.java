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

    @Test
    void theWalkthroughsLessonPassesTheCheckOverTheBuiltInCourse() throws IOException {
        Map<String, String> files = AuthoringGuide.walkthroughFiles();
        assertEquals(List.of("mycourse/course.yaml", "mycourse/my-first-lesson/lesson.en.md",
                "mycourse/my-first-lesson/exercises/bias-gradient.yaml"), List.copyOf(files.keySet()));
        ContentSource site = ContentSource.overlay(AuthoringGuide.writeWalkthrough(dir), ContentSource.classpath("course"));
        assertEquals(List.of(), ContentCheck.check(site, "en"));
        Course course = CourseLoader.load(site, "en");
        assertEquals(List.of("composed-functions", "performance-function", "chain-rule", "my-first-lesson"), course.lessons().stream().map(Lesson::slug).toList());
        // w = 0.5, x = 2, b = -1: p = 0, z = 0.5, dP/db = (d - z) z (1 - z) = 0.5 * 0.25 = 0.125
        assertTrue(course.lesson("my-first-lesson").orElseThrow().markdown().contains("$z = 0.5$"));
        assertTrue(course.lesson("my-first-lesson").orElseThrow().markdown().contains("= 0.125$"));
    }
}
