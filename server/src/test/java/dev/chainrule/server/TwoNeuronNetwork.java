package dev.chainrule.server;

import java.util.HashMap;
import java.util.Map;

/** The test course's graph written directly in Java, with gradients by central finite differences: an oracle independent of the grader. */
final class TwoNeuronNetwork {

    private static final double STEP = 1e-6;

    private TwoNeuronNetwork() {
    }

    static double performance(Map<String, Double> p) {
        double y = sigmoid(p.get("w1") * p.get("x"));
        double z = sigmoid(p.get("w2") * y);
        double miss = p.get("d") - z;
        return -0.5 * miss * miss;
    }

    /** dP/d{name} at {@code params}, by central differences. */
    static double slope(Map<String, Double> params, String name) {
        Map<String, Double> up = new HashMap<>(params);
        Map<String, Double> down = new HashMap<>(params);
        up.put(name, params.get(name) + STEP);
        down.put(name, params.get(name) - STEP);
        return (performance(up) - performance(down)) / (2 * STEP);
    }

    private static double sigmoid(double a) {
        return 1 / (1 + Math.exp(-a));
    }
}
