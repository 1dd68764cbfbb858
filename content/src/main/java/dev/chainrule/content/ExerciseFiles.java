package dev.chainrule.content;

import com.fasterxml.jackson.databind.JsonNode;
import dev.chainrule.grader.exercise.Exercises;
import dev.chainrule.grader.exercise.ExerciseSpec;
import dev.chainrule.grader.exercise.GradientsSpec;
import dev.chainrule.grader.exercise.Kind;
import dev.chainrule.grader.exercise.ParamSpec;
import dev.chainrule.grader.exercise.SpecException;
import dev.chainrule.grader.exercise.Tolerance;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Parses one exercise file (YAML) into a typed, validated grader spec. */
final class ExerciseFiles {
    private static final Set<String> FIELDS = new LinkedHashSet<>(
            List.of("id", "kind", "title", "prompt", "graph", "params", "ask", "tolerance"));

    private ExerciseFiles() {}

    static ExerciseSpec parse(String file, String text, String expectedId) {
        YamlFile yaml = YamlFile.parse(file, text, 0);
        yaml.allowOnly(FIELDS);
        String id = yaml.requiredString("id");
        if (!id.equals(expectedId)) {
            throw yaml.error("id '" + id + "' does not match the file name '" + expectedId + ".yaml'", "id");
        }
        String kindId = yaml.requiredString("kind");
        Kind kind = Kind.byId(kindId);
        if (kind == null) {
            throw yaml.error("unknown kind '" + kindId + "' (known: gradients)", "kind");
        }
        GradientsSpec spec = new GradientsSpec(id, yaml.requiredString("title").strip(), yaml.requiredString("prompt"),
                yaml.requiredString("graph"), params(yaml), yaml.stringList("ask", true), tolerance(yaml));
        try {
            Exercises.validate(spec);
            Exercises.generate(spec, 0);
        } catch (SpecException e) {
            // graph is written as a block scalar ('graph: |'), so its line n stands n lines below the key
            int line = yaml.lineOf(e.field()) + (e.field().equals("graph") ? e.line() : 0);
            throw new ContentException(file, line, e.getMessage());
        }
        return spec;
    }

    private static List<ParamSpec> params(YamlFile yaml) {
        JsonNode params = yaml.root().get("params");
        List<ParamSpec> out = new ArrayList<>();
        if (params == null || params.isNull()) {
            return out;
        }
        if (!params.isObject()) {
            throw yaml.error("'params' must map each parameter to how it is drawn, like x: { range: [-2, 2], decimals: 1 }", "params");
        }
        Iterator<Map.Entry<String, JsonNode>> fields = params.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> entry = fields.next();
            out.add(param(yaml, entry.getKey(), entry.getValue()));
        }
        return out;
    }

    private static ParamSpec param(YamlFile yaml, String name, JsonNode node) {
        String where = "parameter '" + name + "': ";
        if (!node.isObject()) {
            throw yaml.error(where + "expected { range: [min, max], decimals: n } or { choose: [a, b, ...] }", "params", name);
        }
        boolean range = node.has("range");
        boolean choose = node.has("choose");
        if (range == choose) {
            throw yaml.error(where + "give exactly one of 'range' or 'choose'", "params", name);
        }
        Iterator<String> keys = node.fieldNames();
        while (keys.hasNext()) {
            String key = keys.next();
            if (!Set.of("range", "decimals", "choose").contains(key) || (choose && key.equals("decimals"))) {
                throw yaml.error(where + "unknown setting '" + key + "'", "params", name);
            }
        }
        try {
            if (choose) {
                return new ParamSpec.Choice(name, numbers(yaml, node.get("choose"), where + "'choose'", name));
            }
            List<Double> bounds = numbers(yaml, node.get("range"), where + "'range'", name);
            if (bounds.size() != 2) {
                throw yaml.error(where + "'range' must be [min, max]", "params", name);
            }
            JsonNode decimals = node.get("decimals");
            if (decimals != null && !decimals.canConvertToInt()) {
                throw yaml.error(where + "'decimals' must be a whole number", "params", name);
            }
            return new ParamSpec.Range(name, bounds.get(0), bounds.get(1), decimals == null ? 1 : decimals.intValue());
        } catch (IllegalArgumentException e) {
            throw yaml.error(e.getMessage(), "params", name);
        }
    }

    private static List<Double> numbers(YamlFile yaml, JsonNode node, String what, String name) {
        if (node == null || !node.isArray() || node.isEmpty()) {
            throw yaml.error(what + " must be a list of numbers", "params", name);
        }
        List<Double> out = new ArrayList<>();
        for (JsonNode n : node) {
            if (!n.isNumber() || !Double.isFinite(n.doubleValue())) {
                throw yaml.error(what + " must be a list of numbers, found '" + n.asText() + "'", "params", name);
            }
            out.add(n.doubleValue());
        }
        return out;
    }

    private static Tolerance tolerance(YamlFile yaml) {
        JsonNode node = yaml.root().get("tolerance");
        if (node == null || node.isNull()) {
            return Tolerance.DEFAULT;
        }
        if (!node.isObject()) {
            throw yaml.error("'tolerance' must be { rtol: 0.01, atol: 1e-6 }", "tolerance");
        }
        Iterator<String> keys = node.fieldNames();
        while (keys.hasNext()) {
            String key = keys.next();
            if (!key.equals("rtol") && !key.equals("atol")) {
                throw yaml.error("unknown tolerance setting '" + key + "' (expected rtol or atol)", "tolerance");
            }
        }
        try {
            return new Tolerance(number(yaml, node, "rtol", Tolerance.DEFAULT.rtol()), number(yaml, node, "atol", Tolerance.DEFAULT.atol()));
        } catch (IllegalArgumentException e) {
            throw yaml.error(e.getMessage(), "tolerance");
        }
    }

    private static double number(YamlFile yaml, JsonNode parent, String key, double fallback) {
        JsonNode n = parent.get(key);
        if (n == null) {
            return fallback;
        }
        if (!n.isNumber()) {
            throw yaml.error("tolerance '" + key + "' must be a number", "tolerance");
        }
        return n.doubleValue();
    }
}
