package dev.chainrule.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.chainrule.bench.PerPathDifferentiation.PathSum;
import dev.chainrule.grader.engine.Value;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Per-path differentiation against backward() (the independent oracle here), and its path counts
 * against counts derived by hand.
 *
 * <p>Path counts in a {@link LayeredNetwork} of width W and depth L. A path from input i to the output
 * enters some neuron j1 of layer 1 through the mul w[1][j1][i]*x[i]; inside a neuron the route is then
 * forced (that mul feeds one add of the neuron's sum chain, each add feeds only the next, the last feeds
 * the sigmoid). The sigmoid of j1 feeds one mul in every neuron of layer 2, so the path picks j2 among
 * W, and so on up to layer L; from a neuron of layer L the output sum chain is again forced. A path is
 * therefore exactly a choice (j1, ..., jL): W^L paths from each input. From a first-layer weight
 * w[1][j][i] the neuron of layer 1 is fixed, so W^(L-1) paths. For W = 3: 9, 27, 81 paths at depths 2,
 * 3, 4, and 3^16 = 43,046,721 at depth 16, while the graph itself has only 3·16·9 + 5 = 437 nodes.
 */
class PerPathDifferentiationTest {
    private static final double RELATIVE = 1e-12;

    private static long power(int base, int exponent) {
        long result = 1;
        for (int i = 0; i < exponent; i++) {
            result *= base;
        }
        return result;
    }

    private static void assertSameGradient(double expected, double actual, String what) {
        assertEquals(expected, actual, RELATIVE * Math.abs(expected), what);
    }

    @Test
    void givesBackwardsGradientForEveryInputAndFirstLayerWeightOfSmallNetworks() {
        for (int width = 1; width <= 4; width++) {
            for (int depth = 1; depth <= 5; depth++) {
                LayeredNetwork network = LayeredNetwork.build(width, depth, LayeredNetwork.FIXED_SEED + width * 31L + depth);
                network.output().backward();
                PerPathDifferentiation perPath = new PerPathDifferentiation(network.output());
                String size = "width " + width + ", depth " + depth;
                for (int i = 0; i < width; i++) {
                    Value input = network.inputs().get(i);
                    PathSum sum = perPath.differentiate(input);
                    assertSameGradient(input.grad(), sum.derivative(), size + ", input " + i);
                    assertEquals(power(width, depth), sum.paths(), size + ", paths from input " + i);
                }
                for (Value weight : network.firstLayerWeights()) {
                    PathSum sum = perPath.differentiate(weight);
                    assertSameGradient(weight.grad(), sum.derivative(), size + ", " + weight);
                    assertEquals(power(width, depth - 1), sum.paths(), size + ", paths from a first-layer weight");
                }
            }
        }
    }

    @Test
    void countsWithoutWalkingAsManyPathsAsItWalks() {
        LayeredNetwork network = LayeredNetwork.build(3, 6, LayeredNetwork.FIXED_SEED);
        PerPathDifferentiation perPath = new PerPathDifferentiation(network.output());
        Value input = network.inputs().get(1);
        assertEquals(perPath.differentiate(input).paths(), perPath.countPaths(input));
        assertEquals(729, perPath.countPaths(input));
    }

    @Test
    void countsPathsOfALargeNetworkByTheFormula() {
        LayeredNetwork network = LayeredNetwork.build(3, 16, LayeredNetwork.FIXED_SEED);
        PerPathDifferentiation perPath = new PerPathDifferentiation(network.output());
        assertEquals(43_046_721L, perPath.countPaths(network.inputs().get(0)));
        assertEquals(14_348_907L, perPath.countPaths(network.firstLayerWeights().get(0)));
    }

    @Test
    void walksBothUsesOfANodeThatFeedsOneOpTwice() {
        // f = x*x + x*y: df/dx = 2x + y over three paths (into x*x as each of its inputs, and into x*y)
        Value x = Value.parameter(1.5);
        Value y = Value.parameter(-0.25);
        Value f = x.mul(x).add(x.mul(y));
        PathSum sum = new PerPathDifferentiation(f).differentiate(x);
        assertEquals(2 * 1.5 - 0.25, sum.derivative(), 1e-15);
        assertEquals(3, sum.paths());
    }

    @Test
    void givesOneForTheOutputItself() {
        Value x = Value.parameter(0.3);
        Value out = x.tanh();
        PathSum sum = new PerPathDifferentiation(out).differentiate(out);
        assertEquals(new PathSum(1, 1), sum);
    }

    @Test
    void rejectsASourceTheOutputDoesNotDependOn() {
        Value x = Value.parameter(2);
        Value unrelated = Value.parameter(3);
        PerPathDifferentiation perPath = new PerPathDifferentiation(x.exp());
        assertThrows(IllegalArgumentException.class, () -> perPath.differentiate(unrelated));
        assertThrows(IllegalArgumentException.class, () -> perPath.countPaths(unrelated));
    }

    @Test
    void matchesBackwardOnEveryOpOfTheEngine() {
        Value a = Value.parameter(0.7);
        Value b = Value.parameter(1.3);
        Value c = a.mul(b).add(a.div(b)).sub(a.neg().exp()).add(b.log()).add(a.pow(3)).add(b.sigmoid())
                .add(a.tanh()).add(a.sub(b).relu()).add(b.sub(a).relu()).add(a.max(b));
        c.backward();
        PerPathDifferentiation perPath = new PerPathDifferentiation(c);
        for (Value v : List.of(a, b)) {
            assertSameGradient(v.grad(), perPath.differentiate(v).derivative(), v.toString());
        }
    }
}
