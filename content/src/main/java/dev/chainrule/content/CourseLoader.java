package dev.chainrule.content;

import dev.chainrule.grader.exercise.Derivative;
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
    private static final Set<String> LESSON_FIELDS = new LinkedHashSet<>(List.of("title", "summary", "goals", "exercises", "worked"));

    private CourseLoader() {}

    /**
     * The languages the course is written in, from {@code course.yaml}'s {@code languages} (default: English only).
     * The first is the language of the exercise files themselves; each other language has its own lesson files and
     * an {@code exercises/<id>.<language>.yaml} beside every exercise with its words.
     */
    public static List<String> languages(ContentSource source) {
        YamlFile index = index(source);
        List<String> languages = index.root().has("languages") ? index.stringList("languages", true) : List.of("en");
        for (String language : languages) {
            if (!language.matches("[a-z]{2}")) {
                throw index.error("language '" + language + "' must be a two-letter code such as en or ko", "languages");
            }
        }
        if (new LinkedHashSet<>(languages).size() != languages.size()) {
            throw index.error("a language is listed twice", "languages");
        }
        return List.copyOf(languages);
    }

    private static YamlFile index(ContentSource source) {
        String indexFile = "course.yaml";
        String indexText = source.read(indexFile)
                .orElseThrow(() -> new ContentException(source.describe(indexFile), 0, "missing: it lists the lesson folders in order"));
        YamlFile index = YamlFile.parse(source.describe(indexFile), indexText, 0);
        index.allowOnly(Set.of("lessons", "languages"));
        return index;
    }

    public static Course load(ContentSource source, String language) {
        List<String> languages = languages(source);
        YamlFile index = index(source);
        if (!languages.contains(language)) {
            throw index.error("the course is not written in '" + language + "' (course.yaml lists languages: "
                    + String.join(", ", languages) + ")", index.root().has("languages") ? "languages" : "lessons");
        }
        boolean translated = !language.equals(languages.get(0));
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
                ExerciseSpec spec = ExerciseFiles.parse(source.describe(exerciseFile), text, id);
                if (translated) {
                    String translationFile = slug + "/exercises/" + id + "." + language + ".yaml";
                    String translation = source.read(translationFile).orElseThrow(() -> new ContentException(
                            source.describe(translationFile), 0, "missing: exercise '" + id + "' has no " + language + " text"));
                    spec = ExerciseTranslations.apply(source.describe(translationFile), translation, spec);
                }
                exercises.put(id, spec);
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
        Map<String, WorkedExample> worked = worked(yaml);
        checkFigureBlocks(file, body, bodyStartLine, worked);
        String resolved = new WorkedReferences(file, worked).resolve(body, bodyStartLine);
        return new Lesson(slug, number, language, yaml.requiredString("title").strip(), yaml.requiredString("summary").strip(),
                yaml.stringList("goals", false), exerciseIds, resolved, path, bodyStartLine, worked);
    }

    /** The front matter's {@code worked:} examples, each checked against its graph. */
    private static Map<String, WorkedExample> worked(YamlFile yaml) {
        Map<String, WorkedExample> out = new LinkedHashMap<>();
        com.fasterxml.jackson.databind.JsonNode node = yaml.root().get("worked");
        if (node == null || node.isNull()) {
            return out;
        }
        if (!node.isObject()) {
            throw yaml.error("'worked' maps each example's name to { graph, values }", "worked");
        }
        java.util.Iterator<Map.Entry<String, com.fasterxml.jackson.databind.JsonNode>> entries = node.fields();
        while (entries.hasNext()) {
            Map.Entry<String, com.fasterxml.jackson.databind.JsonNode> e = entries.next();
            String name = e.getKey();
            com.fasterxml.jackson.databind.JsonNode example = e.getValue();
            if (!Derivative.isName(name)) {
                throw yaml.error("worked example name '" + name + "' must be letters, digits and _", "worked", name);
            }
            if (!example.isObject() || !example.path("graph").isTextual() || !example.path("values").isObject()) {
                throw yaml.error("worked example '" + name + "' needs a 'graph' (text) and 'values' (a map of numbers)", "worked", name);
            }
            Map<String, Double> values = new LinkedHashMap<>();
            java.util.Iterator<Map.Entry<String, com.fasterxml.jackson.databind.JsonNode>> vs = example.get("values").fields();
            while (vs.hasNext()) {
                Map.Entry<String, com.fasterxml.jackson.databind.JsonNode> v = vs.next();
                if (!v.getValue().isNumber()) {
                    throw yaml.error("worked example '" + name + "': value of '" + v.getKey() + "' must be a number", "worked", name, "values");
                }
                values.put(v.getKey(), v.getValue().doubleValue());
            }
            WorkedExample w = new WorkedExample(name, example.get("graph").asText(), values);
            WorkedReferences.validate(yaml.file(), w, yaml.lineOf("worked", name, "graph"), yaml.lineOf("worked", name, "values"));
            out.put(name, w);
        }
        return out;
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

    /** A ```diagram block names a worked example (optionally 'gradients'); a ```network block lists layer sizes (optionally 'shortcuts'). */
    private static void checkFigureBlocks(String file, String body, int bodyStartLine, Map<String, WorkedExample> worked) {
        String[] lines = body.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String fence = lines[i].strip();
            if (!fence.equals("```diagram") && !fence.equals("```network")) {
                continue;
            }
            int line = bodyStartLine + i + 1;
            String[] words = i + 1 < lines.length ? lines[i + 1].strip().split("\\s+") : new String[0];
            if (i + 2 >= lines.length || !lines[i + 2].strip().equals("```") || words.length == 0 || words[0].isEmpty()) {
                throw new ContentException(file, line - 1, "a " + fence.substring(3) + " block holds one line, then a closing ```");
            }
            if (fence.equals("```diagram")) {
                if (!worked.containsKey(words[0])) {
                    throw new ContentException(file, line, "diagram of '" + words[0] + "': no such worked example (declared: "
                            + String.join(", ", worked.keySet()) + ")");
                }
                if (words.length > 2 || (words.length == 2 && !words[1].equals("gradients"))) {
                    throw new ContentException(file, line, "a diagram block reads 'NAME' or 'NAME gradients'");
                }
            } else {
                checkNetworkSizes(file, line, words);
            }
        }
    }

    private static void checkNetworkSizes(String file, int line, String[] words) {
        int sizes = 0;
        for (int w = 0; w < words.length; w++) {
            if (w == words.length - 1 && words[w].equals("shortcuts") && sizes >= 2) {
                break;
            }
            try {
                int n = Integer.parseInt(words[w]);
                if (n < 1 || n > 12) {
                    throw new NumberFormatException();
                }
                sizes++;
            } catch (NumberFormatException e) {
                throw new ContentException(file, line, "a network block lists 2 to 8 layer sizes from 1 to 12 (optionally then"
                        + " 'shortcuts'), found '" + words[w] + "'");
            }
        }
        if (sizes < 2 || sizes > 8) {
            throw new ContentException(file, line, "a network block lists 2 to 8 layer sizes, found " + sizes);
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
