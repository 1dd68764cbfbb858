package dev.chainrule.client;

import dev.chainrule.grader.exercise.BackwardPassSpec;
import dev.chainrule.grader.exercise.ChoiceSpec;
import dev.chainrule.grader.exercise.DerivativeExpressionSpec;
import dev.chainrule.grader.exercise.ExerciseSpec;
import dev.chainrule.grader.exercise.Exercises;
import dev.chainrule.grader.exercise.ExperimentSpec;
import dev.chainrule.grader.exercise.ForwardPassSpec;
import dev.chainrule.grader.exercise.GradientsSpec;
import dev.chainrule.grader.exercise.Kind;
import dev.chainrule.grader.exercise.LayerSpec;
import dev.chainrule.grader.exercise.ParamSpec;
import dev.chainrule.grader.exercise.Tolerance;
import dev.chainrule.grader.experiment.Experiment;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.teavm.jso.JSObject;

/**
 * Reads the exercise variant the server embeds in the page ({@code <script type="application/json"
 * class="exercise-variant">}, shapes in docs/API.md) into an {@link ExerciseVariant}, rebuilding the grader spec of
 * its kind so the page grades exactly as the server does.
 */
final class PageData {
    static final double DEFAULT_RTOL = 1e-2;
    static final double DEFAULT_ATOL = 1e-6;

    private PageData() {
    }

    /** Parses the variant JSON; throws {@link PageDataException} naming the member that is missing or wrong. */
    static ExerciseVariant parse(String text) {
        JSObject root = Json.parseOrNull(text == null ? "" : text);
        if (!Json.isObject(root)) {
            throw new PageDataException("the exercise data is not a JSON object");
        }
        String id = requiredString(root, "id");
        String kindId = requiredString(root, "kind");
        Kind kind = Kind.byId(kindId);
        if (kind == null) {
            throw new UnsupportedKind(kindId);
        }
        String title = Json.stringOr(Json.member(root, "title"), "");
        String prompt = Json.stringOr(Json.member(root, "prompt"), "");
        LinkedHashMap<String, Double> params = numberMap(Json.member(root, "params"), "params",
                kind == Kind.CHOICE || kind == Kind.EXPERIMENT);
        List<String> ask = stringList(Json.member(root, "ask"), "ask", false);
        int variant = (int) optionalNumber(Json.member(root, "variant"), 0, "variant");
        Map<String, int[]> shapes = new LinkedHashMap<>();

        ExerciseSpec spec;
        try {
            spec = spec(root, kind, id, title, prompt, params, ask, shapes);
            List<String> fields = Exercises.fields(spec);
            if (!fields.equals(ask)) {
                throw new PageDataException("'ask' is " + ask + " but the grader asks " + fields);
            }
            // a dry run: a spec the grader cannot use, or params it lacks, show now and not on the first keystroke
            Exercises.check(spec, params, new LinkedHashMap<>());
        } catch (PageDataException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new PageDataException("the grader cannot use it: " + e.getMessage());
        }

        Map<String, String> labels = new LinkedHashMap<>(Exercises.labels(spec));
        JSObject pageLabels = Json.member(root, "labels");
        if (Json.isObject(pageLabels)) {
            for (String key : Json.keys(pageLabels)) {
                JSObject label = Json.member(pageLabels, key);
                if (Json.isString(label) && !Json.asString(label).isEmpty() && labels.containsKey(key)) {
                    labels.put(key, Json.asString(label));
                }
            }
        }
        return new ExerciseVariant(id, kind, title, prompt, params, ask, labels, spec, shapes, variant);
    }

    /** The page names a kind this grader does not know. */
    static final class UnsupportedKind extends PageDataException {
        final String kind;

        UnsupportedKind(String kind) {
            super("unknown kind '" + kind + "'");
            this.kind = kind;
        }
    }

    private static ExerciseSpec spec(JSObject root, Kind kind, String id, String title, String prompt,
            LinkedHashMap<String, Double> params, List<String> ask, Map<String, int[]> shapes) {
        switch (kind) {
            case GRADIENTS:
                return new GradientsSpec(id, title, prompt, graph(root), fixed(params), ask, tolerance(root));
            case FORWARD_PASS:
                return new ForwardPassSpec(id, title, prompt, graph(root), fixed(params), nodes(root, ask),
                        tolerance(root));
            case BACKWARD_PASS:
                return new BackwardPassSpec(id, title, prompt, graph(root), fixed(params), nodes(root, ask),
                        tolerance(root));
            case LAYER:
                return layer(root, id, title, prompt, ask, shapes);
            case DERIVATIVE_EXPRESSION:
                if (ask.size() != 1) {
                    throw new PageDataException("'ask' must name exactly one derivative");
                }
                // the solution stays on the server; the checker needs only the draws for its extra points
                return new DerivativeExpressionSpec(id, title, prompt, graph(root), draws(root), ask.get(0),
                        stringList(Json.member(root, "variables"), "variables", true), "", tolerance(root));
            case CHOICE:
                return new ChoiceSpec(id, title, prompt, options(root), flag(Json.member(root, "multiple")));
            default:
                return experiment(root, id, title, prompt);
        }
    }

    private static String graph(JSObject root) {
        return requiredString(root, "graph");
    }

    /**
     * The variant's numbers as parameter declarations. The page gives values, not how to draw them; the graph kinds
     * only check against the given values, so each is declared as a choice of exactly that value.
     */
    static List<ParamSpec> fixed(Map<String, Double> params) {
        List<ParamSpec> fixed = new ArrayList<>();
        for (Map.Entry<String, Double> param : params.entrySet()) {
            fixed.add(new ParamSpec.Choice(param.getKey(), List.of(param.getValue())));
        }
        return fixed;
    }

    private static List<String> nodes(JSObject root, List<String> ask) {
        JSObject nodes = Json.member(root, "nodes");
        return Json.isArray(nodes) ? stringList(nodes, "nodes", true) : List.of();
    }

    private static LayerSpec layer(JSObject root, String id, String title, String prompt, List<String> ask,
            Map<String, int[]> shapes) {
        JSObject sizesJson = Json.member(root, "sizes");
        if (!Json.isArray(sizesJson) || Json.length(sizesJson) < 2) {
            throw new PageDataException("'sizes' must be a list of layer sizes");
        }
        List<Integer> sizes = new ArrayList<>();
        for (int i = 0; i < Json.length(sizesJson); i++) {
            sizes.add(wholeNumber(Json.element(sizesJson, i), "sizes[" + i + "]"));
        }
        String activationId = requiredString(root, "activation");
        LayerSpec.Activation activation = LayerSpec.Activation.byId(activationId);
        if (activation == null) {
            throw new PageDataException("'activation' '" + activationId + "' is not one the grader knows");
        }
        int samples = wholeNumber(Json.member(root, "samples"), "samples");
        // inputs, weights and targets only say how the server draws; checking uses the entries in params
        ParamSpec unused = new ParamSpec.Choice("unused", List.of(0.0));
        LayerSpec spec = new LayerSpec(id, title, prompt, sizes, activation, samples, unused, unused, unused, ask,
                tolerance(root));
        JSObject shapesJson = Json.member(root, "shapes");
        for (String field : ask) {
            int[] shape = Exercises.shape(spec, field);
            if (Json.isObject(shapesJson) && Json.isArray(Json.member(shapesJson, field))) {
                JSObject given = Json.member(shapesJson, field);
                if (Json.length(given) != 2
                        || wholeNumber(Json.element(given, 0), "shapes." + field + "[0]") != shape[0]
                        || wholeNumber(Json.element(given, 1), "shapes." + field + "[1]") != shape[1]) {
                    throw new PageDataException("'shapes." + field + "' does not match the grader's " + shape[0]
                            + " × " + shape[1]);
                }
            }
            shapes.put(field, shape);
        }
        return spec;
    }

    /** {@code draws}: name -> {"range": [min, max], "decimals": n} or {"choose": [...]}, in the page's order. */
    private static List<ParamSpec> draws(JSObject root) {
        JSObject draws = Json.member(root, "draws");
        if (!Json.isObject(draws)) {
            throw new PageDataException("'draws' must be an object of parameter draws");
        }
        List<ParamSpec> out = new ArrayList<>();
        for (String name : Json.keys(draws)) {
            JSObject draw = Json.member(draws, name);
            String where = "draws." + name;
            if (!Json.isObject(draw)) {
                throw new PageDataException("'" + where + "' must be an object");
            }
            JSObject range = Json.member(draw, "range");
            JSObject choose = Json.member(draw, "choose");
            try {
                if (Json.isArray(range) && Json.length(range) == 2) {
                    out.add(new ParamSpec.Range(name, finite(Json.element(range, 0), where + ".range[0]"),
                            finite(Json.element(range, 1), where + ".range[1]"),
                            (int) optionalNumber(Json.member(draw, "decimals"), 0, where + ".decimals")));
                } else if (Json.isArray(choose) && Json.length(choose) > 0) {
                    List<Double> values = new ArrayList<>();
                    for (int i = 0; i < Json.length(choose); i++) {
                        values.add(finite(Json.element(choose, i), where + ".choose[" + i + "]"));
                    }
                    out.add(new ParamSpec.Choice(name, values));
                } else {
                    throw new PageDataException("'" + where + "' needs \"range\": [min, max] or \"choose\": [...]");
                }
            } catch (IllegalArgumentException e) {
                throw new PageDataException("'" + where + "': " + e.getMessage());
            }
        }
        return out;
    }

    private static List<ChoiceSpec.Option> options(JSObject root) {
        JSObject options = Json.member(root, "options");
        if (!Json.isArray(options) || Json.length(options) == 0) {
            throw new PageDataException("'options' must be a non-empty list");
        }
        List<ChoiceSpec.Option> out = new ArrayList<>();
        for (int i = 0; i < Json.length(options); i++) {
            JSObject option = Json.element(options, i);
            String where = "options[" + i + "]";
            if (!Json.isObject(option)) {
                throw new PageDataException("'" + where + "' must be an object");
            }
            JSObject correct = Json.member(option, "correct");
            if (!Json.isBoolean(correct)) {
                throw new PageDataException("'" + where + ".correct' must be true or false");
            }
            out.add(new ChoiceSpec.Option(requiredString(option, "id", where + ".id"),
                    Json.stringOr(Json.member(option, "text"), ""), Json.asBoolean(correct),
                    Json.stringOr(Json.member(option, "feedback"), null)));
        }
        return out;
    }

    private static ExperimentSpec experiment(JSObject root, String id, String title, String prompt) {
        String name = requiredString(root, "experiment");
        Experiment experiment = Experiment.byId(name);
        if (experiment == null) {
            throw new PageDataException("'experiment' '" + name + "' is not one the grader knows");
        }
        JSObject settingsJson = Json.member(root, "settings");
        Map<String, Integer> settings = new LinkedHashMap<>();
        if (Json.isObject(settingsJson)) {
            for (String key : Json.keys(settingsJson)) {
                settings.put(key, wholeNumber(Json.member(settingsJson, key), "settings." + key));
            }
        } else if (!Json.isMissing(settingsJson)) {
            throw new PageDataException("'settings' must be an object of whole numbers");
        }
        return new ExperimentSpec(id, title, prompt, experiment, settings, options(root));
    }

    private static Tolerance tolerance(JSObject root) {
        double rtol = DEFAULT_RTOL;
        double atol = DEFAULT_ATOL;
        JSObject tolerance = Json.member(root, "tolerance");
        if (Json.isObject(tolerance)) {
            rtol = optionalNumber(Json.member(tolerance, "rtol"), DEFAULT_RTOL, "tolerance.rtol");
            atol = optionalNumber(Json.member(tolerance, "atol"), DEFAULT_ATOL, "tolerance.atol");
        }
        try {
            return new Tolerance(rtol, atol);
        } catch (IllegalArgumentException e) {
            throw new PageDataException("'tolerance': " + e.getMessage());
        }
    }

    /** An optional boolean member: true only when it is the JSON value true. */
    private static boolean flag(JSObject value) {
        return Json.isBoolean(value) && Json.asBoolean(value);
    }

    private static String requiredString(JSObject object, String member) {
        return requiredString(object, member, member);
    }

    private static String requiredString(JSObject object, String member, String where) {
        JSObject value = Json.member(object, member);
        if (!Json.isString(value) || Json.asString(value).isEmpty()) {
            throw new PageDataException("'" + where + "' must be a non-empty string");
        }
        return Json.asString(value);
    }

    private static double finite(JSObject value, String where) {
        if (!Json.isFiniteNumber(value)) {
            throw new PageDataException("'" + where + "' must be a finite number");
        }
        return Json.asNumber(value);
    }

    private static int wholeNumber(JSObject value, String where) {
        double number = finite(value, where);
        if (number != Math.floor(number) || Math.abs(number) > 1e9) {
            throw new PageDataException("'" + where + "' must be a whole number");
        }
        return (int) number;
    }

    private static double optionalNumber(JSObject value, double fallback, String field) {
        if (Json.isFiniteNumber(value)) {
            return Json.asNumber(value);
        }
        if (Json.isObject(value) || Json.isString(value) || Json.isArray(value)) {
            throw new PageDataException("'" + field + "' must be a number");
        }
        return fallback;
    }

    private static LinkedHashMap<String, Double> numberMap(JSObject value, String field, boolean optional) {
        LinkedHashMap<String, Double> result = new LinkedHashMap<>();
        if (optional && !Json.isObject(value) && !Json.isArray(value) && !Json.isString(value)) {
            return result;
        }
        if (!Json.isObject(value)) {
            throw new PageDataException("'" + field + "' must be an object of numbers");
        }
        for (String key : Json.keys(value)) {
            JSObject number = Json.member(value, key);
            if (!Json.isFiniteNumber(number)) {
                throw new PageDataException("'" + field + "." + key + "' must be a finite number");
            }
            result.put(key, Json.asNumber(number));
        }
        return result;
    }

    private static List<String> stringList(JSObject value, String field, boolean mayBeEmpty) {
        if (mayBeEmpty && Json.isMissing(value)) {
            return List.of();
        }
        if (!Json.isArray(value) || (!mayBeEmpty && Json.length(value) == 0)) {
            throw new PageDataException("'" + field + "' must be a " + (mayBeEmpty ? "" : "non-empty ")
                    + "list of names");
        }
        List<String> result = new ArrayList<>();
        for (int i = 0; i < Json.length(value); i++) {
            JSObject item = Json.element(value, i);
            if (!Json.isString(item) || Json.asString(item).isEmpty()) {
                throw new PageDataException("'" + field + "[" + i + "]' must be a non-empty string");
            }
            result.add(Json.asString(item));
        }
        return List.copyOf(result);
    }
}
