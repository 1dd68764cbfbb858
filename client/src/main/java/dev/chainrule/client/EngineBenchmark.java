package dev.chainrule.client;

import dev.chainrule.grader.engine.Value;

/**
 * The engine benchmark (docs/PERFORMANCE.md, "The engine in the browser"): one forward and backward pass through an
 * MLP of {@link #WIDTH}-wide tanh layers built from scalar {@link Value}s, the same network as the hand-written
 * JavaScript twin in {@code bench/browser/engine-bench.js}. Run on the JVM and, compiled by TeaVM, in the page.
 */
final class EngineBenchmark {
    static final int INPUTS = 16;
    static final int WIDTH = 16;
    static final int LAYERS = 3;

    private EngineBenchmark() {
    }

    /** A weight, the same number in every runtime: no PRNG, only exact arithmetic on small integers. */
    static double weight(int layer, int row, int col) {
        int h = (layer * 131 + row * 31 + col * 17) % 97;
        return (h - 48) / 96.0;
    }

    static double input(int i) {
        return ((i * 37) % 23 - 11) / 11.0;
    }

    /** One forward and backward pass; returns the sum of the inputs' gradients and the output (a checksum). */
    static double once() {
        Value[] x = new Value[INPUTS];
        for (int i = 0; i < INPUTS; i++) {
            x[i] = Value.parameter(input(i));
        }
        Value[] h = x;
        for (int l = 0; l < LAYERS; l++) {
            Value[] next = new Value[WIDTH];
            for (int r = 0; r < WIDTH; r++) {
                Value sum = Value.constant(0);
                for (int c = 0; c < h.length; c++) {
                    sum = sum.add(Value.parameter(weight(l, r, c)).mul(h[c]));
                }
                next[r] = sum.tanh();
            }
            h = next;
        }
        Value out = Value.constant(0);
        for (Value v : h) {
            out = out.add(v.mul(v));
        }
        out.backward();
        double check = out.data();
        for (Value v : x) {
            check += v.grad();
        }
        return check;
    }

    /** Runs {@code iterations} passes; returns the checksum of the last. */
    static double run(int iterations) {
        double check = 0;
        for (int i = 0; i < iterations; i++) {
            check = once();
        }
        return check;
    }
}
