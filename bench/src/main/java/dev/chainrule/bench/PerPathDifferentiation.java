package dev.chainrule.bench;

import dev.chainrule.grader.engine.BackwardRules;
import dev.chainrule.grader.engine.Op;
import dev.chainrule.grader.engine.Value;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The chain rule applied path by path: d(output)/d(source) is the sum, over every path from
 * {@code source} to {@code output}, of the product of the local derivatives along that path. Each path is
 * walked on its own, depth first, from the source forwards through the nodes that consume it, so a
 * product shared by many paths (everything downstream of a neuron) is recomputed for each of them. That
 * reuse is exactly what {@link Value#backward()} adds, and what the benchmarks measure.
 *
 * <p>The local derivatives come from {@link BackwardRules#EXACT}, the rules {@code backward()} uses, and
 * are computed anew at every step of every path, as {@code backward()} computes them anew on every call.
 */
public final class PerPathDifferentiation {
    private static final Use[] NO_USES = new Use[0];

    /**
     * One use of a node: it is input {@code index} of node {@code consumer}. The consumer's op and forward
     * values are copied here once, so the walk reads fields instead of calling {@link Value#inputs()}.
     */
    private record Use(int consumer, int index, Op op, double a, double b, double k, double y) {}

    private final Map<Value, Integer> ids = new IdentityHashMap<>();
    /** uses[id]: every node that takes node {@code id} as an input (the consumer map, inputs() reversed). */
    private final Use[][] uses;
    private final int outputId;

    /** Builds the consumer map of every node upstream of {@code output}, once. */
    public PerPathDifferentiation(Value output) {
        List<Value> order = output.topologicalOrder();
        for (Value node : order) {
            ids.put(node, ids.size());
        }
        List<List<Use>> lists = new ArrayList<>(order.size());
        for (int id = 0; id < order.size(); id++) {
            lists.add(new ArrayList<>(2));
        }
        for (Value node : order) {
            List<Value> inputs = node.inputs();
            double a = inputs.isEmpty() ? 0 : inputs.get(0).data();
            double b = inputs.size() > 1 ? inputs.get(1).data() : 0;
            for (int j = 0; j < inputs.size(); j++) {
                Use use = new Use(ids.get(node), j, node.op(), a, b, node.exponent(), node.data());
                lists.get(ids.get(inputs.get(j))).add(use);
            }
        }
        uses = new Use[order.size()][];
        for (int id = 0; id < order.size(); id++) {
            uses[id] = lists.get(id).isEmpty() ? NO_USES : lists.get(id).toArray(NO_USES);
        }
        outputId = ids.get(output);
    }

    /** The derivative and how many paths were walked to get it. */
    public record PathSum(double derivative, long paths) {}

    /** d(output)/d(source) by enumerating every path from source to output. */
    public PathSum differentiate(Value source) {
        Walk walk = new Walk();
        double derivative = walk.sumFrom(idOf(source), 1);
        return new PathSum(derivative, walk.paths);
    }

    /**
     * How many paths lead from source to output, counted without walking them: the paths from a node are
     * the sum of the paths from its consumers, one sweep from the output back, the same reuse as backprop.
     */
    public long countPaths(Value source) {
        long[] paths = new long[uses.length];
        paths[outputId] = 1;
        for (int id = outputId - 1; id >= 0; id--) {
            for (Use use : uses[id]) {
                paths[id] = Math.addExact(paths[id], paths[use.consumer]);
            }
        }
        return paths[idOf(source)];
    }

    private int idOf(Value source) {
        Integer id = ids.get(source);
        if (id == null) {
            throw new IllegalArgumentException("the output does not depend on " + source);
        }
        return id;
    }

    /**
     * One depth-first enumeration; holds the path count and the scratch array for local derivatives.
     * Recursive, one frame per node on the current path: a few hundred at most in the benchmark graphs.
     */
    private final class Walk {
        private final double[] local = new double[2];
        private long paths;

        /** The sum over the paths from node to the output of productSoFar times the products along them. */
        double sumFrom(int node, double productSoFar) {
            if (node == outputId) {
                paths++;
                return productSoFar;
            }
            double total = 0;
            for (Use use : uses[node]) {
                BackwardRules.EXACT.localGradients(use.op, use.a, use.b, use.k, use.y, local);
                total += sumFrom(use.consumer, productSoFar * local[use.index]);
            }
            return total;
        }
    }
}
