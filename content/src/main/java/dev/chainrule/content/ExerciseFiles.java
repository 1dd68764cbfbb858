package dev.chainrule.content;

import com.fasterxml.jackson.databind.JsonNode;
import dev.chainrule.grader.exercise.BackwardPassSpec;
import dev.chainrule.grader.exercise.ChoiceSpec;
import dev.chainrule.grader.exercise.DerivativeExpressionSpec;
import dev.chainrule.grader.exercise.Exercises;
import dev.chainrule.grader.exercise.ExerciseSpec;
import dev.chainrule.grader.exercise.ExperimentSpec;
import dev.chainrule.grader.exercise.ForwardPassSpec;
import dev.chainrule.grader.exercise.GradientsSpec;
import dev.chainrule.grader.exercise.Kind;
import dev.chainrule.grader.exercise.LayerSpec;
import dev.chainrule.grader.exercise.ParamSpec;
import dev.chainrule.grader.exercise.SpecException;
import dev.chainrule.grader.exercise.Tolerance;
import dev.chainrule.grader.experiment.Experiment;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Parses one exercise file (YAML) into a typed, validated grader spec. */
final class ExerciseFiles {
    private static final List<String> COMMON = List.of("id", "kind", "title", "prompt");
    private static final Map<Kind, List<String>> FIELDS = Map.of(
            Kind.GRADIENTS, List.of("graph", "params", "ask", "tolerance"),
            Kind.FORWARD_PASS, List.of("graph", "params", "nodes", "tolerance"),
            Kind.BACKWARD_PASS, List.of("graph", "params", "nodes", "tolerance"),
            Kind.LAYER, List.of("sizes", "activation", "samples", "inputs", "weights", "targets", "ask", "tolerance"),
            Kind.DERIVATIVE_EXPRESSION, List.of("graph", "params", "ask", "variables", "solution", "tolerance"),
            Kind.CHOICE, List.of("options", "multiple"),
            Kind.EXPERIMENT, List.of("experiment", "settings", "options"));

    private ExerciseFiles() {}

    static ExerciseSpec parse(String file, String text, String expectedId) {
        YamlFile yaml = YamlFile.parse(file, text, 0);
        String kindId = yaml.requiredString("kind");
        Kind kind = Kind.byId(kindId);
        if (kind == null) {
            throw yaml.error("unknown kind '" + kindId + "' (known: " + Kind.ids() + ")", "kind");
        }
        Set<String> allowed = new LinkedHashSet<>(COMMON);
        allowed.addAll(FIELDS.get(kind));
        yaml.allowOnly(allowed);
        String id = yaml.requiredString("id");
        if (!id.equals(expectedId)) {
            throw yaml.error("id '" + id + "' does not match the file name '" + expectedId + ".yaml'", "id");
        }
        ExerciseSpec spec = spec(yaml, kind, id, yaml.requiredString("title").strip(), yaml.requiredString("prompt"));
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

    private static ExerciseSpec spec(YamlFile yaml, Kind kind, String id, String title, String prompt) {
        switch (kind) {
            case GRADIENTS:
                return new GradientsSpec(id, title, prompt, yaml.requiredString("graph"), params(yaml), yaml.stringList("ask", true),
                        tolerance(yaml));
            case FORWARD_PASS:
                return new ForwardPassSpec(id, title, prompt, yaml.requiredString("graph"), params(yaml), yaml.stringList("nodes", false),
                        tolerance(yaml));
            case BACKWARD_PASS:
                return new BackwardPassSpec(id, title, prompt, yaml.requiredString("graph"), params(yaml), yaml.stringList("nodes", false),
                        tolerance(yaml));
            case LAYER:
                return layer(yaml, id, title, prompt);
            case DERIVATIVE_EXPRESSION:
                return new DerivativeExpressionSpec(id, title, prompt, yaml.requiredString("graph"), params(yaml),
                        yaml.requiredString("ask").strip(), yaml.stringList("variables", false), yaml.requiredString("solution").strip(),
                        tolerance(yaml));
            case CHOICE:
                return new ChoiceSpec(id, title, prompt, options(yaml), bool(yaml, "multiple"));
            default:
                return experiment(yaml, id, title, prompt);
        }
    }

    private static LayerSpec layer(YamlFile yaml, String id, String title, String prompt) {
        List<Integer> sizes = new ArrayList<>();
        for (String s : yaml.stringList("sizes", true)) {
            sizes.add(wholeNumber(yaml, "sizes", s));
        }
        String activationId = yaml.optionalString("activation", "sigmoid").strip();
        LayerSpec.Activation activation = LayerSpec.Activation.byId(activationId);
        if (activation == null) {
            throw yaml.error("unknown activation '" + activationId + "' (known: sigmoid, tanh, relu, leaky-relu)", "activation");
        }
        int samples = wholeNumber(yaml, "samples", yaml.optionalString("samples", "1"));
        return new LayerSpec(id, title, prompt, sizes, activation, samples, matrixParam(yaml, "inputs"), matrixParam(yaml, "weights"),
                matrixParam(yaml, "targets"), yaml.stringList("ask", true), tolerance(yaml));
    }

    private static ParamSpec matrixParam(YamlFile yaml, String key) {
        JsonNode node = yaml.root().get(key);
        if (node == null) {
            throw yaml.error("missing required field '" + key + "' (how its entries are drawn, like { range: [-1, 1], decimals: 1 })");
        }
        return param(yaml, key, node, key);
    }

    private static ExperimentSpec experiment(YamlFile yaml, String id, String title, String prompt) {
        String name = yaml.requiredString("experiment").strip();
        Experiment experiment = Experiment.byId(name);
        if (experiment == null) {
            throw yaml.error("unknown experiment '" + name + "' (known: shortcut-gradients, paths-vs-backprop)", "experiment");
        }
        Map<String, Integer> settings = new java.util.TreeMap<>();
        JsonNode node = yaml.root().get("settings");
        if (node != null && !node.isNull()) {
            if (!node.isObject()) {
                throw yaml.error("'settings' must map each setting to a whole number, like { depth: 20 }", "settings");
            }
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> e = fields.next();
                if (!e.getValue().canConvertToInt() || !e.getValue().isIntegralNumber()) {
                    throw yaml.error("setting '" + e.getKey() + "' must be a whole number", "settings", e.getKey());
                }
                settings.put(e.getKey(), e.getValue().intValue());
            }
        }
        return new ExperimentSpec(id, title, prompt, experiment, settings, options(yaml));
    }

    private static List<ChoiceSpec.Option> options(YamlFile yaml) {
        JsonNode node = yaml.root().get("options");
        if (node == null || !node.isArray()) {
            throw yaml.error("'options' must be a list of { id, text, correct, feedback }", "options");
        }
        List<ChoiceSpec.Option> out = new ArrayList<>();
        for (JsonNode o : node) {
            if (!o.isObject() || !o.hasNonNull("id") || !o.hasNonNull("text")) {
                throw yaml.error("each option needs an 'id' and a 'text'", "options");
            }
            Iterator<String> keys = o.fieldNames();
            while (keys.hasNext()) {
                String key = keys.next();
                if (!Set.of("id", "text", "correct", "feedback").contains(key)) {
                    throw yaml.error("option '" + o.get("id").asText() + "': unknown field '" + key + "' (expected id, text, correct, feedback)",
                            "options");
                }
            }
            JsonNode correct = o.get("correct");
            if (correct != null && !correct.isBoolean()) {
                throw yaml.error("option '" + o.get("id").asText() + "': 'correct' must be true or false", "options");
            }
            out.add(new ChoiceSpec.Option(o.get("id").asText(), o.get("text").asText().strip(), correct != null && correct.booleanValue(),
                    o.hasNonNull("feedback") ? o.get("feedback").asText().strip() : null));
        }
        return out;
    }

    private static boolean bool(YamlFile yaml, String key) {
        JsonNode node = yaml.root().get(key);
        if (node == null || node.isNull()) {
            return false;
        }
        if (!node.isBoolean()) {
            throw yaml.error("'" + key + "' must be true or false", key);
        }
        return node.booleanValue();
    }

    private static int wholeNumber(YamlFile yaml, String key, String text) {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw yaml.error("'" + key + "' must be whole numbers, found '" + text + "'", key);
        }
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
            out.add(param(yaml, entry.getKey(), entry.getValue(), "params"));
        }
        return out;
    }

    /** {@code under} is the key the parameter stands under ("params", or "inputs" etc. for a layer). */
    private static ParamSpec param(YamlFile yaml, String name, JsonNode node, String under) {
        String[] at = under.equals(name) ? new String[] {name} : new String[] {under, name};
        String where = (under.equals("params") ? "parameter '" + name + "'" : "'" + name + "'") + ": ";
        if (!node.isObject()) {
            throw yaml.error(where + "expected { range: [min, max], decimals: n } or { choose: [a, b, ...] }", at);
        }
        boolean range = node.has("range");
        boolean choose = node.has("choose");
        if (range == choose) {
            throw yaml.error(where + "give exactly one of 'range' or 'choose'", at);
        }
        Iterator<String> keys = node.fieldNames();
        while (keys.hasNext()) {
            String key = keys.next();
            if (!Set.of("range", "decimals", "choose").contains(key) || (choose && key.equals("decimals"))) {
                throw yaml.error(where + "unknown setting '" + key + "'", at);
            }
        }
        try {
            if (choose) {
                return new ParamSpec.Choice(name, numbers(yaml, node.get("choose"), where + "'choose'", at));
            }
            List<Double> bounds = numbers(yaml, node.get("range"), where + "'range'", at);
            if (bounds.size() != 2) {
                throw yaml.error(where + "'range' must be [min, max]", at);
            }
            JsonNode decimals = node.get("decimals");
            if (decimals != null && !decimals.canConvertToInt()) {
                throw yaml.error(where + "'decimals' must be a whole number", at);
            }
            return new ParamSpec.Range(name, bounds.get(0), bounds.get(1), decimals == null ? 1 : decimals.intValue());
        } catch (IllegalArgumentException e) {
            throw yaml.error(e.getMessage(), at);
        }
    }

    private static List<Double> numbers(YamlFile yaml, JsonNode node, String what, String[] at) {
        if (node == null || !node.isArray() || node.isEmpty()) {
            throw yaml.error(what + " must be a list of numbers", at);
        }
        List<Double> out = new ArrayList<>();
        for (JsonNode n : node) {
            if (!n.isNumber() || !Double.isFinite(n.doubleValue())) {
                throw yaml.error(what + " must be a list of numbers, found '" + n.asText() + "'", at);
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
