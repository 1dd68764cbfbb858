package dev.chainrule.grader.exercise;

/** A partial derivative asked for, written {@code dOUT/dNAME}: d(of)/d(wrt). */
public record Derivative(String of, String wrt) {

    /** Reads {@code dP/dw1}; returns null when {@code text} is not of that form. */
    public static Derivative parse(String text) {
        if (text == null) {
            return null;
        }
        int slash = text.indexOf('/');
        if (slash < 0 || text.indexOf('/', slash + 1) >= 0) {
            return null;
        }
        String top = text.substring(0, slash);
        String bottom = text.substring(slash + 1);
        if (top.length() < 2 || bottom.length() < 2 || top.charAt(0) != 'd' || bottom.charAt(0) != 'd') {
            return null;
        }
        String of = top.substring(1);
        String wrt = bottom.substring(1);
        return isName(of) && isName(wrt) ? new Derivative(of, wrt) : null;
    }

    /** The derivative as KaTeX source: {@code \frac{\partial P}{\partial w_{1}}}. */
    public String tex() {
        return "\\frac{\\partial " + TexNames.of(of) + "}{\\partial " + TexNames.of(wrt) + "}";
    }

    @Override
    public String toString() {
        return "d" + of + "/d" + wrt;
    }

    /** Whether {@code s} is a name of the expression language: a letter or _, then letters, digits and _. */
    public static boolean isName(String s) {
        if (s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
            boolean digit = c >= '0' && c <= '9';
            if (!(letter || (digit && i > 0))) {
                return false;
            }
        }
        return true;
    }
}
