package dev.chainrule.grader.engine;

/**
 * The operations of the scalar engine. Each op keeps its forward rule and its local backward rule
 * side by side: {@link #forward} computes the output from the inputs, {@link #localGradients}
 * writes d(output)/d(input i) into {@code out[i]}. The backward pass multiplies these local
 * gradients by the upstream gradient.
 */
public enum Op {
    CONSTANT(0, "const"),
    PARAMETER(0, "param"),
    ADD(2, "+") {
        @Override double forward(double a, double b, double k) { return a + b; }
        @Override void localGradients(double a, double b, double k, double y, double[] out) { out[0] = 1; out[1] = 1; }
    },
    SUB(2, "-") {
        @Override double forward(double a, double b, double k) { return a - b; }
        @Override void localGradients(double a, double b, double k, double y, double[] out) { out[0] = 1; out[1] = -1; }
    },
    MUL(2, "*") {
        @Override double forward(double a, double b, double k) { return a * b; }
        @Override void localGradients(double a, double b, double k, double y, double[] out) { out[0] = b; out[1] = a; }
    },
    DIV(2, "/") {
        @Override double forward(double a, double b, double k) { return a / b; }
        @Override void localGradients(double a, double b, double k, double y, double[] out) {
            out[0] = 1 / b;
            out[1] = -a / (b * b);
        }
    },
    NEG(1, "neg") {
        @Override double forward(double a, double b, double k) { return -a; }
        @Override void localGradients(double a, double b, double k, double y, double[] out) { out[0] = -1; }
    },
    /** Power with a constant exponent {@code k}. */
    POW(1, "^") {
        @Override double forward(double a, double b, double k) { return power(a, k); }
        @Override void localGradients(double a, double b, double k, double y, double[] out) {
            out[0] = k == 0 ? 0 : k * power(a, k - 1);
        }
    },
    EXP(1, "exp") {
        @Override double forward(double a, double b, double k) { return Math.exp(a); }
        @Override void localGradients(double a, double b, double k, double y, double[] out) { out[0] = y; }
    },
    LOG(1, "log") {
        @Override double forward(double a, double b, double k) { return Math.log(a); }
        @Override void localGradients(double a, double b, double k, double y, double[] out) { out[0] = 1 / a; }
    },
    SIGMOID(1, "sigmoid") {
        @Override double forward(double a, double b, double k) { return sigmoid(a); }
        /** The sigmoid's derivative depends only on its output: y (1 - y). */
        @Override void localGradients(double a, double b, double k, double y, double[] out) { out[0] = y * (1 - y); }
    },
    TANH(1, "tanh") {
        @Override double forward(double a, double b, double k) { return tanh(a); }
        @Override void localGradients(double a, double b, double k, double y, double[] out) { out[0] = 1 - y * y; }
    },
    RELU(1, "relu") {
        @Override double forward(double a, double b, double k) { return a > 0 ? a : 0; }
        @Override void localGradients(double a, double b, double k, double y, double[] out) { out[0] = a > 0 ? 1 : 0; }
    },
    /** max(a, k a) with a constant slope 0 <= k < 1 for negative inputs. */
    LEAKY_RELU(1, "leaky_relu") {
        @Override double forward(double a, double b, double k) { return a > 0 ? a : k * a; }
        @Override void localGradients(double a, double b, double k, double y, double[] out) { out[0] = a > 0 ? 1 : k; }
    },
    /** The max gate routes the whole gradient to the larger input (to the first one on a tie). */
    MAX(2, "max") {
        @Override double forward(double a, double b, double k) { return a >= b ? a : b; }
        @Override void localGradients(double a, double b, double k, double y, double[] out) {
            out[0] = a >= b ? 1 : 0;
            out[1] = a >= b ? 0 : 1;
        }
    };

    private final int arity;
    private final String symbol;

    Op(int arity, String symbol) {
        this.arity = arity;
        this.symbol = symbol;
    }

    /** How many inputs the op takes (0 for leaves). */
    public int arity() {
        return arity;
    }

    /** A short symbol for drawing the node: {@code +}, {@code *}, {@code sigmoid}, ... */
    public String symbol() {
        return symbol;
    }

    double forward(double a, double b, double k) {
        throw new IllegalStateException(this + " has no forward rule");
    }

    void localGradients(double a, double b, double k, double y, double[] out) {
        // leaves have no inputs
    }

    /** The logistic function, computed without overflow for large |x|. */
    public static double sigmoid(double x) {
        if (x >= 0) {
            return 1 / (1 + Math.exp(-x));
        }
        double e = Math.exp(x);
        return e / (1 + e);
    }

    /** Hyperbolic tangent; written here because TeaVM's Math.tanh gives NaN for |x| above ~710. */
    public static double tanh(double x) {
        if (Double.isNaN(x)) {
            return x;
        }
        double t = Math.exp(-2 * Math.abs(x));
        double r = (1 - t) / (1 + t);
        return x < 0 ? -r : r;
    }

    /** Powers with small whole exponents by multiplication (exact and identical on every runtime). */
    static double power(double a, double k) {
        if (k == 1) {
            return a;
        }
        if (k == 2) {
            return a * a;
        }
        if (k == 3) {
            return a * a * a;
        }
        return Math.pow(a, k);
    }
}
