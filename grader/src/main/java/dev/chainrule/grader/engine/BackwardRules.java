package dev.chainrule.grader.engine;

/**
 * How a backward pass treats each op. {@link #EXACT} is calculus; the grader's named mistakes
 * override one rule each, so it can re-run a learner's likely slip and recognise the result.
 */
public interface BackwardRules {
    /** The true rules. */
    BackwardRules EXACT = new BackwardRules() {};

    /** Writes d(output)/d(input i) of one node into {@code out[i]}; inputs {@code a}, {@code b}, constant {@code k}, output {@code y}. */
    default void localGradients(Op op, double a, double b, double k, double y, double[] out) {
        op.localGradients(a, b, k, y, out);
    }

    /** Whether a value used by several nodes receives the sum of their gradients (true) or only one of them. */
    default boolean sumsBranches() {
        return true;
    }

    /** Whether a mean passes 1/N of the gradient to each entry (true) or forgets the 1/N. */
    default boolean averages() {
        return true;
    }

    /** The gradient the walk starts with at the output: 1 for d(output)/d(output). */
    default double seed() {
        return 1;
    }
}
