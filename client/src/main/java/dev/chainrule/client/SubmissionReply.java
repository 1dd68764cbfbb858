package dev.chainrule.client;

import java.util.ArrayList;
import java.util.List;
import org.teavm.jso.JSObject;

/** The server's reply to a submission (HTTP 201), read from JSON into typed values. */
record SubmissionReply(int attempt, double score, boolean chainCorrect, List<FieldResult> fields) {

    /**
     * One field's server verdict; {@code status} is "correct", "incorrect" or "invalid", {@code credit} the field's
     * share in [0, 1] (NaN when the server sent none) and {@code explanation} the named mistake's, or null.
     */
    record FieldResult(String field, String status, String message, double credit, String explanation) {
    }

    int correctCount() {
        int correct = 0;
        for (FieldResult field : fields) {
            if ("correct".equals(field.status())) {
                correct++;
            }
        }
        return correct;
    }

    /** The result of {@code field}, or null. */
    FieldResult field(String name) {
        for (FieldResult field : fields) {
            if (field.field().equals(name)) {
                return field;
            }
        }
        return null;
    }

    /** Parses a 201 body, or returns null when it does not have the documented shape. */
    static SubmissionReply parse(String text) {
        JSObject reply = Json.parseOrNull(text);
        if (!Json.isObject(reply)) {
            return null;
        }
        JSObject score = Json.member(reply, "score");
        JSObject array = Json.member(reply, "fields");
        if (!Json.isFiniteNumber(score) || !Json.isArray(array)) {
            return null;
        }
        List<FieldResult> fields = new ArrayList<>();
        for (int i = 0; i < Json.length(array); i++) {
            JSObject item = Json.element(array, i);
            if (!Json.isObject(item)) {
                return null;
            }
            JSObject field = Json.member(item, "field");
            JSObject status = Json.member(item, "status");
            if (!Json.isString(field) || !Json.isString(status)) {
                return null;
            }
            JSObject credit = Json.member(item, "credit");
            JSObject mistake = Json.member(item, "mistake");
            String explanation = Json.isObject(mistake) ? Json.stringOr(Json.member(mistake, "explanation"), null) : null;
            fields.add(new FieldResult(Json.asString(field), Json.asString(status),
                    Json.stringOr(Json.member(item, "message"), ""),
                    Json.isFiniteNumber(credit) ? Json.asNumber(credit) : Double.NaN,
                    explanation == null || explanation.isEmpty() ? null : explanation));
        }
        JSObject attempt = Json.member(reply, "attempt");
        JSObject chain = Json.member(reply, "chainCorrect");
        return new SubmissionReply(Json.isFiniteNumber(attempt) ? (int) Json.asNumber(attempt) : 0,
                Json.asNumber(score), !Json.isBoolean(chain) || Json.asBoolean(chain), List.copyOf(fields));
    }

    /** The code of an error body {@code {"error": {"code", "message", "field"}}}, or null for any other body. */
    static String errorCode(String text) {
        return errorMember(text, "code");
    }

    /** The message of an error body {@code {"error": {"code", "message", "field"}}}, or null for any other body. */
    static String errorMessage(String text) {
        return errorMember(text, "message");
    }

    private static String errorMember(String text, String member) {
        JSObject root = Json.parseOrNull(text);
        if (!Json.isObject(root)) {
            return null;
        }
        JSObject error = Json.member(root, "error");
        if (!Json.isObject(error)) {
            return null;
        }
        String value = Json.stringOr(Json.member(error, member), null);
        return value == null || value.isEmpty() ? null : value;
    }
}
