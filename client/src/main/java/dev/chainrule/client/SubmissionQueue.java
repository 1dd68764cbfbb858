package dev.chainrule.client;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSFunctor;
import org.teavm.jso.JSObject;
import org.teavm.jso.browser.Window;

/**
 * Submissions that could not reach the server, kept in the browser ({@code localStorage}) until they can: each with
 * the {@code Idempotency-Key} it was first sent with, so a submission that did reach the server before the connection
 * dropped is answered from the first attempt instead of being counted twice. Sent in order when the browser comes
 * back online, when a page loads, and every {@link #RETRY_MS} while any wait.
 */
final class SubmissionQueue {
    static final String STORAGE_KEY = "chainrule.pendingSubmissions";
    static final int RETRY_MS = 30_000;

    /** One waiting submission. */
    record Pending(String key, String exerciseId, Map<String, String> answers) {
    }

    /** Hears about waiting submissions as they are sent: the widget of that exercise, when it is on this page. */
    interface Listener {
        void sent(Pending pending, SubmissionReply reply);

        void refused(Pending pending, String message);
    }

    private static final Map<String, Listener> LISTENERS = new LinkedHashMap<>();
    private static boolean flushing;
    private static boolean started;
    private static int retryTimer = -1;

    private SubmissionQueue() {
    }

    /** Starts listening for the connection (once per page) and sends what an earlier page left waiting. */
    static void start() {
        if (started) {
            return;
        }
        started = true;
        onOnline(SubmissionQueue::flush);
        flush();
    }

    static void listen(String exerciseId, Listener listener) {
        LISTENERS.put(exerciseId, listener);
    }

    static void add(Pending pending) {
        List<Pending> all = read();
        all.add(pending);
        write(all);
        scheduleRetry();
    }

    /** How many submissions wait (for {@code exerciseId}, or all when it is null). */
    static int count(String exerciseId) {
        int n = 0;
        for (Pending p : read()) {
            n += exerciseId == null || p.exerciseId().equals(exerciseId) ? 1 : 0;
        }
        return n;
    }

    /**
     * Sends the oldest waiting submission, then the next, until one fails for want of a connection (then all wait
     * for the next try: most likely the browser is offline).
     */
    static void flush() {
        if (flushing) {
            return;
        }
        List<Pending> all = read();
        if (all.isEmpty()) {
            return;
        }
        flushing = true;
        Pending first = all.get(0);
        Api.send(first.exerciseId(), first.answers(), first.key(), new Api.SubmissionCallback() {
            @Override
            public void accepted(SubmissionReply reply) {
                remove(first.key());
                flushing = false;
                Listener listener = LISTENERS.get(first.exerciseId());
                if (listener != null) {
                    listener.sent(first, reply);
                }
                flush();
            }

            @Override
            public void failed(String message) {
                // the server answered and refused it: sending it again would not help
                remove(first.key());
                flushing = false;
                Listener listener = LISTENERS.get(first.exerciseId());
                if (listener != null) {
                    listener.refused(first, message);
                }
                flush();
            }

            @Override
            public void unreachable() {
                flushing = false;
                scheduleRetry();
            }
        });
    }

    private static void scheduleRetry() {
        if (retryTimer >= 0) {
            return;
        }
        retryTimer = Window.setTimeout(() -> {
            retryTimer = -1;
            flush();
        }, RETRY_MS);
    }

    private static void remove(String key) {
        List<Pending> kept = new ArrayList<>();
        for (Pending p : read()) {
            if (!p.key().equals(key)) {
                kept.add(p);
            }
        }
        write(kept);
    }

    /** The stored queue; anything unreadable in storage is dropped rather than trusted. */
    static List<Pending> read() {
        List<Pending> out = new ArrayList<>();
        JSObject root = Json.parseOrNull(load(STORAGE_KEY));
        if (!Json.isArray(root)) {
            return out;
        }
        for (int i = 0; i < Json.length(root); i++) {
            JSObject item = Json.element(root, i);
            if (!Json.isObject(item)) {
                continue;
            }
            JSObject answers = Json.member(item, "answers");
            String key = Json.stringOr(Json.member(item, "key"), "");
            String id = Json.stringOr(Json.member(item, "exercise"), "");
            if (key.isEmpty() || id.isEmpty() || !Json.isObject(answers)) {
                continue;
            }
            Map<String, String> map = new LinkedHashMap<>();
            for (String name : Json.keys(answers)) {
                map.put(name, Json.stringOr(Json.member(answers, name), ""));
            }
            out.add(new Pending(key, id, map));
        }
        return out;
    }

    private static void write(List<Pending> all) {
        StringBuilder json = new StringBuilder("[");
        for (int i = 0; i < all.size(); i++) {
            Pending p = all.get(i);
            json.append(i == 0 ? "" : ",").append("{\"key\":").append(Json.string(p.key()))
                    .append(",\"exercise\":").append(Json.string(p.exerciseId())).append(",\"answers\":{");
            int k = 0;
            for (Map.Entry<String, String> a : p.answers().entrySet()) {
                json.append(k++ == 0 ? "" : ",").append(Json.string(a.getKey())).append(':')
                        .append(Json.string(a.getValue()));
            }
            json.append("}}");
        }
        store(STORAGE_KEY, json.append(']').toString());
    }

    /** A random UUID (version 4): crypto.randomUUID where the page may use it, else from crypto.getRandomValues. */
    @JSBody(script = "if (self.crypto && typeof self.crypto.randomUUID === 'function') { return self.crypto.randomUUID(); }"
            + " var b = self.crypto.getRandomValues(new Uint8Array(16)); b[6] = (b[6] & 15) | 64; b[8] = (b[8] & 63) | 128;"
            + " var h = Array.prototype.map.call(b, function (x) { return (x + 256).toString(16).slice(1); }).join('');"
            + " return h.slice(0, 8) + '-' + h.slice(8, 12) + '-' + h.slice(12, 16) + '-' + h.slice(16, 20) + '-' + h.slice(20);")
    static native String newKey();

    @JSBody(script = "return typeof navigator === 'undefined' || navigator.onLine !== false;")
    static native boolean online();

    @JSBody(params = "key", script = "try { return self.localStorage.getItem(key) || '[]'; } catch (e) { return '[]'; }")
    private static native String load(String key);

    @JSBody(params = { "key", "value" }, script = "try { self.localStorage.setItem(key, value); } catch (e) {"
            + " console.warn('chainrule: could not keep a submission for later: ' + e); }")
    private static native void store(String key, String value);

    /** Called when the browser says it is back online. */
    @JSFunctor
    interface Online extends JSObject {
        void online();
    }

    @JSBody(params = "listener", script = "self.addEventListener('online', function () { listener(); });")
    private static native void onOnline(Online listener);
}
