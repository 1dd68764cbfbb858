package dev.chainrule.content;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * A YAML mapping read from a course file, with helpers that turn every problem into a
 * {@link ContentException} naming the file, the line of the offending key and the reason.
 */
final class YamlFile {
    private static final YAMLMapper MAPPER = YAMLMapper.builder().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION).build();

    private final String file;
    private final String[] lines;
    private final int lineOffset;
    private final ObjectNode root;

    private YamlFile(String file, String[] lines, int lineOffset, ObjectNode root) {
        this.file = file;
        this.lines = lines;
        this.lineOffset = lineOffset;
        this.root = root;
    }

    /** Parses {@code text}, whose first line is line {@code lineOffset + 1} of {@code file}. */
    static YamlFile parse(String file, String text, int lineOffset) {
        JsonNode node;
        try {
            node = MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr() + lineOffset;
            throw new ContentException(file, line, "not valid YAML: " + e.getOriginalMessage());
        }
        if (!(node instanceof ObjectNode object)) {
            throw new ContentException(file, lineOffset + 1, "expected a YAML mapping of fields like 'title: ...'");
        }
        return new YamlFile(file, text.split("\n", -1), lineOffset, object);
    }

    String file() { return file; }
    ObjectNode root() { return root; }

    ContentException error(String reason, String... path) {
        return new ContentException(file, lineOf(path), reason);
    }

    void allowOnly(Set<String> keys) {
        Iterator<String> names = root.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!keys.contains(name)) {
                throw error("unknown field '" + name + "' (expected one of: " + String.join(", ", keys) + ")", name);
            }
        }
    }

    String requiredString(String key) {
        JsonNode node = root.get(key);
        if (node == null || node.isNull()) {
            throw new ContentException(file, lineOffset + 1, "missing required field '" + key + "'");
        }
        if (!node.isTextual() && !node.isNumber()) {
            throw error("'" + key + "' must be text", key);
        }
        String value = node.asText().strip();
        if (value.isEmpty()) {
            throw error("'" + key + "' is empty", key);
        }
        return node.asText();
    }

    String optionalString(String key, String fallback) {
        return root.hasNonNull(key) ? requiredString(key) : fallback;
    }

    List<String> stringList(String key, boolean required) {
        JsonNode node = root.get(key);
        if (node == null || node.isNull()) {
            if (required) {
                throw new ContentException(file, lineOffset + 1, "missing required field '" + key + "'");
            }
            return List.of();
        }
        if (!node.isArray()) {
            throw error("'" + key + "' must be a list, like [a, b]", key);
        }
        List<String> out = new ArrayList<>();
        for (JsonNode item : node) {
            if (!item.isTextual() && !item.isNumber()) {
                throw error("'" + key + "' must list plain text items", key);
            }
            out.add(item.asText());
        }
        return out;
    }

    /**
     * The file line of the key at {@code path} (nested keys by deeper indentation), or the
     * first line of the mapping when it cannot be found.
     */
    int lineOf(String... path) {
        int from = 0;
        int indent = -1;
        int best = -1;
        for (String key : path) {
            int found = -1;
            for (int i = from; i < lines.length; i++) {
                String line = lines[i];
                int lead = leadingSpaces(line);
                String rest = line.substring(lead);
                if (rest.isEmpty() || rest.startsWith("#")) {
                    continue;
                }
                if (lead <= indent) {
                    break;
                }
                if (rest.startsWith(key + ":") || rest.startsWith("- " + key + ":")) {
                    found = i;
                    indent = lead;
                    from = i + 1;
                    break;
                }
            }
            if (found < 0) {
                break;
            }
            best = found;
        }
        return (best < 0 ? 0 : best) + 1 + lineOffset;
    }

    private static int leadingSpaces(String line) {
        int n = 0;
        while (n < line.length() && line.charAt(n) == ' ') {
            n++;
        }
        return n;
    }
}
