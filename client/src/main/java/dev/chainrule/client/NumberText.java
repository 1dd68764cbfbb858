package dev.chainrule.client;

import dev.chainrule.grader.util.Numbers;

/** Number formatting done by hand, because TeaVM's Double.toString and String.format differ from the JVM. */
final class NumberText {
    private static final String SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹";

    private NumberText() {
    }

    /** A score in 0..1 as a whole percentage, halves rounded up: 0.5 -> "50%", 2/3 -> "67%". */
    static String percent(double fraction) {
        if (Double.isNaN(fraction)) {
            return "–";
        }
        double clamped = Math.max(0.0, Math.min(1.0, fraction));
        long whole = (long) Math.floor(clamped * 100.0 + 0.5);
        return whole + "%";
    }

    /** "10⁻³": ten to a whole power, in superscript digits. */
    static String powerOfTen(int exponent) {
        StringBuilder out = new StringBuilder("10");
        if (exponent < 0) {
            out.append('⁻');
        }
        String digits = String.valueOf(Math.abs(exponent));
        for (int i = 0; i < digits.length(); i++) {
            out.append(SUPERSCRIPTS.charAt(digits.charAt(i) - '0'));
        }
        return out.toString();
    }

    /** About three significant digits, in scientific notation when far from 1: 0.0123, 5120, 3.1 × 10⁻⁹. */
    static String compact(double value) {
        if (value == 0 || !Double.isFinite(value)) {
            return Numbers.format(value, 0);
        }
        int exponent = (int) Math.floor(Math.log10(Math.abs(value)));
        if (exponent >= -3 && exponent <= 5) {
            return Numbers.formatSignificant(value, 3);
        }
        double mantissa = value / Math.pow(10, exponent);
        if (Math.abs(mantissa) >= 9.995) {
            mantissa /= 10;
            exponent++;
        }
        return Numbers.format(mantissa, 2) + " × " + powerOfTen(exponent);
    }
}
