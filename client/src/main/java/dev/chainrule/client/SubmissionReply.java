package dev.chainrule.client;

import java.util.ArrayList;
import java.util.List;
import org.teavm.jso.JSObject;
import org.teavm.jso.JSProperty;

/** The server's reply to a submission (HTTP 201), read from JSON into typed values. */
record SubmissionReply(int attempt, double score, List<FieldResult> fields) {

    /** One field's server verdict; {@code status} is "correct", "incorrect" or "invalid". */
    record FieldResult(String field, String status, String message) {
    }

    interface ReplyJson extends JSObject {
        @JSProperty JSObject getAttempt();
        @JSProperty JSObject getScore();
        @JSProperty JSObject getFields();
    }

    interface FieldJson extends JSObject {
        @JSProperty JSObject getField();
        @JSProperty JSObject getStatus();
        @JSProperty JSObject getMessage();
    }

    /** The error body {@code {"error": {"code", "message", "field"}}}. */
    interface ErrorBodyJson extends JSObject {
        @JSProperty JSObject getError();
    }

    interface ErrorJson extends JSObject {
        @JSProperty JSObject getCode();
        @JSProperty JSObject getMessage();
        @JSProperty JSObject getField();
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

    /** Parses a 201 body, or returns null when it does not have the documented shape. */
    static SubmissionReply parse(String text) {
        JSObject root = Json.parseOrNull(text);
        if (!Json.isObject(root)) {
            return null;
        }
        ReplyJson reply = (ReplyJson) root;
        if (!Json.isFiniteNumber(reply.getScore()) || !Json.isArray(reply.getFields())) {
            return null;
        }
        List<FieldResult> fields = new ArrayList<>();
        JSObject array = reply.getFields();
        for (int i = 0; i < Json.length(array); i++) {
            JSObject item = Json.element(array, i);
            if (!Json.isObject(item)) {
                return null;
            }
            FieldJson field = (FieldJson) item;
            if (!Json.isString(field.getField()) || !Json.isString(field.getStatus())) {
                return null;
            }
            fields.add(new FieldResult(Json.asString(field.getField()), Json.asString(field.getStatus()),
                    Json.stringOr(field.getMessage(), "")));
        }
        int attempt = Json.isFiniteNumber(reply.getAttempt()) ? (int) Json.asNumber(reply.getAttempt()) : 0;
        return new SubmissionReply(attempt, Json.asNumber(reply.getScore()), List.copyOf(fields));
    }

    /** The message of an error body, or null when the body is not the documented error shape. */
    static String errorMessage(String text) {
        JSObject root = Json.parseOrNull(text);
        if (!Json.isObject(root)) {
            return null;
        }
        JSObject error = ((ErrorBodyJson) root).getError();
        if (!Json.isObject(error)) {
            return null;
        }
        String message = Json.stringOr(((ErrorJson) error).getMessage(), null);
        return message == null || message.isEmpty() ? null : message;
    }
}
