package dev.chainrule.server.hostile;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The hostile strings the catalog sends: markup, SQL, traversal, odd Unicode, numbers and formulas that are meant to hurt. */
final class Payloads {

    private Payloads() {
    }

    /** Markup that would run script if a page showed it unescaped (and a template expression that must stay text). */
    static final List<String> XSS = List.of(
            "<script>alert('xss')</script>",
            "\"><img src=x onerror=alert(1)>",
            "'><svg/onload=alert(1)>",
            "</textarea><script>alert(1)</script>",
            "javascript:alert(document.cookie)",
            "[[${7*7}]] [(${T(java.lang.Runtime).getRuntime()})]");

    static final List<String> SQL = List.of(
            "' OR '1'='1",
            "1; DROP TABLE attempts; --",
            "' UNION SELECT email, password_hash FROM users --",
            "1' AND SLEEP(5) --",
            "'); DELETE FROM users; --",
            "\\'; SHUTDOWN; --");

    /** Strings a path segment might carry to climb out of its folder, percent-encoded or not. */
    static final List<String> TRAVERSAL = List.of(
            "..%2f..%2f..%2fetc%2fpasswd",
            "%2e%2e%2f%2e%2e%2fetc%2fpasswd",
            "%2e%2e",
            "..%5c..%5cwindows%5cwin.ini",
            "%252e%252e%252fetc%252fpasswd",
            "..%c0%af..%c0%afetc%c0%afpasswd",
            "....%2f%2f....%2f%2fetc%2fpasswd");

    /** Unusual Unicode and control characters, as Java strings (JSON encoders escape what they must). */
    static final List<String> UNICODE = List.of(
            "\u202Eevil\u202C",                 // right-to-left override
            "a\u200Bb\u200Cc\u200Dd\uFEFF",     // zero-width characters
            "\uD83E\uDDE0\uD83D\uDD25\uD83D\uDC68\u200D\uD83D\uDCBB", // emoji, with a joiner
            "\u0007\u0008\u001B[31mred",       // bell, backspace, an ANSI escape
            "line\r\nInjected-Header: yes",
            "e\u0301\u0301\u0301\u0301\u0301", // stacked combining marks
            "\uFFFF\uFFFE\uFDD0");              // non-characters

    /** JSON string literals that a Java string cannot show literally: lone surrogates and NUL as escapes. */
    static final List<String> JSON_ESCAPES = List.of(
            "\"\\ud800\"",
            "\"\\udfff\\ud800\"",
            "\"abc\\u0000def\"",
            "\"\\u0000\"");

    /** Formulas that try to make the expression language work hard or fail badly. */
    static final List<String> FORMULA_BOMBS = List.of(
            "(".repeat(240) + "z" + ")".repeat(240),
            "sigmoid(".repeat(50) + "z" + ")".repeat(50),
            "z^100^100^100",
            "z^1e308",
            "z^(1e400)",
            "exp(exp(exp(exp(exp(exp(z))))))",
            "z" + "*z".repeat(240),
            "z" + "+1".repeat(240),
            "-".repeat(490) + "z",
            "log(0)",
            "1/0",
            "0/0",
            "z^-100",
            "max(" .repeat(60) + "z" + ",z)".repeat(60),
            "9".repeat(400),
            "z = 1; P = 2",
            "z # comment",
            "sigmoid(z, z, z)",
            "unknownfn(z)",
            "((z)");

    static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** {@code text} as a JSON string literal (escaped by Jackson). */
    static String jsonString(String text) {
        try {
            return HostileSite.JSON.writeValueAsString(text);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Nested JSON arrays {@code depth} deep. */
    static String nestedArrays(int depth) {
        return "[".repeat(depth) + "]".repeat(depth);
    }

    /** Nested JSON objects {@code depth} deep. */
    static String nestedObjects(int depth) {
        return "{\"a\":".repeat(depth) + "1" + "}".repeat(depth);
    }

    /** A JSON string literal of about {@code bytes} bytes. */
    static String bigString(int bytes) {
        return "\"" + "x".repeat(bytes) + "\"";
    }
}
