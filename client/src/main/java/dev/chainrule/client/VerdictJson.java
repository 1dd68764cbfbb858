package dev.chainrule.client;

import dev.chainrule.grader.exercise.FieldVerdict;
import dev.chainrule.grader.exercise.Verdict;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;

/**
 * A verdict as JSON text, written by the browser's own JSON.stringify so that numbers come out exactly as JavaScript
 * prints them (TeaVM's Double.toString differs from the JVM's). Same members as the server's submission reply.
 */
final class VerdictJson {
    private VerdictJson() {
    }

    static String write(Verdict verdict) {
        JSObject fields = newArray();
        for (FieldVerdict f : verdict.fields()) {
            JSObject field = newObject();
            putString(field, "field", f.field());
            putString(field, "status", f.status().id());
            putString(field, "message", f.message());
            if (f.mistake() == null) {
                putNull(field, "mistake");
            } else {
                putString(field, "mistake", f.mistake().id());
            }
            putNumber(field, "credit", f.credit());
            push(fields, field);
        }
        JSObject root = newObject();
        putNumber(root, "score", verdict.score());
        putBoolean(root, "chainCorrect", verdict.chainCorrect());
        putObject(root, "fields", fields);
        return stringify(root);
    }

    @JSBody(script = "return {};")
    private static native JSObject newObject();

    @JSBody(script = "return [];")
    private static native JSObject newArray();

    @JSBody(params = { "array", "value" }, script = "array.push(value);")
    private static native void push(JSObject array, JSObject value);

    @JSBody(params = { "object", "key", "value" }, script = "object[key] = value;")
    private static native void putString(JSObject object, String key, String value);

    @JSBody(params = { "object", "key", "value" }, script = "object[key] = value;")
    private static native void putNumber(JSObject object, String key, double value);

    @JSBody(params = { "object", "key", "value" }, script = "object[key] = value;")
    private static native void putBoolean(JSObject object, String key, boolean value);

    @JSBody(params = { "object", "key", "value" }, script = "object[key] = value;")
    private static native void putObject(JSObject object, String key, JSObject value);

    @JSBody(params = { "object", "key" }, script = "object[key] = null;")
    private static native void putNull(JSObject object, String key);

    @JSBody(params = "value", script = "return JSON.stringify(value);")
    private static native String stringify(JSObject value);
}
