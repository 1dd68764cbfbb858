package dev.chainrule.server.web;

import java.util.Optional;

/**
 * Text the site can store and show as it was sent: without the NUL character (PostgreSQL refuses it in text columns)
 * and without an unpaired UTF-16 surrogate (a JSON {@code "\ud800"} escape; it is not a character, and UTF-8 cannot
 * hold it, so it would be stored as "?"). Input is checked at the edge, where it is parsed.
 */
public final class StorableText {

    private StorableText() {
    }

    /** What makes {@code text} unstorable, in words for a message; empty when it is fine. */
    public static Optional<String> problem(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\u0000') {
                return Optional.of("a NUL character (U+0000)");
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return Optional.of("an unpaired surrogate (U+" + Integer.toHexString(c).toUpperCase(java.util.Locale.ROOT)
                        + "), which is not a character");
            }
        }
        return Optional.empty();
    }

    /** {@code text}, or a 400 {@code invalid_text} API error for {@code field}, whose message calls it {@code label}. */
    public static String require(String field, String label, String text) {
        Optional<String> problem = problem(text);
        if (problem.isPresent()) {
            throw ApiError.badField("invalid_text", field, label + " contains " + problem.get() + ": send plain Unicode text");
        }
        return text;
    }
}
