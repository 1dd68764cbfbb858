package dev.chainrule.grader.experiment;

import dev.chainrule.grader.engine.Value;
import dev.chainrule.grader.exercise.Language;
import dev.chainrule.grader.util.SplitMix64;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The computations an experiment exercise runs live in the page (and on the server, identically). */
public enum Experiment {
    /** Gradient norm at every layer of a deep network, with and without shortcut connections. */
    SHORTCUT_GRADIENTS("shortcut-gradients", Map.of("depth", new int[] {2, 60, 20}, "width", new int[] {1, 16, 4},
            "seed", new int[] {0, 1_000_000, 1}, "tanh", new int[] {0, 1, 0})) {
        @Override
        ExperimentResult compute(Map<String, Integer> s, Language language) {
            List<Double> layers = new ArrayList<>();
            for (int l = 1; l <= s.get("depth"); l++) {
                layers.add((double) l);
            }
            boolean tanh = s.get("tanh") == 1;
            return new ExperimentResult(ChartText.LAYER.in(language), ChartText.GRADIENT_NORM.in(language), true, List.of(
                    new Series(ChartText.PLAIN.in(language), layers,
                            gradientNorms(s.get("depth"), s.get("width"), s.get("seed"), tanh, false)),
                    new Series(ChartText.WITH_SHORTCUTS.in(language), layers,
                            gradientNorms(s.get("depth"), s.get("width"), s.get("seed"), tanh, true))));
        }
    },
    /** Paths from an input to the output against backprop's operations, as a layered network deepens. */
    PATHS_VS_BACKPROP("paths-vs-backprop", Map.of("width", new int[] {1, 8, 3}, "depth", new int[] {1, 12, 8})) {
        @Override
        ExperimentResult compute(Map<String, Integer> s, Language language) {
            List<Double> depths = new ArrayList<>();
            List<Double> paths = new ArrayList<>();
            List<Double> operations = new ArrayList<>();
            for (int d = 1; d <= s.get("depth"); d++) {
                long[] counts = pathsAndEdges(s.get("width"), d);
                depths.add((double) d);
                paths.add((double) counts[0]);
                operations.add((double) counts[1]);
            }
            return new ExperimentResult(ChartText.HIDDEN_LAYERS.in(language), ChartText.MULTIPLICATIONS.in(language), true, List.of(
                    new Series(ChartText.PER_PATH.in(language), depths, paths),
                    new Series(ChartText.BACKPROP.in(language), depths, operations)));
        }
    };

    private final String id;
    /** Setting name -> {min, max, default}. */
    private final Map<String, int[]> settings;

    Experiment(String id, Map<String, int[]> settings) {
        this.id = id;
        this.settings = settings;
    }

    public String id() {
        return id;
    }

    /** One setting an experiment takes: a whole number in [{@code min}, {@code max}], {@code defaultValue} when not given. */
    public record Setting(String name, int min, int max, int defaultValue) {
    }

    /** Every setting this experiment takes, sorted by name (the order {@link #resolve} fills them in). */
    public List<Setting> settings() {
        List<Setting> out = new ArrayList<>();
        for (String name : sortedNames(settings)) {
            int[] range = settings.get(name);
            out.add(new Setting(name, range[0], range[1], range[2]));
        }
        return List.copyOf(out);
    }

    public static Experiment byId(String id) {
        for (Experiment e : values()) {
            if (e.id.equals(id)) {
                return e;
            }
        }
        return null;
    }

    /**
     * Runs with {@code given} settings (missing ones take their defaults), with the chart's labels in English.
     *
     * @throws IllegalArgumentException naming an unknown or out-of-range setting
     */
    public ExperimentResult run(Map<String, Integer> given) {
        return run(given, Language.EN);
    }

    /**
     * The same, with the axis titles and series names in {@code language}.
     *
     * @throws IllegalArgumentException naming an unknown or out-of-range setting (in English: it is meant for authors)
     */
    public ExperimentResult run(Map<String, Integer> given, Language language) {
        return compute(resolve(given), language == null ? Language.EN : language);
    }

    /** The settings with defaults filled in, checked. */
    public Map<String, Integer> resolve(Map<String, Integer> given) {
        Map<String, Integer> out = new LinkedHashMap<>();
        for (String name : given.keySet()) {
            if (!settings.containsKey(name)) {
                throw new IllegalArgumentException("unknown setting '" + name + "' for " + id + " (known: "
                        + String.join(", ", sortedNames(settings)) + ")");
            }
        }
        for (String name : sortedNames(settings)) {
            int[] range = settings.get(name);
            int value = given.getOrDefault(name, range[2]);
            if (value < range[0] || value > range[1]) {
                throw new IllegalArgumentException("setting '" + name + "' must be between " + range[0] + " and " + range[1]
                        + ", found " + value);
            }
            out.put(name, value);
        }
        return out;
    }

    abstract ExperimentResult compute(Map<String, Integer> settings, Language language);

    /**
     * The keys of {@code map} in String order, as a TreeSet would give them; a sorted list keeps TeaVM's TreeMap out of
     * the browser bundle.
     */
    public static List<String> sortedNames(Map<String, ?> map) {
        List<String> names = new ArrayList<>(map.keySet());
        names.sort(null);
        return names;
    }

    /**
     * |dP/dx_l| at every layer of x_(l+1) = act(W_l x_l) (plain) or x_l + act(W_l x_l) (shortcuts), P = sum of x_L,
     * weights uniform in [-1, 1] / sqrt(width) from the seed.
     */
    static List<Double> gradientNorms(int depth, int width, long seed, boolean tanh, boolean shortcuts) {
        SplitMix64 rng = new SplitMix64(seed);
        double scale = 1 / Math.sqrt(width);
        List<List<Value>> xs = new ArrayList<>();
        List<Value> x = new ArrayList<>();
        for (int i = 0; i < width; i++) {
            x.add(Value.parameter(2 * rng.nextDouble() - 1));
        }
        for (int l = 0; l < depth; l++) {
            xs.add(x);
            List<Value> next = new ArrayList<>();
            for (int i = 0; i < width; i++) {
                Value sum = Value.constant(0);
                for (int j = 0; j < width; j++) {
                    sum = sum.add(Value.constant((2 * rng.nextDouble() - 1) * scale).mul(x.get(j)));
                }
                Value h = tanh ? sum.tanh() : sum.sigmoid();
                next.add(shortcuts ? x.get(i).add(h) : h);
            }
            x = next;
        }
        Value out = Value.constant(0);
        for (Value v : x) {
            out = out.add(v);
        }
        out.backward();
        List<Double> norms = new ArrayList<>();
        for (List<Value> layer : xs) {
            double squares = 0;
            for (Value v : layer) {
                squares += v.grad() * v.grad();
            }
            norms.add(Math.sqrt(squares));
        }
        return norms;
    }

    /** {paths from the first input to the output, connections} of a network with {@code depth} hidden layers of {@code width}. */
    static long[] pathsAndEdges(int width, int depth) {
        List<Value> layer = new ArrayList<>();
        for (int i = 0; i < width; i++) {
            layer.add(Value.parameter(1));
        }
        Value input = layer.get(0);
        for (int l = 0; l < depth; l++) {
            List<Value> next = new ArrayList<>();
            for (int i = 0; i < width; i++) {
                Value sum = layer.get(0);
                for (int j = 1; j < width; j++) {
                    sum = sum.add(layer.get(j));
                }
                next.add(sum.sigmoid());
            }
            layer = next;
        }
        Value out = layer.get(0);
        for (int j = 1; j < width; j++) {
            out = out.add(layer.get(j));
        }
        // count on the engine's own graph: paths by dynamic programming, edges as input links of non-leaf nodes
        List<Value> order = out.topologicalOrder();
        Map<Value, Long> pathsTo = new java.util.HashMap<>();
        long edges = 0;
        for (Value v : order) {
            long p = v == input ? 1 : 0;
            for (Value in : v.inputs()) {
                p += pathsTo.getOrDefault(in, 0L);
                edges++;
            }
            pathsTo.put(v, p);
        }
        return new long[] {pathsTo.get(out), edges};
    }
}
