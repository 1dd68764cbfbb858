package dev.chainrule.client;

import dev.chainrule.grader.engine.Value;
import dev.chainrule.grader.experiment.ExperimentResult;
import dev.chainrule.grader.experiment.Series;
import dev.chainrule.grader.util.SplitMix64;
import java.util.ArrayList;
import java.util.List;

/**
 * A small network trained in the page with the grader's engine, to watch the loss fall (or not): {@code depth} hidden
 * layers of {@code width} neurons fit y = 0.8 sin(2x) on {@link #SAMPLES} points by plain gradient descent, once as a
 * plain stack and once with shortcuts (h + act(U h + b) / depth from the second layer on), from the same initial
 * weights.
 * Every step builds the whole computation with {@link Value}s and calls {@code backward()}. Plain Java: tested on the
 * JVM.
 */
final class TrainingRun {
    static final int SAMPLES = 8;
    static final int STEPS = 40;
    static final double LEARNING_RATE = 0.3;
    static final int MAX_DEPTH = 10;
    static final int MAX_WIDTH = 6;

    /** The hidden layers' activation. */
    enum Activation {
        SIGMOID("sigmoid"), TANH("tanh"), RELU("relu");

        final String id;

        Activation(String id) {
            this.id = id;
        }

        Value apply(Value v) {
            return switch (this) {
                case SIGMOID -> v.sigmoid();
                case TANH -> v.tanh();
                case RELU -> v.relu();
            };
        }
    }

    private TrainingRun() {
    }

    /** Loss after each step (and before the first) of both networks; labels are the grader-style English ones. */
    static ExperimentResult run(int depth, int width, Activation activation, long seed) {
        if (depth < 1 || depth > MAX_DEPTH || width < 1 || width > MAX_WIDTH) {
            throw new IllegalArgumentException("depth 1.." + MAX_DEPTH + " and width 1.." + MAX_WIDTH);
        }
        double[] initial = initialWeights(depth, width, seed);
        List<Double> steps = new ArrayList<>();
        for (int s = 0; s <= STEPS; s++) {
            steps.add((double) s);
        }
        return new ExperimentResult(STEP_LABEL, LOSS_LABEL, true, List.of(
                new Series(PLAIN, steps, losses(depth, width, activation, initial, false)),
                new Series(SHORTCUTS, steps, losses(depth, width, activation, initial, true))));
    }

    static final String STEP_LABEL = "training step";
    static final String LOSS_LABEL = "loss (mean squared error)";
    static final String PLAIN = "plain";
    static final String SHORTCUTS = "with shortcuts";

    /** How many numbers the network has: per hidden layer a weight matrix and biases, then the output's. */
    static int parameterCount(int depth, int width) {
        return (width + width) + (depth - 1) * (width * width + width) + width + 1;
    }

    private static double[] initialWeights(int depth, int width, long seed) {
        SplitMix64 rng = new SplitMix64(seed);
        double[] w = new double[parameterCount(depth, width)];
        int k = 0;
        for (int i = 0; i < width; i++) {
            w[k++] = (2 * rng.nextDouble() - 1) * 1.5; // first layer: weight from x
            w[k++] = (2 * rng.nextDouble() - 1) * 0.5; // and bias
        }
        double scale = Math.sqrt(3.0 / width);
        for (int l = 1; l < depth; l++) {
            for (int i = 0; i < width; i++) {
                for (int j = 0; j < width; j++) {
                    w[k++] = (2 * rng.nextDouble() - 1) * scale;
                }
                w[k++] = 0;
            }
        }
        for (int j = 0; j <= width; j++) {
            w[k++] = j < width ? (2 * rng.nextDouble() - 1) * scale : 0;
        }
        return w;
    }

    private static List<Double> losses(int depth, int width, Activation activation, double[] initial, boolean shortcuts) {
        double[] w = initial.clone();
        List<Double> losses = new ArrayList<>();
        for (int step = 0; step <= STEPS; step++) {
            Value[] params = new Value[w.length];
            for (int i = 0; i < w.length; i++) {
                params[i] = Value.parameter(w[i]);
            }
            Value total = Value.constant(0);
            for (int n = 0; n < SAMPLES; n++) {
                double x = -1.5 + 3.0 * n / (SAMPLES - 1);
                Value error = forward(params, x, depth, width, activation, shortcuts).sub(Value.constant(target(x)));
                total = total.add(error.mul(error));
            }
            Value loss = total.mul(Value.constant(1.0 / SAMPLES));
            losses.add(loss.data());
            if (step == STEPS || !Double.isFinite(loss.data())) {
                break;
            }
            loss.backward();
            for (int i = 0; i < w.length; i++) {
                w[i] -= LEARNING_RATE * params[i].grad();
            }
        }
        return losses;
    }

    static double target(double x) {
        return 0.8 * Math.sin(2 * x);
    }

    private static Value forward(Value[] p, double x, int depth, int width, Activation activation, boolean shortcuts) {
        int k = 0;
        Value input = Value.constant(x);
        Value[] h = new Value[width];
        for (int i = 0; i < width; i++) {
            h[i] = activation.apply(p[k].mul(input).add(p[k + 1]));
            k += 2;
        }
        // each shortcut block adds its branch scaled by 1/depth, so the sum of the branches stays bounded however deep
        Value branch = Value.constant(1.0 / depth);
        for (int l = 1; l < depth; l++) {
            Value[] next = new Value[width];
            for (int i = 0; i < width; i++) {
                Value sum = p[k + width];
                for (int j = 0; j < width; j++) {
                    sum = sum.add(p[k + j].mul(h[j]));
                }
                k += width + 1;
                Value a = activation.apply(sum);
                next[i] = shortcuts ? h[i].add(a.mul(branch)) : a;
            }
            h = next;
        }
        Value out = p[k + width];
        for (int j = 0; j < width; j++) {
            out = out.add(p[k + j].mul(h[j]));
        }
        return out;
    }
}
