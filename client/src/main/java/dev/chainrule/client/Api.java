package dev.chainrule.client;

import java.util.Map;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;
import org.teavm.jso.ajax.XMLHttpRequest;
import org.teavm.jso.core.JSObjects;
import org.teavm.jso.core.JSString;
import org.teavm.jso.json.JSON;

/** The JSON API the widget talks to (same origin, session cookie, CSRF header when the page provides one). */
final class Api {
    static final String API_ROOT = "/api/v1";
    /** The page may carry {@code <meta name="csrf-token" content="...">}; its value goes in this header. */
    static final String CSRF_META = "csrf-token";
    static final String CSRF_HEADER = "X-CSRF-Token";
    /** Same learner and same key: the server answers with the first attempt's reply instead of recording another. */
    static final String IDEMPOTENCY_HEADER = "Idempotency-Key";

    /** What a submission ends in: exactly one of these is called. */
    interface SubmissionCallback {
        void accepted(SubmissionReply reply);

        /** The server answered but did not take it (an error status or an unreadable reply). */
        void failed(String message);

        /** No answer at all (offline, connection dropped, timed out): worth sending again with the same key. */
        default void unreachable() {
            failed(Messages.get(UiText.NETWORK_ERROR));
        }
    }

    private Api() {
    }

    static String submissionsPath(String exerciseId) {
        return API_ROOT + "/exercises/" + encodePathSegment(exerciseId) + "/submissions";
    }

    /**
     * POSTs {@code {"answers": {...}}} with the answers exactly as typed and a fresh idempotency key. When the server
     * cannot be reached, the submission is queued in the browser ({@link SubmissionQueue}) and sent later with the same
     * key; {@code callback.unreachable()} then says so.
     */
    static void submit(String exerciseId, Map<String, String> answers, SubmissionCallback callback) {
        String key = SubmissionQueue.newKey();
        SubmissionQueue.Pending pending = new SubmissionQueue.Pending(key, exerciseId, answers);
        if (!SubmissionQueue.online() || SubmissionQueue.count(exerciseId) > 0) {
            // offline, or older submissions of this exercise still wait: this one waits behind them, in order
            SubmissionQueue.add(pending);
            callback.unreachable();
            SubmissionQueue.flush();
            return;
        }
        send(exerciseId, answers, key, new SubmissionCallback() {
            @Override
            public void accepted(SubmissionReply reply) {
                callback.accepted(reply);
            }

            @Override
            public void failed(String message) {
                callback.failed(message);
            }

            @Override
            public void unreachable() {
                SubmissionQueue.add(pending);
                callback.unreachable();
            }
        });
    }

    /** One POST of a submission with its idempotency key. */
    static void send(String exerciseId, Map<String, String> answers, String key, SubmissionCallback callback) {
        XMLHttpRequest request = new XMLHttpRequest();
        request.open("POST", submissionsPath(exerciseId));
        request.setRequestHeader("Content-Type", "application/json");
        request.setRequestHeader("Accept", "application/json");
        String csrf = Dom.metaContent(CSRF_META);
        if (csrf != null && !csrf.isEmpty()) {
            request.setRequestHeader(CSRF_HEADER, csrf);
        }
        request.setRequestHeader(IDEMPOTENCY_HEADER, key);
        request.onLoad(event -> handleReply(request, callback));
        request.onError(event -> callback.unreachable());
        request.onTimeout(event -> callback.unreachable());
        request.onAbort(event -> callback.unreachable());
        request.send(requestBody(answers));
    }

    private static void handleReply(XMLHttpRequest request, SubmissionCallback callback) {
        int status = request.getStatus();
        String text = request.getResponseText();
        if (status == 0 || status == 502 || status == 503 || status == 504) {
            callback.unreachable(); // no server behind the address (or a proxy saying so): try again later
            return;
        }
        if (status == 200 || status == 201) {
            SubmissionReply reply = SubmissionReply.parse(text);
            if (reply == null) {
                callback.failed(Messages.get(UiText.BAD_REPLY));
            } else {
                callback.accepted(reply);
            }
            return;
        }
        callback.failed(failure(status, text));
    }

    /**
     * What to tell the learner about a refused submission: the site's own sentence for a changed session, the
     * server's message on an English page (the API writes its errors in English), else the status in the page's words.
     */
    static String failure(int status, String text) {
        if ("csrf_token_invalid".equals(SubmissionReply.errorCode(text))) {
            return Messages.get(UiText.SESSION_CHANGED);
        }
        String message = SubmissionReply.errorMessage(text);
        return message != null && !Messages.korean() ? message : Messages.serverError(status);
    }

    /** Builds the body through JSON.stringify so every string is escaped by the browser itself. */
    static String requestBody(Map<String, String> answers) {
        JSObject answersObject = JSObjects.create();
        for (Map.Entry<String, String> answer : answers.entrySet()) {
            setMember(answersObject, answer.getKey(), JSString.valueOf(answer.getValue()));
        }
        JSObject body = JSObjects.create();
        setMember(body, "answers", answersObject);
        return JSON.stringify(body);
    }

    @JSBody(params = { "object", "key", "value" }, script = "object[key] = value;")
    private static native void setMember(JSObject object, String key, JSObject value);

    @JSBody(params = "segment", script = "return encodeURIComponent(segment);")
    private static native String encodePathSegment(String segment);
}
