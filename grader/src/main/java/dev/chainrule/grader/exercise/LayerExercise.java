package dev.chainrule.grader.exercise;

import dev.chainrule.grader.engine.BackwardRules;
import dev.chainrule.grader.engine.Tensor;
import dev.chainrule.grader.util.SplitMix64;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A checked {@link LayerSpec}. Parameters are named entry by entry ({@code x[i,s]}, {@code U1[i,j]},
 * {@code d[i,s]}); the reference runs on the {@link Tensor} engine, and the named mistakes re-run it
 * under their rules; a transposed weight gradient is recognised from the answer's shape.
 */
final class LayerExercise implements CompiledExercise {
    static final double LEAKY_SLOPE = 0.1;

    private final LayerSpec spec;
    private final int layers;

    private LayerExercise(LayerSpec spec) {
        this.spec = spec;
        this.layers = spec.sizes().size() - 1;
    }

    static LayerExercise compile(LayerSpec spec) {
        if (spec.sizes().size() < 2 || spec.sizes().size() > 5) {
            throw new SpecException("sizes", "give 2 to 5 layer sizes, input first, like [2, 3, 2]");
        }
        for (int n : spec.sizes()) {
            if (n < 1 || n > 5) {
                throw new SpecException("sizes", "layer sizes must be between 1 and 5 to stay hand-workable, found " + n);
            }
        }
        if (spec.samples() < 1 || spec.samples() > 4) {
            throw new SpecException("samples", "samples must be between 1 and 4, found " + spec.samples());
        }
        if (spec.activation() == null) {
            throw new SpecException("activation", "name the activation: sigmoid, tanh, relu or leaky-relu");
        }
        LayerExercise exercise = new LayerExercise(spec);
        if (spec.ask().isEmpty()) {
            throw new SpecException("ask", "ask for at least one of z<l>, delta<l>, dU<l>");
        }
        for (String a : spec.ask()) {
            if (exercise.shape(a) == null) {
                throw new SpecException("ask", "'" + a + "' is not one of z1..z" + exercise.layers + ", delta1..delta"
                        + exercise.layers + ", dU1..dU" + exercise.layers);
            }
        }
        return exercise;
    }

    /** {rows, cols} of an asked quantity, or null when the name is not one. */
    int[] shape(String name) {
        int l = layerOf(name);
        if (l < 1 || l > layers) {
            return null;
        }
        int n = spec.sizes().get(l);
        return name.startsWith("dU") ? new int[] {n, spec.sizes().get(l - 1)} : new int[] {n, spec.samples()};
    }

    private static int layerOf(String name) {
        String digits = name.startsWith("delta") ? name.substring(5) : name.startsWith("dU") ? name.substring(2)
                : name.startsWith("z") ? name.substring(1) : "";
        if (digits.length() != 1 || digits.charAt(0) < '1' || digits.charAt(0) > '9') {
            return -1;
        }
        return digits.charAt(0) - '0';
    }

    @Override
    public Variant generate(long seed) {
        SplitMix64 rng = new SplitMix64(seed);
        for (int attempt = 0; attempt < GraphModel.MAX_DRAWS; attempt++) {
            Map<String, Double> params = new LinkedHashMap<>();
            drawMatrix(params, "x", spec.sizes().get(0), spec.samples(), spec.inputs(), rng);
            for (int l = 1; l <= layers; l++) {
                drawMatrix(params, "U" + l, spec.sizes().get(l), spec.sizes().get(l - 1), spec.weights(), rng);
            }
            drawMatrix(params, "d", spec.sizes().get(layers), spec.samples(), spec.targets(), rng);
            if (usable(params)) {
                return new Variant(seed, params);
            }
        }
        throw new SpecException("params", "no usable variant in " + GraphModel.MAX_DRAWS + " draws for seed " + seed
                + ": asked entries stay near zero or a mistake's answer passes as correct; move the ranges");
    }

    private static void drawMatrix(Map<String, Double> params, String name, int rows, int cols, ParamSpec how, SplitMix64 rng) {
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                params.put(name + "[" + i + "," + j + "]", GraphModel.draw(how, rng));
            }
        }
    }

    private boolean usable(Map<String, Double> params) {
        Map<String, double[]> exact = compute(params, BackwardRules.EXACT);
        for (String a : spec.ask()) {
            boolean any = false;
            for (double v : exact.get(a)) {
                if (!Double.isFinite(v) || Math.abs(v) > 1e4) {
                    return false;
                }
                any |= Math.abs(v) >= 1e-3;
            }
            if (!any) {
                return false;
            }
        }
        for (Mistake m : Mistake.values()) {
            Map<String, double[]> wrong = compute(params, m);
            for (String a : spec.ask()) {
                if (applies(m, a) && differs(wrong.get(a), exact.get(a)) && allAccepted(wrong.get(a), exact.get(a))) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Every asked quantity (and every z, delta, dU), row-major, as the engine computes it under {@code rules}. */
    Map<String, double[]> compute(Map<String, Double> params, BackwardRules rules) {
        int n = spec.samples();
        Tensor z = matrix(params, "x", spec.sizes().get(0), n);
        List<Tensor> weights = new ArrayList<>();
        List<Tensor> pre = new ArrayList<>();
        List<Tensor> activations = new ArrayList<>();
        for (int l = 1; l <= layers; l++) {
            Tensor u = matrix(params, "U" + l, spec.sizes().get(l), spec.sizes().get(l - 1));
            Tensor p = u.matmul(z);
            z = activate(p);
            weights.add(u);
            pre.add(p);
            activations.add(z);
        }
        Tensor diff = matrix(params, "d", spec.sizes().get(layers), n).sub(z);
        Tensor performance = diff.mul(diff).meanColumns().sum().scale(-0.5);
        performance.backward(rules);
        Map<String, double[]> out = new LinkedHashMap<>();
        for (int l = 1; l <= layers; l++) {
            out.put("z" + l, activations.get(l - 1).values());
            double[] delta = pre.get(l - 1).gradient();
            for (int i = 0; i < delta.length; i++) {
                delta[i] *= n; // per-sample delta: the mean's 1/N belongs to the weight gradient only
            }
            out.put("delta" + l, delta);
            out.put("dU" + l, weights.get(l - 1).gradient());
        }
        return out;
    }

    private Tensor activate(Tensor p) {
        switch (spec.activation()) {
            case SIGMOID: return p.sigmoid();
            case TANH: return p.tanh();
            case RELU: return p.relu();
            default: return p.leakyRelu(LEAKY_SLOPE);
        }
    }

    private static Tensor matrix(Map<String, Double> params, String name, int rows, int cols) {
        double[] values = new double[rows * cols];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                Double v = params.get(name + "[" + i + "," + j + "]");
                if (v == null) {
                    throw new IllegalArgumentException("no value for parameter '" + name + "[" + i + "," + j + "]'");
                }
                values[i * cols + j] = v;
            }
        }
        return Tensor.of(rows, cols, values);
    }

    /** Mistakes that make sense for a quantity: 1/N only concerns weight gradients, nothing concerns activations. */
    private static boolean applies(Mistake m, String field) {
        if (field.startsWith("z") || m == Mistake.TRANSPOSE_MISSED) {
            return false;
        }
        return m != Mistake.ONE_OVER_N_MISSED || field.startsWith("dU");
    }

    private static boolean differs(double[] a, double[] b) {
        for (int i = 0; i < a.length; i++) {
            if (a[i] != b[i]) {
                return true;
            }
        }
        return false;
    }

    private boolean allAccepted(double[] given, double[] expected) {
        for (int i = 0; i < given.length; i++) {
            if (!spec.tolerance().accepts(given[i], expected[i])) {
                return false;
            }
        }
        return true;
    }

    @Override
    public Verdict check(Map<String, Double> params, Map<String, String> answers, Language language) {
        Feedback say = Feedback.in(language);
        Map<String, double[]> exact = compute(params, BackwardRules.EXACT);
        List<FieldVerdict> verdicts = new ArrayList<>();
        double credit = 0;
        for (String field : spec.ask()) {
            FieldVerdict v = checkField(field, exact.get(field), answers.get(field), params, say);
            credit += v.credit();
            verdicts.add(v);
        }
        return new Verdict(credit / spec.ask().size(), verdicts);
    }

    private FieldVerdict checkField(String field, double[] expected, String raw, Map<String, Double> params, Feedback say) {
        int[] shape = shape(field);
        MatrixText typed = MatrixText.parse(raw, say);
        if (typed.error != null) {
            return new FieldVerdict(field, Status.INVALID, say.matrixProblem(field, typed.error));
        }
        double[] given = flatten(typed, shape);
        if (given == null) {
            double[] transposed = transpose(expected, shape[0], shape[1]);
            if (typed.rowCount() == shape[1] && typed.colCount() == shape[0] && allAccepted(flattenRows(typed), transposed)) {
                return new FieldVerdict(field, Status.INCORRECT, say.mistake(Mistake.TRANSPOSE_MISSED), Mistake.TRANSPOSE_MISSED, 0);
            }
            return new FieldVerdict(field, Status.INVALID, say.wrongShape(field, shape[0], shape[1], typed.rowCount(), typed.colCount()));
        }
        int right = 0;
        int firstWrong = -1;
        for (int i = 0; i < given.length; i++) {
            if (spec.tolerance().accepts(given[i], expected[i])) {
                right++;
            } else if (firstWrong < 0) {
                firstWrong = i;
            }
        }
        if (right == given.length) {
            return new FieldVerdict(field, Status.CORRECT, say.correct(), null, 1);
        }
        Mistake named = diagnose(field, given, expected, shape, params);
        double credit = (double) right / given.length;
        String message = named != null ? say.mistake(named)
                : say.someEntriesWrong(right, given.length, firstWrong / shape[1] + 1, firstWrong % shape[1] + 1);
        return new FieldVerdict(field, Status.INCORRECT, message, named, credit);
    }

    private Mistake diagnose(String field, double[] given, double[] expected, int[] shape, Map<String, Double> params) {
        if (shape[0] == shape[1]) {
            double[] transposed = transpose(expected, shape[0], shape[1]);
            if (field.startsWith("dU") && differs(transposed, expected) && allAccepted(given, transposed)) {
                return Mistake.TRANSPOSE_MISSED;
            }
        }
        for (Mistake m : Mistake.values()) {
            if (!applies(m, field)) {
                continue;
            }
            double[] wrong = compute(params, m).get(field);
            if (!allAccepted(wrong, expected) && allAccepted(given, wrong)) {
                return m;
            }
        }
        return null;
    }

    /** The typed rows as a row-major array of the expected shape; a vector may be typed as a row or a column. */
    private static double[] flatten(MatrixText typed, int[] shape) {
        boolean exact = typed.rowCount() == shape[0] && typed.colCount() == shape[1];
        boolean vectorAsRow = shape[1] == 1 && typed.rowCount() == 1 && typed.colCount() == shape[0];
        return exact || vectorAsRow ? flattenRows(typed) : null;
    }

    private static double[] flattenRows(MatrixText typed) {
        double[] out = new double[typed.rowCount() * typed.colCount()];
        int k = 0;
        for (double[] row : typed.rows) {
            for (double v : row) {
                out[k++] = v;
            }
        }
        return out;
    }

    private static double[] transpose(double[] values, int rows, int cols) {
        double[] out = new double[values.length];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                out[j * rows + i] = values[i * cols + j];
            }
        }
        return out;
    }

    @Override
    public Map<String, String> solution(Map<String, Double> params) {
        Map<String, double[]> exact = compute(params, BackwardRules.EXACT);
        Map<String, String> out = new LinkedHashMap<>();
        for (String field : spec.ask()) {
            int cols = shape(field)[1];
            double[] v = exact.get(field);
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < v.length; i++) {
                text.append(i == 0 ? "" : i % cols == 0 ? "; " : " ").append(Double.toString(v[i]));
            }
            out.put(field, text.toString());
        }
        return out;
    }
}
