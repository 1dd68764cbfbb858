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
            return base(name.substring(0, underscore)) + "_{" + subscript(name.substring(underscore + 1)) + "}";
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
