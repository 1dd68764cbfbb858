package dev.chainrule.server.attempt;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.chainrule.server.web.ApiError;

import java.math.BigDecimal;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Parses a submission body {@code {"answers": {field: "text" | number}}} into raw answer text, refusing anything else with a 400. */
final class SubmissionRequest {

    static final int MAX_ANSWER_LENGTH = 200;

    private SubmissionRequest() {
    }

    /** The answers keyed by asked field, each as the text the learner typed (numbers as their decimal text). */
    static Map<String, String> parse(ObjectMapper mapper, String body, List<String> asked) {
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
            parsed.put(field, text(field, entry.getValue()));
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

    private static String text(String field, JsonNode value) {
        if (value.isTextual()) {
            if (value.textValue().length() > MAX_ANSWER_LENGTH) {
                throw ApiError.badField("answer_too_long", field, "the answer to '" + field + "' is longer than " + MAX_ANSWER_LENGTH + " characters");
            }
            return value.textValue();
        }
        if (value.isNumber()) {
            double number = value.doubleValue();
            return Double.isFinite(number) ? BigDecimal.valueOf(number).stripTrailingZeros().toPlainString() : String.valueOf(number);
        }
        throw ApiError.badField("invalid_answer", field, "the answer to '" + field + "' must be a string or a number");
    }
}
