package dev.chainrule.server;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A sigmoid network written with plain loops, an oracle independent of the grader's tensor engine:
 * z^l = sigmoid(U^l z^(l-1)) with z^0 = x, P = -1/2 mean over samples of |d - z^L|^2. Per-sample deltas
 * delta^l = dP_s/dp^l (one column per sample) and weight gradients dU^l = 1/N sum_s delta^l_s (z^(l-1)_s)^T.
 */
final class LayerNetwork {

    final List<double[][]> z = new ArrayList<>();
    final List<double[][]> delta = new ArrayList<>();
    final List<double[][]> dU = new ArrayList<>();

    /** Runs the network on {@code params} named {@code x[i,s]}, {@code U<l>[i,j]}, {@code d[i,s]}. */
    LayerNetwork(List<Integer> sizes, int samples, Map<String, Double> params) {
        int layers = sizes.size() - 1;
        List<double[][]> weights = new ArrayList<>();
        z.add(matrix(params, "x", sizes.get(0), samples));
        for (int l = 1; l <= layers; l++) {
            double[][] u = matrix(params, "U" + l, sizes.get(l), sizes.get(l - 1));
            weights.add(u);
            double[][] out = new double[sizes.get(l)][samples];
            for (int i = 0; i < out.length; i++) {
                for (int s = 0; s < samples; s++) {
                    double p = 0;
                    for (int j = 0; j < sizes.get(l - 1); j++) {
                        p += u[i][j] * z.get(l - 1)[j][s];
                    }
                    out[i][s] = 1 / (1 + Math.exp(-p));
                }
            }
            z.add(out);
        }
        double[][] d = matrix(params, "d", sizes.get(layers), samples);
        double[][][] deltas = new double[layers + 1][][];
        double[][] top = z.get(layers);
        deltas[layers] = new double[top.length][samples];
        for (int i = 0; i < top.length; i++) {
            for (int s = 0; s < samples; s++) {
                deltas[layers][i][s] = (d[i][s] - top[i][s]) * top[i][s] * (1 - top[i][s]);
            }
        }
        for (int l = layers - 1; l >= 1; l--) {
            double[][] above = weights.get(l);
            deltas[l] = new double[sizes.get(l)][samples];
            for (int j = 0; j < sizes.get(l); j++) {
                for (int s = 0; s < samples; s++) {
                    double sum = 0;
                    for (int i = 0; i < sizes.get(l + 1); i++) {
                        sum += above[i][j] * deltas[l + 1][i][s];
                    }
                    double a = z.get(l)[j][s];
                    deltas[l][j][s] = sum * a * (1 - a);
                }
            }
        }
        delta.add(null);
        dU.add(null);
        for (int l = 1; l <= layers; l++) {
            delta.add(deltas[l]);
            double[][] grad = new double[sizes.get(l)][sizes.get(l - 1)];
            for (int i = 0; i < grad.length; i++) {
                for (int j = 0; j < grad[i].length; j++) {
                    for (int s = 0; s < samples; s++) {
                        grad[i][j] += deltas[l][i][s] * z.get(l - 1)[j][s] / samples;
                    }
                }
            }
            dU.add(grad);
        }
    }

    /** The matrix as a learner types it: entries separated by spaces, rows by "; ". */
    static String text(double[][] matrix) {
        StringBuilder out = new StringBuilder();
        for (double[] row : matrix) {
            out.append(out.length() == 0 ? "" : "; ");
            for (int j = 0; j < row.length; j++) {
                out.append(j == 0 ? "" : " ").append(row[j]);
            }
        }
        return out.toString();
    }

    static double[][] transpose(double[][] matrix) {
        double[][] out = new double[matrix[0].length][matrix.length];
        for (int i = 0; i < matrix.length; i++) {
            for (int j = 0; j < matrix[0].length; j++) {
                out[j][i] = matrix[i][j];
            }
        }
        return out;
    }

    private static double[][] matrix(Map<String, Double> params, String name, int rows, int cols) {
        double[][] out = new double[rows][cols];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                out[i][j] = params.get(name + "[" + i + "," + j + "]");
            }
        }
        return out;
    }
}
