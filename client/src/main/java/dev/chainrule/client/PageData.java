package dev.chainrule.client;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.teavm.jso.JSObject;
import org.teavm.jso.JSProperty;

/**
 * Reads the exercise variant the server embeds in the page
 * ({@code <script type="application/json" class="exercise-variant">}) into an {@link ExerciseVariant}.
 */
final class PageData {
    static final double DEFAULT_RTOL = 1e-2;
    static final double DEFAULT_ATOL = 1e-6;

    /** The JSON shape of the embedded variant; every getter is raw and checked by {@link Json} before use. */
    interface VariantJson extends JSObject {
        @JSProperty JSObject getId();
        @JSProperty JSObject getKind();
        @JSProperty JSObject getTitle();
        @JSProperty JSObject getPrompt();
        @JSProperty JSObject getGraph();
        @JSProperty JSObject getParams();
        @JSProperty JSObject getAsk();
        @JSProperty JSObject getLabels();
        @JSProperty JSObject getTolerance();
        @JSProperty JSObject getVariant();
    }

    interface ToleranceJson extends JSObject {
        @JSProperty JSObject getRtol();
        @JSProperty JSObject getAtol();
    }

    private PageData() {
    }

    /** Parses the variant JSON; throws {@link PageDataException} naming the field that is missing or wrong. */
    static ExerciseVariant parse(String text) {
        JSObject root = Json.parseOrNull(text == null ? "" : text);
        if (!Json.isObject(root)) {
            throw new PageDataException("the exercise data is not a JSON object");
        }
        VariantJson json = (VariantJson) root;
        String id = requiredString(json.getId(), "id");
        String kind = requiredString(json.getKind(), "kind");
        String title = Json.stringOr(json.getTitle(), "");
        String prompt = Json.stringOr(json.getPrompt(), "");
        String graph = Json.stringOr(json.getGraph(), "");
        LinkedHashMap<String, Double> params = numberMap(json.getParams(), "params");
        List<String> ask = stringList(json.getAsk(), "ask");
        Map<String, String> labels = Json.isObject(json.getLabels())
                ? stringMap(json.getLabels()) : new LinkedHashMap<>();
        double rtol = DEFAULT_RTOL;
        double atol = DEFAULT_ATOL;
        if (Json.isObject(json.getTolerance())) {
            ToleranceJson tolerance = (ToleranceJson) json.getTolerance();
            rtol = optionalNumber(tolerance.getRtol(), DEFAULT_RTOL, "tolerance.rtol");
            atol = optionalNumber(tolerance.getAtol(), DEFAULT_ATOL, "tolerance.atol");
        }
        int variant = (int) optionalNumber(json.getVariant(), 0, "variant");
        return new ExerciseVariant(id, kind, title, prompt, graph, params, ask, labels, rtol, atol, variant);
    }

    private static String requiredString(JSObject value, String field) {
        if (!Json.isString(value) || Json.asString(value).isEmpty()) {
            throw new PageDataException("'" + field + "' must be a non-empty string");
        }
        return Json.asString(value);
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

    private static LinkedHashMap<String, Double> numberMap(JSObject value, String field) {
        if (!Json.isObject(value)) {
            throw new PageDataException("'" + field + "' must be an object of numbers");
        }
        LinkedHashMap<String, Double> result = new LinkedHashMap<>();
        for (String key : Json.keys(value)) {
            JSObject number = Json.member(value, key);
            if (!Json.isFiniteNumber(number)) {
                throw new PageDataException("'" + field + "." + key + "' must be a finite number");
            }
            result.put(key, Json.asNumber(number));
        }
        return result;
    }

    private static List<String> stringList(JSObject value, String field) {
        if (!Json.isArray(value) || Json.length(value) == 0) {
            throw new PageDataException("'" + field + "' must be a non-empty list of names");
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

    private static Map<String, String> stringMap(JSObject value) {
        Map<String, String> result = new LinkedHashMap<>();
        for (String key : Json.keys(value)) {
            JSObject item = Json.member(value, key);
            if (Json.isString(item)) {
                result.put(key, Json.asString(item));
            }
        }
        return result;
    }
}
