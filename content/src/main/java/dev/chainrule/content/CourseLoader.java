package dev.chainrule.content;

import dev.chainrule.grader.exercise.ExerciseSpec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Loads a course: {@code course.yaml} lists lesson folders in order; each folder holds
 * {@code lesson.<language>.md} (YAML front matter + Markdown) and {@code exercises/<id>.yaml}.
 * Every problem becomes a {@link ContentException} naming file, line and reason.
 */
public final class CourseLoader {
    private static final Set<String> LESSON_FIELDS = new LinkedHashSet<>(List.of("title", "summary", "goals", "exercises"));

    private CourseLoader() {}

    public static Course load(ContentSource source, String language) {
        String indexFile = "course.yaml";
        String indexText = source.read(indexFile)
                .orElseThrow(() -> new ContentException(source.describe(indexFile), 0, "missing: it lists the lesson folders in order"));
        YamlFile index = YamlFile.parse(source.describe(indexFile), indexText, 0);
        index.allowOnly(Set.of("lessons"));
        List<String> slugs = index.stringList("lessons", true);
        List<Lesson> lessons = new ArrayList<>();
        Map<String, ExerciseSpec> exercises = new LinkedHashMap<>();
        Map<String, String> exerciseOwner = new LinkedHashMap<>();
        for (String slug : slugs) {
            if (!isSlug(slug)) {
                throw index.error("lesson folder '" + slug + "' must be lower-case letters, digits and dashes", "lessons");
            }
            if (lessons.stream().anyMatch(l -> l.slug().equals(slug))) {
                throw index.error("lesson '" + slug + "' is listed twice", "lessons");
            }
            Lesson lesson = lesson(source, slug, lessons.size() + 1, language);
            for (String id : lesson.exerciseIds()) {
                String exerciseFile = slug + "/exercises/" + id + ".yaml";
                String owner = exerciseOwner.put(id, slug);
                if (owner != null) {
                    throw new ContentException(source.describe(lesson.sourceName()), 0,
                            "exercise '" + id + "' is already used by lesson '" + owner + "'; ids must be unique in the course");
                }
                String text = source.read(exerciseFile).orElseThrow(() -> new ContentException(source.describe(lesson.sourceName()),
                        0, "exercise '" + id + "' is listed but " + source.describe(exerciseFile) + " does not exist"));
                exercises.put(id, ExerciseFiles.parse(source.describe(exerciseFile), text, id));
            }
            lessons.add(lesson);
        }
        return new Course(lessons, exercises);
    }

    private static Lesson lesson(ContentSource source, String slug, int number, String language) {
        String path = slug + "/lesson." + language + ".md";
        String file = source.describe(path);
        String text = source.read(path).orElseThrow(() -> new ContentException(file, 0, "missing: lesson '" + slug
                + "' has no " + language + " text"));
        text = text.replace("\r\n", "\n");
        if (!text.startsWith("---\n")) {
            throw new ContentException(file, 1, "expected front matter: a first line '---', YAML fields, then '---'");
        }
        int end = text.indexOf("\n---\n", 3);
        if (end < 0 && text.endsWith("\n---")) {
            end = text.length() - 4;
        }
        if (end < 0) {
            throw new ContentException(file, 1, "front matter is not closed by a line '---'");
        }
        String frontMatter = text.substring(4, end + 1);
        YamlFile yaml = YamlFile.parse(file, frontMatter, 1);
        yaml.allowOnly(LESSON_FIELDS);
        int bodyStartLine = countLines(frontMatter) + 3;
        String body = end + 5 <= text.length() ? text.substring(end + 5) : "";
        List<String> exerciseIds = yaml.stringList("exercises", false);
        for (String id : exerciseIds) {
            if (!isSlug(id)) {
                throw yaml.error("exercise id '" + id + "' must be lower-case letters, digits and dashes", "exercises");
            }
        }
        checkExerciseBlocks(file, body, bodyStartLine, exerciseIds);
        return new Lesson(slug, number, language, yaml.requiredString("title").strip(), yaml.requiredString("summary").strip(),
                yaml.stringList("goals", false), exerciseIds, body, path, bodyStartLine);
    }

    /** Every listed exercise is placed exactly once by a ```exercise block, and every block names a listed exercise. */
    private static void checkExerciseBlocks(String file, String body, int bodyStartLine, List<String> listed) {
        List<String> placed = new ArrayList<>();
        String[] lines = body.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (!lines[i].strip().equals("```exercise")) {
                continue;
            }
            int line = bodyStartLine + i;
            String id = i + 1 < lines.length ? lines[i + 1].strip() : "";
            if (i + 2 >= lines.length || !lines[i + 2].strip().equals("```")) {
                throw new ContentException(file, line, "an exercise block holds one line, the exercise id, then a closing ```");
            }
            if (!listed.contains(id)) {
                throw new ContentException(file, line + 1, "exercise '" + id + "' is placed here but not listed in the front matter's 'exercises'");
            }
            if (placed.contains(id)) {
                throw new ContentException(file, line + 1, "exercise '" + id + "' is placed twice");
            }
            placed.add(id);
        }
        for (String id : listed) {
            if (!placed.contains(id)) {
                throw new ContentException(file, 0, "exercise '" + id + "' is listed in the front matter but no ```exercise block places it");
            }
        }
    }

    private static int countLines(String text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                n++;
            }
        }
        return n;
    }

    static boolean isSlug(String s) {
        if (s.isEmpty() || s.length() > 80 || s.startsWith("-")) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-')) {
                return false;
            }
        }
        return true;
    }
}
