package dev.chainrule.grader.exercise;

/** Writes expression-language names as math: {@code w1} -> {@code w_{1}}, {@code delta} -> {@code \delta}, {@code x_in} -> {@code x_{\mathrm{in}}}. */
final class TexNames {
    private static final String[] GREEK = {
        "alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta", "iota", "kappa", "lambda", "mu",
        "nu", "xi", "pi", "rho", "sigma", "tau", "upsilon", "phi", "chi", "psi", "omega", "Delta", "Sigma", "Omega"
    };

    private TexNames() {}

    static String of(String name) {
        int underscore = name.indexOf('_');
        if (underscore > 0 && underscore < name.length() - 1) {
            String head = name.substring(0, underscore);
            String tail = subscript(name.substring(underscore + 1));
            int digits = trailingDigits(head);
            if (digits > 0 && digits < head.length()) {
                // p2_1: layer 2, unit 1 -> p_{2,1}
                return base(head.substring(0, head.length() - digits)) + "_{" + head.substring(head.length() - digits) + "," + tail + "}";
            }
            return base(head) + "_{" + tail + "}";
        }
        int digits = name.length();
        while (digits > 0 && name.charAt(digits - 1) >= '0' && name.charAt(digits - 1) <= '9') {
            digits--;
        }
        if (digits > 0 && digits < name.length()) {
            return base(name.substring(0, digits)) + "_{" + name.substring(digits) + "}";
        }
        return base(name);
    }

    private static int trailingDigits(String s) {
        int n = 0;
        while (n < s.length() && s.charAt(s.length() - 1 - n) >= '0' && s.charAt(s.length() - 1 - n) <= '9') {
            n++;
        }
        return n;
    }

    private static String base(String s) {
        for (String g : GREEK) {
            if (g.equals(s)) {
                return "\\" + g;
            }
        }
        return s.length() == 1 ? s : "\\mathrm{" + s.replace("_", "\\_") + "}";
    }

    private static String subscript(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return "\\mathrm{" + s.replace("_", "\\_") + "}";
            }
        }
        return s;
    }
}
