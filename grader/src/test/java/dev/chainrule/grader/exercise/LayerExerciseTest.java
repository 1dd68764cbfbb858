package dev.chainrule.grader.exercise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LayerExerciseTest {
    private static final ParamSpec INPUTS = new ParamSpec.Range("inputs", -1, 1, 1);
    private static final ParamSpec WEIGHTS = new ParamSpec.Range("weights", -1, 1, 1);
    private static final ParamSpec TARGETS = new ParamSpec.Choice("targets", List.of(0.0, 1.0));

    private static LayerSpec layer(List<Integer> sizes, int samples, List<String> ask) {
        return new LayerSpec("layer", "t", "p", sizes, LayerSpec.Activation.SIGMOID, samples, INPUTS, WEIGHTS, TARGETS, ask, null);
    }

    @Test
    void oneNeuronDeltaAndWeightGradientMatchTheHandWorkedFigures() {
        // x = 1, U1 = 0.5, d = 1: p = 0.5, z = sigmoid(0.5) = 0.622459, z(1 - z) = 0.235004.
        // delta = (d - z) z (1 - z) = 0.377541 * 0.235004 = 0.088723; dP/dU1 = delta * x = 0.088723.
        LayerSpec spec = layer(List.of(1, 1), 1, List.of("z1", "delta1", "dU1"));
        Map<String, Double> p = Map.of("x[0,0]", 1.0, "U1[0,0]", 0.5, "d[0,0]", 1.0);
        Verdict v = Exercises.check(spec, p, Map.of("z1", "0.6225", "delta1", "0.08872", "dU1", "[[0.0887]]"));
        assertEquals(1.0, v.score(), v.toString());
    }

    @Test
    void weightGradientsMatchFiniteDifferencesOfThePerformance() {
        LayerSpec spec = layer(List.of(2, 3, 2), 2, List.of("dU1", "dU2"));
        for (long seed = 0; seed < 20; seed++) {
            Map<String, Double> p = Exercises.generate(spec, seed).params();
            Map<String, String> solution = Exercises.solution(spec, p);
            String[] rows = solution.get("dU1").split("; ");
            for (int i = 0; i < 3; i++) {
                String[] cells = rows[i].split(" ");
                for (int j = 0; j < 2; j++) {
                    String key = "U1[" + i + "," + j + "]";
                    Map<String, Double> up = new LinkedHashMap<>(p);
                    Map<String, Double> down = new LinkedHashMap<>(p);
                    up.put(key, p.get(key) + 1e-6);
                    down.put(key, p.get(key) - 1e-6);
                    double numeric = (performance(up) - performance(down)) / 2e-6;
                    assertEquals(numeric, Double.parseDouble(cells[j]), 1e-8, "seed " + seed + " " + key);
                }
            }
            assertEquals(1.0, Exercises.check(spec, p, solution).score());
        }
    }

    /** P = -1/2 mean over the 2 samples of |d - z2|^2 for sizes [2, 3, 2], written out with loops. */
    private static double performance(Map<String, Double> p) {
        double total = 0;
        for (int s = 0; s < 2; s++) {
            double[] z1 = new double[3];
            for (int i = 0; i < 3; i++) {
                double a = 0;
                for (int j = 0; j < 2; j++) {
                    a += p.get("U1[" + i + "," + j + "]") * p.get("x[" + j + "," + s + "]");
                }
                z1[i] = 1 / (1 + Math.exp(-a));
            }
            for (int i = 0; i < 2; i++) {
                double a = 0;
                for (int j = 0; j < 3; j++) {
                    a += p.get("U2[" + i + "," + j + "]") * z1[j];
                }
                double miss = p.get("d[" + i + "," + s + "]") - 1 / (1 + Math.exp(-a));
                total += miss * miss;
            }
        }
        return -0.5 * total / 2;
    }

    @Test
    void transposedWrongShapeAndMissingOneOverNAreNamed() {
        LayerSpec spec = layer(List.of(2, 3), 2, List.of("dU1"));
        Map<String, Double> p = Exercises.generate(spec, 5).params();
        String right = Exercises.solution(spec, p).get("dU1");
        double[][] m = parse(right);
        FieldVerdict transposed = Exercises.check(spec, p, Map.of("dU1", write(transpose(m)))).fields().get(0);
        assertEquals(Mistake.TRANSPOSE_MISSED, transposed.mistake());
        FieldVerdict notAveraged = Exercises.check(spec, p, Map.of("dU1", write(times(m, 2)))).fields().get(0);
        assertEquals(Mistake.ONE_OVER_N_MISSED, notAveraged.mistake());
        FieldVerdict flipped = Exercises.check(spec, p, Map.of("dU1", write(times(m, -1)))).fields().get(0);
        assertEquals(Mistake.PERFORMANCE_SIGN_FLIPPED, flipped.mistake());
        FieldVerdict shape = Exercises.check(spec, p, Map.of("dU1", "1 2; 3 4")).fields().get(0);
        assertEquals(Status.INVALID, shape.status());
        assertEquals("dU1 is 3 x 2 (3 rows of 2 entries), but you wrote 2 x 2 (2 rows of 2 entries).", shape.message());
    }

    @Test
    void oneWrongEntryEarnsPartialCreditAndIsLocated() {
        LayerSpec spec = layer(List.of(2, 3), 1, List.of("delta1"));
        Map<String, Double> p = Exercises.generate(spec, 9).params();
        double[][] m = parse(Exercises.solution(spec, p).get("delta1"));
        m[1][0] += 5;
        FieldVerdict v = Exercises.check(spec, p, Map.of("delta1", write(m))).fields().get(0);
        assertEquals(Status.INCORRECT, v.status());
        assertEquals(2.0 / 3, v.credit(), 1e-12);
        assertTrue(v.message().endsWith("look again at row 2, column 1."), v.message());
        // a column vector may be typed as a row
        m[1][0] -= 5;
        String row = m[0][0] + " " + m[1][0] + " " + m[2][0];
        assertEquals(1.0, Exercises.check(spec, p, Map.of("delta1", row)).score());
    }

    @Test
    void layerFieldsAreLabelledWithTheirLayerAsASuperscript() {
        assertEquals(Map.of("z1", "z^{(1)}", "delta2", "\\delta^{(2)}", "dU1", "\\frac{\\partial P}{\\partial U^{(1)}}"),
                Exercises.labels(layer(List.of(2, 3, 2), 1, List.of("z1", "delta2", "dU1"))));
        assertEquals(List.of(3, 2), java.util.Arrays.stream(Exercises.shape(layer(List.of(2, 3, 2), 1, List.of("dU1")), "dU1")).boxed().toList());
    }

    private static double[][] parse(String text) {
        String[] rows = text.split("; ");
        double[][] m = new double[rows.length][];
        for (int i = 0; i < rows.length; i++) {
            String[] cells = rows[i].split(" ");
            m[i] = new double[cells.length];
            for (int j = 0; j < cells.length; j++) {
                m[i][j] = Double.parseDouble(cells[j]);
            }
        }
        return m;
    }

    private static String write(double[][] m) {
        StringBuilder out = new StringBuilder();
        for (double[] row : m) {
            out.append(out.length() == 0 ? "" : "\n");
            for (int j = 0; j < row.length; j++) {
                out.append(j == 0 ? "" : ", ").append(row[j]);
            }
        }
        return out.toString();
    }

    private static double[][] transpose(double[][] m) {
        double[][] t = new double[m[0].length][m.length];
        for (int i = 0; i < m.length; i++) {
            for (int j = 0; j < m[0].length; j++) {
                t[j][i] = m[i][j];
            }
        }
        return t;
    }

    private static double[][] times(double[][] m, double k) {
        double[][] out = new double[m.length][];
        for (int i = 0; i < m.length; i++) {
            out[i] = new double[m[i].length];
            for (int j = 0; j < m[i].length; j++) {
                out[i][j] = m[i][j] * k;
            }
        }
        return out;
    }
}
