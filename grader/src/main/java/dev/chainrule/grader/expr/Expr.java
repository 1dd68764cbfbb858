package dev.chainrule.grader.expr;

import java.util.List;

/** The syntax tree of one expression. */
public sealed interface Expr {

    /** A numeric literal. */
    record Number(double value) implements Expr {}

    /** A reference to a parameter or to an earlier statement's name. */
    record Name(String name, int line, int column) implements Expr {}

    /** Unary minus. */
    record Negate(Expr operand) implements Expr {}

    /** {@code + - * /}. */
    record Binary(char operator, Expr left, Expr right) implements Expr {}

    /** {@code base ^ exponent}, the exponent a numeric constant. */
    record Power(Expr base, double exponent) implements Expr {}

    /** A call of one of the built-in functions. */
    record Call(Function function, List<Expr> arguments) implements Expr {}

    /** The functions the language knows, with their arity. */
    enum Function {
        SIGMOID("sigmoid", 1), TANH("tanh", 1), RELU("relu", 1), EXP("exp", 1), LOG("log", 1), MAX("max", 2);

        private final String id;
        private final int arity;

        Function(String id, int arity) {
            this.id = id;
            this.arity = arity;
        }

        public String id() { return id; }
        public int arity() { return arity; }

        /** Every function's name, in declaration order, separated by ", ". */
        static String known() {
            StringBuilder out = new StringBuilder();
            for (Function f : values()) {
                out.append(out.length() == 0 ? "" : ", ").append(f.id);
            }
            return out.toString();
        }

        static Function byName(String name) {
            for (Function f : values()) {
                if (f.id.equals(name)) {
                    return f;
                }
            }
            return null;
        }
    }
}
