package dev.chainrule.server.lesson;

import dev.chainrule.grader.util.Numbers;
import dev.chainrule.server.web.Html;

/** Small pieces shared by the diagrams: escaped text, coordinates, numbers as a reader sees them, text width estimates. */
final class Svg {

    static final String SERIF = "KaTeX_Main, Charter, 'Bitstream Charter', Cambria, 'Noto Serif', Georgia, serif";
    static final String MATH = "KaTeX_Math, Charter, 'Bitstream Charter', Cambria, 'Noto Serif', Georgia, serif";
    static final String SANS = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', Arial, sans-serif";
    static final String INK = "#1f2328";
    static final String LINE = "#4b5563";
    static final String MUTED = "#6b7280";
    static final String GRADIENT = "#b3400f";

    private Svg() {
    }

    static String escape(String text) {
        return Html.escape(text);
    }

    /** A coordinate with at most one decimal. */
    static String n(double value) {
        return Numbers.format(value, 1);
    }

    /** A value as lessons quote it (4 significant digits), with a typographic minus sign. */
    static String number(double value) {
        return Numbers.formatSignificant(value, 4).replace('-', '\u2212');
    }

    /** A generous estimate of the width of {@code text} at {@code size} px (no font metrics on the server). */
    static double width(String text, double size) {
        double em = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            em += c == '.' || c == ',' || c == 'i' || c == 'l' || c == ' ' ? 0.3
                    : Character.isDigit(c) ? 0.56 : Character.isUpperCase(c) ? 0.7 : 0.6;
        }
        return em * size;
    }

    /** A name with its trailing digits as a subscript, e.g. {@code w1} as w with a lowered 1. */
    static String subscripted(String name) {
        int digits = name.length();
        while (digits > 0 && Character.isDigit(name.charAt(digits - 1))) {
            digits--;
        }
        if (digits == 0 || digits == name.length()) {
            return escape(name);
        }
        return escape(name.substring(0, digits)) + "<tspan font-size=\"75%\" dy=\"4\">" + escape(name.substring(digits)) + "</tspan>";
    }
}
