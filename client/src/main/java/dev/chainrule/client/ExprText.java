package dev.chainrule.client;

import dev.chainrule.grader.expr.Expr;
import dev.chainrule.grader.util.Numbers;
import java.util.Map;

/**
 * Expressions and names as a reader writes them: {@code w1 * x} as "w₁ × x", {@code -0.5 * (d - z)^2} as
 * "−0.5 × (d − z)²", {@code sigmoid(p1)} as "σ(p₁)"; parentheses only where precedence needs them.
 */
final class ExprText {
    private static final String SUBSCRIPTS = "₀₁₂₃₄₅₆₇₈₉";
    private static final int SUM = 1;
    private static final int PRODUCT = 2;
    private static final int UNARY = 3;
    private static final int POWER = 4;
    private static final int ATOM = 5;

    private ExprText() {
    }

    /** Graph names are ASCII; Character.isDigit would bring TeaVM's Unicode tables (about 3 KB gzip) into the page. */
    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** A name with its trailing digits as subscripts: w1 -> w₁, u12 -> u₁₂; other names as they are. */
    static String name(String name) {
        int digits = name.length();
        while (digits > 0 && isAsciiDigit(name.charAt(digits - 1))) {
            digits--;
        }
        if (digits == 0 || digits == name.length()) {
            return name;
        }
        StringBuilder out = new StringBuilder(name.substring(0, digits));
        for (int i = digits; i < name.length(); i++) {
            out.append(SUBSCRIPTS.charAt(name.charAt(i) - '0'));
        }
        return out.toString();
    }

    /** A number with at most four significant digits and a typographic minus sign. */
    static String number(double value) {
        return minus(Numbers.formatSignificant(value, 4));
    }

    /** A constant of the source, as written (up to six decimals). */
    static String constant(double value) {
        return minus(Numbers.format(value, 6));
    }

    static String minus(String text) {
        return text.replace('-', '−');
    }

    static String of(Expr e) {
        return of(e, null);
    }

    /** The expression with each name replaced by its value from {@code values} (null: names as names). */
    static String of(Expr e, Map<String, Double> values) {
        StringBuilder out = new StringBuilder();
        new ExprText.Writer(values).write(e, out);
        return out.toString();
    }

    /** Writes one expression, with names or with their values. */
    private static final class Writer {
        private final Map<String, Double> values;

        Writer(Map<String, Double> values) {
            this.values = values;
        }

        private int precedence(Expr e) {
            if (e instanceof Expr.Binary b) {
                return b.operator() == '+' || b.operator() == '-' ? SUM : PRODUCT;
            }
            if (e instanceof Expr.Negate) {
                return UNARY;
            }
            if (e instanceof Expr.Power) {
                return POWER;
            }
            if (e instanceof Expr.Number n && n.value() < 0
                    || e instanceof Expr.Name name && values != null && values.get(name.name()) < 0) {
                return UNARY;
            }
            return ATOM;
        }

        void write(Expr e, StringBuilder out) {
            if (e instanceof Expr.Number n) {
                out.append(constant(n.value()));
            } else if (e instanceof Expr.Name n) {
                out.append(values == null ? name(n.name()) : number(values.get(n.name())));
            } else if (e instanceof Expr.Negate neg) {
                out.append('−');
                operand(neg.operand(), UNARY, false, true, out);
            } else if (e instanceof Expr.Power p) {
                operand(p.base(), POWER, true, false, out);
                out.append(exponent(p.exponent()));
            } else if (e instanceof Expr.Binary b) {
                int own = precedence(b);
                operand(b.left(), own, false, false, out);
                out.append(switch (b.operator()) {
                    case '+' -> " + ";
                    case '-' -> " − ";
                    case '*' -> " × ";
                    default -> " ÷ ";
                });
                // right operands of - and / bind tighter: a − (b − c), a ÷ (b × c)
                operand(b.right(), own, b.operator() == '-' || b.operator() == '/', true, out);
            } else if (e instanceof Expr.Call c) {
                out.append(function(c.function())).append('(');
                for (int i = 0; i < c.arguments().size(); i++) {
                    out.append(i == 0 ? "" : ", ");
                    write(c.arguments().get(i), out);
                }
                out.append(')');
            }
        }

        /** A negative number reads as "2 × (−1.5)" on the right of an operator and under a power or a minus. */
        private void operand(Expr e, int context, boolean strict, boolean right, StringBuilder out) {
            int own = precedence(e);
            boolean negativeLeaf = own == UNARY && !(e instanceof Expr.Negate);
            boolean wrap = negativeLeaf ? right || context > PRODUCT : strict ? own <= context : own < context;
            out.append(wrap ? "(" : "");
            write(e, out);
            out.append(wrap ? ")" : "");
        }
    }

    private static String function(Expr.Function f) {
        return switch (f) {
            case SIGMOID -> "σ";
            case RELU -> "ReLU";
            default -> f.id();
        };
    }

    private static String exponent(double k) {
        if (k == 2) {
            return "²";
        }
        if (k == 3) {
            return "³";
        }
        return "^" + constant(k);
    }
}
