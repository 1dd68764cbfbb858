package dev.chainrule.server.attempt;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.chainrule.grader.exercise.ExerciseSpec;
import dev.chainrule.grader.exercise.Kind;
import dev.chainrule.server.web.ApiError;
import dev.chainrule.server.web.StorableText;

import java.math.BigDecimal;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Parses a submission body {@code {"answers": {field: "text" | number}}} into raw answer text, refusing anything else
 * with a 400: fields the exercise does not ask, values that are neither strings nor numbers, answers over the kind's
 * length limit or holding text that cannot be stored ({@link StorableText}).
 */
final class SubmissionRequest {

    /** A typed matrix of a layer exercise. */
    static final int MAX_MATRIX_LENGTH = 2000;
    /** A formula of a derivative-expression exercise. */
    static final int MAX_FORMULA_LENGTH = 500;
    /** A number, or option ids. */
    static final int MAX_ANSWER_LENGTH = 200;

    private SubmissionRequest() {
    }

    /** The longest answer text {@code spec}'s kind accepts. */
    static int maxLength(ExerciseSpec spec) {
        Kind kind = spec.kind();
        return kind == Kind.LAYER ? MAX_MATRIX_LENGTH : kind == Kind.DERIVATIVE_EXPRESSION ? MAX_FORMULA_LENGTH : MAX_ANSWER_LENGTH;
    }

    /** The answers keyed by asked field, each as the text the learner typed (numbers as their decimal text). */
    static Map<String, String> parse(ObjectMapper mapper, String body, List<String> asked, int maxLength) {
        JsonNode root = readTree(mapper, body);
        if (!root.isObject()) {
            throw ApiError.badRequest("invalid_body", "the body must be a JSON object {\"answers\": {...}}");
        }
        Iterator<String> names = root.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!name.equals("answers")) {
                throw ApiError.badField("unknown_field", name, "unknown field '" + name + "': the body holds only \"answers\"");
            }
        }
        JsonNode answers = root.get("answers");
        if (answers == null || !answers.isObject()) {
            throw ApiError.badField("invalid_body", "answers", "\"answers\" must be a JSON object mapping each asked field to a value");
        }
        Map<String, String> parsed = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = answers.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            String field = entry.getKey();
            if (!asked.contains(field)) {
                throw ApiError.badField("unknown_field", field, "'" + field + "' is not asked by this exercise; asked: " + String.join(", ", asked));
            }
            parsed.put(field, text(field, entry.getValue(), maxLength));
        }
        return parsed;
    }

    private static JsonNode readTree(ObjectMapper mapper, String body) {
        if (body == null || body.isBlank()) {
            throw ApiError.badRequest("invalid_body", "the body is empty; send {\"answers\": {...}}");
        }
        try {
            return mapper.readTree(body);
        } catch (JsonProcessingException e) {
            throw ApiError.badRequest("invalid_json", "the body is not valid JSON: " + e.getOriginalMessage());
        }
    }

    private static String text(String field, JsonNode value, int maxLength) {
        if (value.isTextual()) {
            if (value.textValue().length() > maxLength) {
                throw ApiError.badField("answer_too_long", field, "the answer to '" + field + "' is longer than " + maxLength + " characters");
            }
            return StorableText.require(field, "the answer to '" + field + "'", value.textValue());
        }
        if (value.isNumber()) {
            double number = value.doubleValue();
            return Double.isFinite(number) ? BigDecimal.valueOf(number).stripTrailingZeros().toPlainString() : String.valueOf(number);
        }
        throw ApiError.badField("invalid_answer", field, "the answer to '" + field + "' must be a string or a number");
    }
}
