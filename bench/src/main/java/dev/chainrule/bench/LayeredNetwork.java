package dev.chainrule.bench;

import dev.chainrule.grader.engine.Value;
import dev.chainrule.grader.util.SplitMix64;
import java.util.ArrayList;
import java.util.List;

/**
 * A layered, fully cross-connected network of sigmoid neurons built from {@link Value} ops: {@code width}
 * inputs (layer 0), then {@code depth} layers of {@code width} neurons, each neuron connected to every
 * neuron of the layer before, and one output, the sum of the last layer.
 *
 * <p>Neuron j of layer l is {@code sigmoid(w[l][j][0]*a[0] + w[l][j][1]*a[1] + ...)}, the sum built as a
 * left-to-right chain of binary adds; there are no biases. Per layer that is {@code width²} weights,
 * {@code width²} muls, {@code width*(width-1)} adds and {@code width} sigmoids, so the whole graph has
 * {@code 3·depth·width² + 2·width - 1} nodes: linear in depth, linear in the number of connections.
 */
public final class LayeredNetwork {
    /** The seed every benchmark and report uses, so all of them measure the same graphs. */
    public static final long FIXED_SEED = 0x5EEDL;

    private final int width;
    private final int depth;
    private final List<Value> inputs;
    private final List<Value> firstLayerWeights;
    private final Value output;

    private LayeredNetwork(int width, int depth, List<Value> inputs, List<Value> firstLayerWeights, Value output) {
        this.width = width;
        this.depth = depth;
        this.inputs = List.copyOf(inputs);
        this.firstLayerWeights = List.copyOf(firstLayerWeights);
        this.output = output;
    }

    /** Inputs uniform in [-1, 1); weights uniform in [-1, 1) scaled by 1/sqrt(width), so sigmoids do not saturate as width grows. */
    public static LayeredNetwork build(int width, int depth, long seed) {
        if (width < 1 || depth < 1) {
            throw new IllegalArgumentException("width and depth must be at least 1: width " + width + ", depth " + depth);
        }
        SplitMix64 random = new SplitMix64(seed);
        double weightScale = 1 / Math.sqrt(width);
        List<Value> inputs = new ArrayList<>(width);
        for (int i = 0; i < width; i++) {
            inputs.add(Value.parameter(symmetric(random)));
        }
        List<Value> firstLayerWeights = new ArrayList<>(width * width);
        List<Value> previous = inputs;
        for (int layer = 1; layer <= depth; layer++) {
            List<Value> current = new ArrayList<>(width);
            for (int j = 0; j < width; j++) {
                Value sum = null;
                for (int i = 0; i < width; i++) {
                    Value weight = Value.parameter(weightScale * symmetric(random));
                    if (layer == 1) {
                        firstLayerWeights.add(weight);
                    }
                    Value term = weight.mul(previous.get(i));
                    sum = sum == null ? term : sum.add(term);
                }
                current.add(sum.sigmoid());
            }
            previous = current;
        }
        Value output = previous.get(0);
        for (int j = 1; j < width; j++) {
            output = output.add(previous.get(j));
        }
        return new LayeredNetwork(width, depth, inputs, firstLayerWeights, output);
    }

    private static double symmetric(SplitMix64 random) {
        return 2 * random.nextDouble() - 1;
    }

    public int width() { return width; }
    public int depth() { return depth; }
    /** Weighted connections between neurons (and from the inputs): width² per layer. */
    public long connections() { return (long) width * width * depth; }
    public List<Value> inputs() { return inputs; }
    /** The weights of layer 1 in the order w[1][j][i]: neuron j, input i. */
    public List<Value> firstLayerWeights() { return firstLayerWeights; }
    public Value output() { return output; }
}
