package dev.chainrule.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.chainrule.grader.engine.Op;
import dev.chainrule.grader.engine.Value;
import org.junit.jupiter.api.Test;

class LayeredNetworkTest {
    @Test
    void hasThreeDepthWidthSquaredPlusTwoWidthMinusOneNodes() {
        for (int width = 1; width <= 5; width++) {
            for (int depth = 1; depth <= 5; depth++) {
                LayeredNetwork network = LayeredNetwork.build(width, depth, LayeredNetwork.FIXED_SEED);
                assertEquals(3 * depth * width * width + 2 * width - 1, network.output().topologicalOrder().size(),
                        "width " + width + ", depth " + depth);
            }
        }
    }

    @Test
    void hasWidthSquaredWeightsAndSigmoidsOfWidthTermsInEachLayer() {
        LayeredNetwork network = LayeredNetwork.build(4, 3, LayeredNetwork.FIXED_SEED);
        long sigmoids = network.output().topologicalOrder().stream().filter(v -> v.op() == Op.SIGMOID).count();
        long muls = network.output().topologicalOrder().stream().filter(v -> v.op() == Op.MUL).count();
        assertEquals(4 * 3, sigmoids);
        assertEquals(network.connections(), muls);
        assertEquals(16, network.firstLayerWeights().size());
        assertEquals(4, network.inputs().size());
    }

    @Test
    void sameSeedGivesTheSameGraphAndAnotherSeedAnotherOne() {
        double first = LayeredNetwork.build(3, 4, 7).output().data();
        assertEquals(first, LayeredNetwork.build(3, 4, 7).output().data());
        assertNotEquals(first, LayeredNetwork.build(3, 4, 8).output().data());
    }

    @Test
    void wideNetworksDoNotSaturateTheirSigmoids() {
        LayeredNetwork network = LayeredNetwork.build(32, 4, LayeredNetwork.FIXED_SEED);
        for (Value v : network.output().topologicalOrder()) {
            if (v.op() == Op.SIGMOID) {
                assertEquals(0.5, v.data(), 0.45, "a sigmoid output near 0 or 1");
            }
        }
    }

    @Test
    void rejectsAnEmptyNetwork() {
        assertThrows(IllegalArgumentException.class, () -> LayeredNetwork.build(0, 3, 1));
        assertThrows(IllegalArgumentException.class, () -> LayeredNetwork.build(3, 0, 1));
    }
}
