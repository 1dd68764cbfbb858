package dev.chainrule.grader.i18n;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/** Checks that a message reads as Korean: it has Hangul, and no English word is left in it. */
public final class KoreanText {
    /** Names a Korean message may quote as they are: the expression language's functions and ReLU. */
    public static final List<String> FUNCTION_NAMES = List.of("sigmoid", "tanh", "relu", "exp", "log", "max", "ReLU");

    private KoreanText() {}

    /**
     * Asserts that {@code message} contains Hangul and that no word of it (a run of ASCII letters, digits
     * and '_') holds three letters in a row, unless it is one of the {@code identifiers} (field and node
     * names, the learner's own text) or {@link #FUNCTION_NAMES}: symbols, digits and short names such as
     * z, dP or w1 may stay.
     */
    public static void assertKorean(String message, Collection<String> identifiers) {
        assertTrue(hasHangul(message), "no Hangul in: " + message);
        List<String> allowed = new ArrayList<>(FUNCTION_NAMES);
        for (String id : identifiers) {
            allowed.addAll(words(id));
        }
        for (String word : words(message)) {
            if (allowed.contains(word)) {
                continue;
            }
            int run = 0;
            for (int i = 0; i <= word.length(); i++) {
                char c = i < word.length() ? word.charAt(i) : '0';
                run = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ? run + 1 : 0;
                if (run >= 3) {
                    fail("English word '" + word + "' left in: " + message);
                }
            }
        }
    }

    /** The maximal runs of ASCII letters, digits and '_' in {@code s}: "dP/dw1" gives dP and dw1. */
    private static List<String> words(String s) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i <= s.length(); i++) {
            char c = i < s.length() ? s.charAt(i) : ' ';
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_') {
                word.append(c);
            } else if (word.length() > 0) {
                words.add(word.toString());
                word.setLength(0);
            }
        }
        return words;
    }

    public static void assertKorean(String message, String... identifiers) {
        assertKorean(message, Arrays.asList(identifiers));
    }

    public static boolean hasHangul(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '\uAC00' && c <= '\uD7A3') {
                return true;
            }
        }
        return false;
    }
}
