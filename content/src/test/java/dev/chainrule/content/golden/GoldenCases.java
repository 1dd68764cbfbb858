package dev.chainrule.content.golden;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.chainrule.content.ContentSource;
import dev.chainrule.content.Course;
import dev.chainrule.content.CourseLoader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The golden verdict cases (test resources {@code golden/}): an exercise of the golden course, fixed
 * parameters, answers as typed, and the score, chain flag and per-field status and mistake the grader
 * must give. Shared by the JVM test and the browser parity test (through the content test jar).
 */
public final class GoldenCases {
    private static final YAMLMapper YAML = new YAMLMapper();

    private GoldenCases() {}

    /** What one field must be graded: a status id and, for a named mistake, its id (else null). */
    public record Expected(String status, String mistake) {}

    /** One case. {@code chain} is null when the case does not state it. */
    public record Case(String file, String exercise, Map<String, Double> params, String name, Map<String, String> answers,
                       double score, Boolean chain, Map<String, Expected> fields) {
        @Override
        public String toString() {
            return file + ": " + name;
        }
    }

    /** The exercises the cases grade. */
    public static Course course() {
        return CourseLoader.load(ContentSource.classpath("golden/course"), "en");
    }

    public static List<Case> load() {
        List<Case> cases = new ArrayList<>();
        for (JsonNode file : read("golden/index.yaml").get("files")) {
            String name = file.asText();
            JsonNode root = read("golden/cases/" + name);
            Map<String, Double> params = new LinkedHashMap<>();
            root.get("params").fields().forEachRemaining(e -> params.put(e.getKey(), e.getValue().doubleValue()));
            for (JsonNode c : root.get("cases")) {
                Map<String, String> answers = new LinkedHashMap<>();
                c.get("answers").fields().forEachRemaining(e -> answers.put(e.getKey(), e.getValue().asText()));
                Map<String, Expected> fields = new LinkedHashMap<>();
                Iterator<Map.Entry<String, JsonNode>> it = c.get("fields").fields();
                while (it.hasNext()) {
                    Map.Entry<String, JsonNode> e = it.next();
                    String[] words = e.getValue().asText().trim().split("\\s+");
                    fields.put(e.getKey(), new Expected(words[0], words.length > 1 ? words[1] : null));
                }
                cases.add(new Case(name, root.get("exercise").asText(), params, c.get("name").asText(), answers,
                        c.get("score").doubleValue(), c.has("chain") ? c.get("chain").booleanValue() : null, fields));
            }
        }
        return cases;
    }

    private static JsonNode read(String path) {
        try (InputStream in = GoldenCases.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + path);
            }
            return YAML.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(path, e);
        }
    }
}
