package dev.chainrule.grader.exercise;

import dev.chainrule.grader.engine.BackwardRules;
import dev.chainrule.grader.engine.Op;

/**
 * The named mistakes the grader recognises. Each one that concerns the backward pass is a set of
 * {@link BackwardRules} that differs from calculus in one rule; re-running the reference under it
 * gives the answer a learner who made that slip would give.
 */
public enum Mistake implements BackwardRules {
    ACTIVATION_DERIVATIVE_OMITTED("activation-derivative-omitted",
            "It looks like you left out the activation's derivative: multiply by the gate's local slope, such as z(1 - z) for a sigmoid.") {
        @Override
        public void localGradients(Op op, double a, double b, double k, double y, double[] out) {
            if (op == Op.SIGMOID || op == Op.TANH) {
                out[0] = 1;
            } else {
                op(op, a, b, k, y, out);
            }
        }
    },
    SIGMA_PRIME_AS_SIGMA("sigma-prime-as-sigma",
            "It looks like you used the sigmoid's value where its derivative belongs: the local slope is z(1 - z), not z.") {
        @Override
        public void localGradients(Op op, double a, double b, double k, double y, double[] out) {
            if (op == Op.SIGMOID || op == Op.TANH) {
                out[0] = y;
            } else {
                op(op, a, b, k, y, out);
            }
        }
    },
    SIGMA_PRIME_FROM_PREACTIVATION("sigma-prime-from-preactivation",
            "It looks like you computed the sigmoid's slope from its input: use its output z in z(1 - z), not the pre-activation.") {
        @Override
        public void localGradients(Op op, double a, double b, double k, double y, double[] out) {
            if (op == Op.SIGMOID) {
                out[0] = a * (1 - a);
            } else if (op == Op.TANH) {
                out[0] = 1 - a * a;
            } else {
                op(op, a, b, k, y, out);
            }
        }
    },
    PERFORMANCE_SIGN_FLIPPED("performance-sign-flipped",
            "Your answer has the right size but the opposite sign: check the sign of each factor, and remember that the performance P = -1/2 (d - z)^2 is the negative of the squared-error loss.") {
        @Override
        public double seed() {
            return -1;
        }
    },
    BRANCHES_NOT_SUMMED("branches-not-summed",
            "A value that feeds several nodes gets the sum of the gradients from every branch; it looks like you kept only one.") {
        @Override
        public boolean sumsBranches() {
            return false;
        }
    },
    MUL_NOT_SWITCHED("mul-not-switched",
            "The multiply gate switches its inputs: the gradient to one input is the upstream gradient times the other input.") {
        @Override
        public void localGradients(Op op, double a, double b, double k, double y, double[] out) {
            if (op == Op.MUL) {
                out[0] = a;
                out[1] = b;
            } else {
                op(op, a, b, k, y, out);
            }
        }
    },
    MAX_ROUTED_TO_SMALLER("max-routed-to-smaller",
            "The max gate routes the whole gradient to the larger input; it looks like you sent it to the smaller one.") {
        @Override
        public void localGradients(Op op, double a, double b, double k, double y, double[] out) {
            if (op == Op.MAX) {
                out[0] = a >= b ? 0 : 1;
                out[1] = a >= b ? 1 : 0;
            } else {
                op(op, a, b, k, y, out);
            }
        }
    },
    RELU_PASSES_NEGATIVE("relu-passes-negative",
            "A ReLU whose input is negative passes no gradient at all; it looks like you let the gradient through.") {
        @Override
        public void localGradients(Op op, double a, double b, double k, double y, double[] out) {
            if (op == Op.RELU || op == Op.LEAKY_RELU) {
                out[0] = 1;
            } else {
                op(op, a, b, k, y, out);
            }
        }
    },
    /** Recognised from the shape or values of a typed matrix, not by re-running the engine. */
    TRANSPOSE_MISSED("transpose-missed",
            "Your matrix is the transpose of the right one: the weight gradient has one row per output neuron, delta times z transposed."),
    ONE_OVER_N_MISSED("one-over-n-missed",
            "The performance is averaged over the samples, so each sample's contribution to the weight gradient is divided by N; it looks like you left out the 1/N.") {
        @Override
        public boolean averages() {
            return false;
        }
    };

    /** The mistakes that are wrong backward-pass rules, which re-running a scalar graph can reveal. */
    static final Mistake[] BACKWARD = {
        ACTIVATION_DERIVATIVE_OMITTED, SIGMA_PRIME_AS_SIGMA, SIGMA_PRIME_FROM_PREACTIVATION, PERFORMANCE_SIGN_FLIPPED,
        BRANCHES_NOT_SUMMED, MUL_NOT_SWITCHED, MAX_ROUTED_TO_SMALLER, RELU_PASSES_NEGATIVE
    };

    private final String id;
    private final String explanation;

    Mistake(String id, String explanation) {
        this.id = id;
        this.explanation = explanation;
    }

    /** Stable id for storage, JSON and message bundles. */
    public String id() {
        return id;
    }

    /** One sentence for the learner. */
    public String explanation() {
        return explanation;
    }

    /** The mistake with this id, or null. */
    public static Mistake byId(String id) {
        for (Mistake m : values()) {
            if (m.id.equals(id)) {
                return m;
            }
        }
        return null;
    }

    private static void op(Op op, double a, double b, double k, double y, double[] out) {
        EXACT.localGradients(op, a, b, k, y, out);
    }
}
