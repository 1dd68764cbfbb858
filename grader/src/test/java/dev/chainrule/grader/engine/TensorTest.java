package dev.chainrule.grader.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Random;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class TensorTest {
    private static final double H = 1e-6;

    private static double[] random(Random r, int n, double lo, double hi) {
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = lo + (hi - lo) * r.nextDouble();
        }
        return v;
    }

    /**
     * The full Jacobian of f, checked through a random projection: loss = sum(f(a, b) * R). Every entry's
     * gradient from backward() must match central finite differences of that loss.
     */
    private static void assertGradientsMatch(String name, int[] shapeA, int[] shapeB, Function<Tensor[], Tensor> f, double lo, double hi) {
        Random r = new Random(name.hashCode());
        for (int trial = 0; trial < 20; trial++) {
            double[] a = random(r, shapeA[0] * shapeA[1], lo, hi);
            double[] b = shapeB == null ? null : random(r, shapeB[0] * shapeB[1], lo, hi);
            Tensor out0 = f.apply(tensors(shapeA, a, shapeB, b));
            double[] weights = random(r, out0.rows() * out0.cols(), -1, 1);
            Tensor[] in = tensors(shapeA, a, shapeB, b);
            Tensor loss = f.apply(in).mul(Tensor.of(out0.rows(), out0.cols(), weights)).sum();
            loss.backward();
            double[][] values = {a, b};
            int[][] shapes = {shapeA, shapeB};
            for (int which = 0; which < (b == null ? 1 : 2); which++) {
                for (int i = 0; i < values[which].length; i++) {
                    double keep = values[which][i];
                    values[which][i] = keep + H;
                    double up = f.apply(tensors(shapeA, a, shapeB, b)).mul(Tensor.of(out0.rows(), out0.cols(), weights)).sum().get(0, 0);
                    values[which][i] = keep - H;
                    double down = f.apply(tensors(shapeA, a, shapeB, b)).mul(Tensor.of(out0.rows(), out0.cols(), weights)).sum().get(0, 0);
                    values[which][i] = keep;
                    double numeric = (up - down) / (2 * H);
                    int cols = shapes[which][1];
                    assertEquals(numeric, in[which].gradAt(i / cols, i % cols), 1e-6 * Math.max(1, Math.abs(numeric)), name + " input " + which + " entry " + i);
                }
            }
        }
    }

    private static Tensor[] tensors(int[] shapeA, double[] a, int[] shapeB, double[] b) {
        Tensor ta = Tensor.of(shapeA[0], shapeA[1], a);
        return b == null ? new Tensor[] {ta} : new Tensor[] {ta, Tensor.of(shapeB[0], shapeB[1], b)};
    }

    @Test
    void everyTensorOpGradientMatchesCentralFiniteDifferences() {
        int[] m23 = {2, 3};
        int[] m34 = {3, 4};
        assertGradientsMatch("matmul", m23, m34, t -> t[0].matmul(t[1]), -2, 2);
        assertGradientsMatch("transpose", m23, null, t -> t[0].transpose(), -2, 2);
        assertGradientsMatch("add", m23, m23, t -> t[0].add(t[1]), -2, 2);
        assertGradientsMatch("sub", m23, m23, t -> t[0].sub(t[1]), -2, 2);
        assertGradientsMatch("hadamard", m23, m23, t -> t[0].mul(t[1]), -2, 2);
        assertGradientsMatch("scale", m23, null, t -> t[0].scale(-1.5), -2, 2);
        assertGradientsMatch("sigmoid", m23, null, t -> t[0].sigmoid(), -3, 3);
        assertGradientsMatch("tanh", m23, null, t -> t[0].tanh(), -3, 3);
        assertGradientsMatch("relu", m23, null, t -> t[0].relu(), 0.1, 3);
        assertGradientsMatch("relu negative", m23, null, t -> t[0].relu(), -3, -0.1);
        assertGradientsMatch("leaky relu", m23, null, t -> t[0].leakyRelu(0.1), -3, -0.1);
        assertGradientsMatch("sum", m23, null, t -> t[0].sum(), -2, 2);
        assertGradientsMatch("mean", m23, null, t -> t[0].mean(), -2, 2);
        assertGradientsMatch("mean over columns", m23, null, t -> t[0].meanColumns(), -2, 2);
        assertGradientsMatch("softmax", m34, null, t -> t[0].softmax(), -2, 2);
        assertGradientsMatch("layer", m23, m34, t -> t[0].matmul(t[1]).sigmoid().meanColumns(), -2, 2);
    }

    @Test
    void softmaxTurnsScoresIntoProbabilities() {
        // softmax(1, 2, 3): e^1 : e^2 : e^3 = 2.718 : 7.389 : 20.09, sum 30.19 -> 0.0900, 0.2447, 0.6652
        Tensor s = Tensor.of(3, 1, 1, 2, 3).softmax();
        assertArrayEquals(new double[] {0.0900, 0.2447, 0.6652}, s.values(), 5e-5);
        assertEquals(1.0, s.sum().get(0, 0), 1e-15);
        // huge scores do not overflow
        assertArrayEquals(new double[] {0, 1}, Tensor.of(2, 1, -1000, 1000).softmax().values(), 1e-300);
    }

    @Test
    void linearLayerMatchesTheHandWorkedProduct() {
        // O = X W: X = [1 2], W = [[3, 4], [5, 6]] -> [1*3 + 2*5, 1*4 + 2*6] = [13, 16].
        // d sum(O) / dW = X^T [1 1] = [[1, 1], [2, 2]]; d sum(O) / dX = [1 1] W^T = [7, 11].
        Tensor x = Tensor.of(1, 2, 1, 2);
        Tensor w = Tensor.of(2, 2, 3, 4, 5, 6);
        Tensor o = x.matmul(w);
        assertArrayEquals(new double[] {13, 16}, o.values());
        o.sum().backward();
        assertArrayEquals(new double[] {1, 1, 2, 2}, w.gradient());
        assertArrayEquals(new double[] {7, 11}, x.gradient());
    }

    @Test
    void shapeMismatchesAreRefusedWithBothShapes() {
        assertEquals("cannot multiply 2x3 by 2x3", assertThrows(IllegalArgumentException.class,
                () -> Tensor.of(2, 3, new double[6]).matmul(Tensor.of(2, 3, new double[6]))).getMessage());
        assertEquals("shapes differ: 2x3 and 3x2", assertThrows(IllegalArgumentException.class,
                () -> Tensor.of(2, 3, new double[6]).add(Tensor.of(3, 2, new double[6]))).getMessage());
    }
}
