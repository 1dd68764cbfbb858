package dev.chainrule.grader.util;

/**
 * Reading numbers typed by learners and writing numbers for people, identically on the JVM and
 * under TeaVM (whose {@code String.format} and {@code Double.toString} differ).
 */
public final class Numbers {
    /** Longer answers are not numbers anyone typed by hand. */
    public static final int MAX_INPUT_LENGTH = 64;

    private Numbers() {}

    /** What a piece of learner input turned out to be. */
    public enum InputKind { NUMBER, EMPTY, NOT_A_NUMBER, NOT_FINITE }

    /** The outcome of reading learner input: its kind and, for {@link InputKind#NUMBER}, its value. */
    public record Input(InputKind kind, double value) {}

    /**
     * Reads a decimal number such as {@code -0.25}, {@code +3}, {@code .5} or {@code 1.2e-3} (surrounding
     * spaces and a typographic minus allowed). Hex floats, digit separators and words are not numbers;
     * {@code NaN}, {@code Infinity} and values that overflow are {@link InputKind#NOT_FINITE}.
     */
    public static Input parse(String raw) {
        if (raw == null) {
            return new Input(InputKind.EMPTY, Double.NaN);
        }
        String s = trim(raw);
        if (s.isEmpty()) {
            return new Input(InputKind.EMPTY, Double.NaN);
        }
        if (s.length() > MAX_INPUT_LENGTH) {
            return new Input(InputKind.NOT_A_NUMBER, Double.NaN);
        }
        StringBuilder ascii = new StringBuilder(s.length());
        int i = 0;
        char first = s.charAt(0);
        if (first == '+' || first == '-' || first == '\u2212') {
            ascii.append(first == '+' ? "" : "-");
            i = 1;
        }
        String body = asciiLowerCase(s.substring(i));
        if (body.equals("nan") || body.equals("inf") || body.equals("infinity") || body.equals("\u221e")) {
            return new Input(InputKind.NOT_FINITE, Double.NaN);
        }
        int digits = 0;
        boolean dot = false;
        for (; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                digits++;
            } else if (c == '.' && !dot) {
                dot = true;
            } else {
                break;
            }
            ascii.append(c);
        }
        if (digits == 0) {
            return new Input(InputKind.NOT_A_NUMBER, Double.NaN);
        }
        if (i < s.length() && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
            ascii.append('e');
            i++;
            if (i < s.length() && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
                ascii.append(s.charAt(i));
                i++;
            }
            int expDigits = 0;
            for (; i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9'; i++) {
                ascii.append(s.charAt(i));
                expDigits++;
            }
            if (expDigits == 0) {
                return new Input(InputKind.NOT_A_NUMBER, Double.NaN);
            }
        }
        if (i != s.length()) {
            return new Input(InputKind.NOT_A_NUMBER, Double.NaN);
        }
        double value = DecimalParser.parse(ascii.toString());
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return new Input(InputKind.NOT_FINITE, Double.NaN);
        }
        return new Input(InputKind.NUMBER, value);
    }

    /**
     * Writes {@code value} rounded to at most {@code maxDecimals} decimals, without trailing zeros:
     * {@code format(0.25, 3)} is "0.25", {@code format(-1.0, 2)} is "-1", {@code format(2.0/3, 3)} is "0.667".
     */
    public static String format(double value, int maxDecimals) {
        if (Double.isNaN(value)) {
            return "NaN";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "Infinity" : "-Infinity";
        }
        int decimals = Math.max(0, Math.min(maxDecimals, 12));
        double abs = Math.abs(value);
        long scale = 1;
        for (int i = 0; i < decimals; i++) {
            scale *= 10;
        }
        while (decimals > 0 && abs * scale >= 9.0e15) {
            decimals--;
            scale /= 10;
        }
        if (abs * scale >= 9.0e15) {
            return (value < 0 ? "-" : "") + integerDigits(abs);
        }
        long scaled = (long) Math.floor(abs * scale + 0.5);
        long whole = scaled / scale;
        long fraction = scaled % scale;
        StringBuilder out = new StringBuilder();
        if (value < 0 && scaled != 0) {
            out.append('-');
        }
        out.append(whole);
        if (fraction != 0) {
            String f = Long.toString(fraction);
            StringBuilder frac = new StringBuilder();
            for (int i = f.length(); i < decimals; i++) {
                frac.append('0');
            }
            frac.append(f);
            int end = frac.length();
            while (end > 0 && frac.charAt(end - 1) == '0') {
                end--;
            }
            out.append('.').append(frac, 0, end);
        }
        return out.toString();
    }

    /** Writes {@code value} with {@code significant} significant digits (at least), for messages: 0.0123456 -> "0.01235". */
    public static String formatSignificant(double value, int significant) {
        double abs = Math.abs(value);
        if (abs == 0 || Double.isNaN(value) || Double.isInfinite(value)) {
            return format(value, 0);
        }
        int magnitude = (int) Math.floor(Math.log10(abs));
        return format(value, Math.max(0, significant - 1 - magnitude));
    }

    private static String integerDigits(double abs) {
        StringBuilder digits = new StringBuilder();
        double rest = Math.floor(abs);
        int exponent = 0;
        while (rest >= 9.0e15) {
            rest = Math.floor(rest / 10);
            exponent++;
        }
        digits.append((long) rest);
        for (int i = 0; i < exponent; i++) {
            digits.append('0');
        }
        return digits.toString();
    }

    private static String trim(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && isSpace(s.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(start, end);
    }

    /** Lower case for ASCII letters only (String.toLowerCase pulls Unicode tables into the browser bundle). */
    private static String asciiLowerCase(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            out.append(c >= 'A' && c <= 'Z' ? (char) (c + 32) : c);
        }
        return out.toString();
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\u00a0';
    }
}
