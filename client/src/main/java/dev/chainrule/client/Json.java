package dev.chainrule.client;

import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;

/**
 * Type tests and reads on parsed JSON values. The JSO interfaces in {@link PageData} and {@link SubmissionReply}
 * declare the shapes; these checks make sure a value really has its declared JSON type before Java uses it,
 * because under TeaVM a JSO getter does not check anything.
 */
final class Json {
    private Json() {
    }

    /** JSON.parse that answers null instead of throwing on malformed text. */
    @JSBody(params = "text", script = "try { return JSON.parse(text); } catch (e) { return null; }")
    static native JSObject parseOrNull(String text);

    @JSBody(params = "value", script = "return typeof value === 'object' && value !== null && !Array.isArray(value);")
    static native boolean isObject(JSObject value);

    @JSBody(params = "value", script = "return Array.isArray(value);")
    static native boolean isArray(JSObject value);

    @JSBody(params = "value", script = "return typeof value === 'string';")
    static native boolean isString(JSObject value);

    @JSBody(params = "value", script = "return typeof value === 'number' && isFinite(value);")
    static native boolean isFiniteNumber(JSObject value);

    @JSBody(params = "value", script = "return typeof value === 'boolean';")
    static native boolean isBoolean(JSObject value);

    @JSBody(params = "value", script = "return value === undefined || value === null;")
    static native boolean isMissing(JSObject value);

    @JSBody(params = "value", script = "return value === true;")
    static native boolean asBoolean(JSObject value);

    @JSBody(params = "value", script = "return value;")
    static native String asString(JSObject value);

    @JSBody(params = "value", script = "return value;")
    static native double asNumber(JSObject value);

    @JSBody(params = "array", script = "return array.length;")
    static native int length(JSObject array);

    @JSBody(params = { "array", "index" }, script = "return array[index];")
    static native JSObject element(JSObject array, int index);

    /** Own property names of an object, in the order JSON.parse created them. */
    @JSBody(params = "object", script = "return Object.keys(object);")
    static native String[] keys(JSObject object);

    /** An own property, or undefined (never a value inherited from Object.prototype). */
    @JSBody(params = { "object", "key" }, script = "return Object.prototype.hasOwnProperty.call(object, key)"
            + " ? object[key] : void 0;")
    static native JSObject member(JSObject object, String key);

    /** The string at {@code value}, or {@code fallback} when it is not a string. */
    static String stringOr(JSObject value, String fallback) {
        return isString(value) ? asString(value) : fallback;
    }

    /** A JSON string literal. */
    static String string(String text) {
        StringBuilder out = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20) {
                String hex = Integer.toHexString(c);
                out.append("\\u").append("0000".substring(hex.length())).append(hex);
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }
}
