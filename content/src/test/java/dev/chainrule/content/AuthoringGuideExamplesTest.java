package dev.chainrule.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.chainrule.grader.exercise.Exercises;
import dev.chainrule.grader.exercise.ExerciseSpec;
import dev.chainrule.grader.exercise.Variant;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every complete exercise example in docs/AUTHORING.md loads and solves, so the guide cannot drift from the format. */
class AuthoringGuideExamplesTest {
    @TempDir
    Path dir;

    @Test
    void everyExampleInTheAuthoringGuideLoadsAndSolves() throws IOException {
        String guide = Files.readString(Path.of("..", "docs", "AUTHORING.md"));
        List<String> examples = new ArrayList<>();
        int at = 0;
        while ((at = guide.indexOf("```yaml\nid: ", at)) >= 0) {
            int end = guide.indexOf("\n```", at + 8);
            examples.add(guide.substring(at + 8, end + 1));
            at = end;
        }
        List<String> ids = new ArrayList<>();
        Files.createDirectories(dir.resolve("guide/exercises"));
        StringBuilder body = new StringBuilder();
        for (String example : examples) {
            String id = example.substring(4, example.indexOf('\n')).strip();
            ids.add(id);
            Files.writeString(dir.resolve("guide/exercises/" + id + ".yaml"), example);
            body.append("```exercise\n").append(id).append("\n```\n");
        }
        Files.writeString(dir.resolve("course.yaml"), "lessons: [guide]\n");
        Files.writeString(dir.resolve("guide/lesson.en.md"),
                "---\ntitle: Guide\nsummary: The guide's examples.\nexercises: [" + String.join(", ", ids) + "]\n---\n" + body);
        Course course = CourseLoader.load(ContentSource.directory(dir), "en");
        Set<String> kinds = new TreeSet<>();
        for (ExerciseSpec spec : course.exercises().values()) {
            kinds.add(spec.kind().id());
            for (long seed = 0; seed < 20; seed++) {
                Variant v = Exercises.generate(spec, seed);
                assertEquals(1.0, Exercises.check(spec, v.params(), Exercises.solution(spec, v.params())).score(), spec.id());
            }
        }
        assertTrue(kinds.size() == 7, "one example per kind: " + kinds);
    }
}
