package dev.chainrule.grader.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class ValueTest {
    private static final double H = 1e-6;

    /** Checks d f/d(each input) from backward() against central finite differences at many random points. */
    private static void assertMatchesFiniteDifferences(String op, int arity, Function<Value[], Value> f,
                                                        Function<Random, double[]> point) {
        Random random = new Random(op.hashCode());
        for (int trial = 0; trial < 300; trial++) {
            double[] x = point.apply(random);
            Value[] inputs = new Value[arity];
            for (int i = 0; i < arity; i++) {
                inputs[i] = Value.parameter(x[i]);
            }
            Value out = f.apply(inputs);
            out.backward();
            for (int i = 0; i < arity; i++) {
                double[] plus = x.clone();
                double[] minus = x.clone();
                plus[i] += H;
                minus[i] -= H;
                double numeric = (eval(f, plus) - eval(f, minus)) / (2 * H);
                double analytic = inputs[i].grad();
                assertEquals(numeric, analytic, 1e-6 * Math.max(1, Math.abs(numeric)),
                        op + " input " + i + " at " + java.util.Arrays.toString(x));
            }
        }
    }

    private static double eval(Function<Value[], Value> f, double[] x) {
        Value[] inputs = new Value[x.length];
        for (int i = 0; i < x.length; i++) {
            inputs[i] = Value.parameter(x[i]);
        }
        return f.apply(inputs).data();
    }

    private static double[] uniform(Random r, int n, double lo, double hi) {
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = lo + (hi - lo) * r.nextDouble();
        }
        return x;
    }

    /** Points kept away from a kink so finite differences do not straddle it. */
    private static double awayFromZero(Random r, double hi) {
        double v = 0.01 + (hi - 0.01) * r.nextDouble();
        return r.nextBoolean() ? v : -v;
    }

    @Test
    void everyBinaryOpGradientMatchesCentralFiniteDifferences() {
        assertMatchesFiniteDifferences("add", 2, v -> v[0].add(v[1]), r -> uniform(r, 2, -5, 5));
        assertMatchesFiniteDifferences("sub", 2, v -> v[0].sub(v[1]), r -> uniform(r, 2, -5, 5));
        assertMatchesFiniteDifferences("mul", 2, v -> v[0].mul(v[1]), r -> uniform(r, 2, -5, 5));
        assertMatchesFiniteDifferences("div", 2, v -> v[0].div(v[1]), r -> new double[] {-5 + 10 * r.nextDouble(), (r.nextBoolean() ? 1 : -1) * (0.5 + 4.5 * r.nextDouble())});
        assertMatchesFiniteDifferences("max", 2, v -> v[0].max(v[1]), r -> {
            double a = -5 + 10 * r.nextDouble();
            return new double[] {a, a + awayFromZero(r, 3)};
        });
    }

    @Test
    void everyUnaryOpGradientMatchesCentralFiniteDifferences() {
        assertMatchesFiniteDifferences("neg", 1, v -> v[0].neg(), r -> uniform(r, 1, -5, 5));
        assertMatchesFiniteDifferences("exp", 1, v -> v[0].exp(), r -> uniform(r, 1, -5, 5));
        assertMatchesFiniteDifferences("log", 1, v -> v[0].log(), r -> uniform(r, 1, 0.1, 10));
        assertMatchesFiniteDifferences("sigmoid", 1, v -> v[0].sigmoid(), r -> uniform(r, 1, -8, 8));
        assertMatchesFiniteDifferences("tanh", 1, v -> v[0].tanh(), r -> uniform(r, 1, -4, 4));
        assertMatchesFiniteDifferences("relu", 1, v -> v[0].relu(), r -> new double[] {awayFromZero(r, 5)});
        assertMatchesFiniteDifferences("square", 1, v -> v[0].pow(2), r -> uniform(r, 1, -5, 5));
        assertMatchesFiniteDifferences("cube", 1, v -> v[0].pow(3), r -> uniform(r, 1, -3, 3));
        assertMatchesFiniteDifferences("inverse", 1, v -> v[0].pow(-1), r -> new double[] {awayFromZero(r, 4) + 0.5});
        assertMatchesFiniteDifferences("sqrt", 1, v -> v[0].pow(0.5), r -> uniform(r, 1, 0.2, 9));
    }

    @Test
    void composedExpressionGradientMatchesCentralFiniteDifferences() {
        // P = -0.5 (d - sigmoid(w2 * tanh(w1 * x)))^2 + relu(x) / exp(w1): every op in one graph
        assertMatchesFiniteDifferences("composed", 4, v -> {
            Value z = v[2].mul(v[1].mul(v[0]).tanh()).sigmoid();
            Value p = Value.constant(-0.5).mul(v[3].sub(z).pow(2));
            return p.add(v[0].relu().div(v[1].exp()));
        }, r -> new double[] {awayFromZero(r, 2), -1.5 + 3 * r.nextDouble(), -1.5 + 3 * r.nextDouble(), r.nextBoolean() ? 1 : 0});
    }

    @Test
    void sumTimesProductMatchesTheWorkedFigures() {
        // f = (x + y) * z at x = -2, y = 5, z = -4: q = x + y = 3, f = q z = -12.
        // df/dz = q = 3; df/dq = z = -4; the add gate distributes it: df/dx = df/dy = -4.
        Value x = Value.parameter(-2);
        Value y = Value.parameter(5);
        Value z = Value.parameter(-4);
        Value f = x.add(y).mul(z);
        f.backward();
        assertEquals(-12, f.data());
        assertEquals(-4, x.grad());
        assertEquals(-4, y.grad());
        assertEquals(3, z.grad());
    }

    @Test
    void sigmoidNeuronMatchesTheWorkedFigures() {
        // f = sigmoid(w0 x0 + w1 x1 + w2) at w0=2, x0=-1, w1=-3, x1=-2, w2=-3:
        // the sum is -2 + 6 - 3 = 1, f = sigmoid(1) = 0.731; the gate's local gradient is
        // f (1 - f) = 0.731 * 0.269 = 0.1966. Then df/dw0 = x0 * 0.1966 = -0.197, df/dx0 = w0 * 0.1966 = 0.393,
        // df/dw1 = x1 * 0.1966 = -0.393, df/dx1 = w1 * 0.1966 = -0.590, df/dw2 = 0.1966.
        Value w0 = Value.parameter(2);
        Value x0 = Value.parameter(-1);
        Value w1 = Value.parameter(-3);
        Value x1 = Value.parameter(-2);
        Value w2 = Value.parameter(-3);
        Value f = w0.mul(x0).add(w1.mul(x1)).add(w2).sigmoid();
        f.backward();
        assertEquals(0.73, f.data(), 0.005);
        assertEquals(-0.20, w0.grad(), 0.005);
        assertEquals(0.39, x0.grad(), 0.005);
        assertEquals(-0.39, w1.grad(), 0.005);
        assertEquals(-0.59, x1.grad(), 0.005);
        assertEquals(0.20, w2.grad(), 0.005);
    }

    @Test
    void sigmoidGateGradientIsOutputTimesOneMinusOutput() {
        for (double x = -6; x <= 6; x += 0.5) {
            Value in = Value.parameter(x);
            Value out = in.sigmoid();
            out.backward();
            assertEquals(out.data() * (1 - out.data()), in.grad(), 1e-15);
        }
    }

    @Test
    void valueUsedTwiceAccumulatesBothGradients() {
        // f = a * a at a = 3: both inputs of the mul gate are a, so df/da = 3 + 3 = 6.
        Value a = Value.parameter(3);
        a.mul(a).backward();
        assertEquals(6, a.grad());
        // g = b + b: the add gate sends 1 down each branch, summed to 2.
        Value b = Value.parameter(-7);
        b.add(b).backward();
        assertEquals(2, b.grad());
        // h = c * d + c at c = 2, d = 5: dh/dc = d + 1 = 6 through both branches.
        Value c = Value.parameter(2);
        Value d = Value.parameter(5);
        c.mul(d).add(c).backward();
        assertEquals(6, c.grad());
        assertEquals(2, d.grad());
    }

    @Test
    void mulGateSwitchesAndMaxGateRoutesToTheLargerInput() {
        Value x = Value.parameter(3);
        Value y = Value.parameter(-4);
        x.mul(y).backward();
        assertEquals(-4, x.grad());
        assertEquals(3, y.grad());
        Value p = Value.parameter(2);
        Value q = Value.parameter(7);
        p.max(q).backward();
        assertEquals(0, p.grad());
        assertEquals(1, q.grad());
    }

    @Test
    void backwardTwiceGivesTheSameGradientsRatherThanAccumulating() {
        Value x = Value.parameter(1.5);
        Value f = x.mul(x).sigmoid();
        f.backward();
        double first = x.grad();
        f.backward();
        assertEquals(first, x.grad());
    }

    @Test
    void backwardOnAChainOfTwoHundredThousandNodesDoesNotOverflowTheStack() {
        Value x = Value.parameter(1);
        Value v = x;
        for (int i = 0; i < 200_000; i++) {
            v = v.add(Value.constant(0));
        }
        v.backward();
        assertEquals(1, x.grad());
    }

    @Test
    void tanhAgreesWithTheJdkAndStaysFiniteForHugeInputs() {
        for (double x = -20; x <= 20; x += 0.125) {
            assertEquals(Math.tanh(x), Op.tanh(x), 2e-16 * Math.max(1, Math.abs(Math.tanh(x))) + 1e-16, "tanh " + x);
        }
        assertEquals(1, Op.tanh(1000));
        assertEquals(-1, Op.tanh(-1000));
        assertEquals(0.0, Op.tanh(0));
        assertTrue(Double.isNaN(Op.tanh(Double.NaN)));
    }

    @Test
    void sigmoidStaysFiniteAndExactAtTheExtremes() {
        assertEquals(1, Op.sigmoid(800));
        assertEquals(0, Op.sigmoid(-800));
        assertEquals(0.5, Op.sigmoid(0));
        assertEquals(1 / (1 + Math.exp(3)), Op.sigmoid(-3), 1e-16);
    }
}
