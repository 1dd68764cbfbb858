package dev.chainrule.bench;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.ToIntFunction;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.results.BenchmarkResult;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs both sweeps in one JMH run (taking JMH's usual command-line options) and prints the ratio tables
 * of docs/PERFORMANCE.md: each size against the one before it, and per-path against backprop at the same
 * size. Ratios use each benchmark's fastest measured iteration, the estimate least disturbed by other
 * work on a shared machine; the raw table also gives JMH's mean and 99.9% error.
 */
public final class PerformanceReport {
    /** One benchmark at one size: fastest iteration, mean and its 99.9% error, in µs/op. */
    record Score(String sweep, String method, int width, int depth, double best, double mean, double error) {}

    private PerformanceReport() {
    }

    public static void main(String[] args) throws Exception {
        CommandLineOptions cli = new CommandLineOptions(args);
        OptionsBuilder options = new OptionsBuilder();
        options.parent(cli);
        if (cli.getIncludes().isEmpty()) {
            options.include(DepthSweepBenchmark.class.getName()).include(WidthSweepBenchmark.class.getName());
        }
        Collection<RunResult> results = new Runner(options.build()).run();
        System.out.println();
        System.out.print(render(scores(results)));
    }

    static List<Score> scores(Collection<RunResult> results) {
        List<Score> scores = new ArrayList<>();
        for (RunResult run : results) {
            BenchmarkParams params = run.getParams();
            Result<?> primary = run.getPrimaryResult();
            if (!primary.getScoreUnit().equals("us/op")) {
                throw new IllegalStateException("expected us/op, got " + primary.getScoreUnit() + " for " + params.getBenchmark());
            }
            String[] name = params.getBenchmark().split("\\.");
            String sweep = name[name.length - 2];
            boolean depthSweep = sweep.equals(DepthSweepBenchmark.class.getSimpleName());
            int width = depthSweep ? DepthSweepBenchmark.WIDTH : Integer.parseInt(params.getParam("width"));
            int depth = depthSweep ? Integer.parseInt(params.getParam("depth")) : WidthSweepBenchmark.DEPTH;
            double best = Double.POSITIVE_INFINITY;
            for (BenchmarkResult fork : run.getBenchmarkResults()) {
                for (IterationResult iteration : fork.getIterationResults()) {
                    best = Math.min(best, iteration.getPrimaryResult().getScore());
                }
            }
            scores.add(new Score(sweep, name[name.length - 1], width, depth, best, primary.getScore(), primary.getScoreError()));
        }
        return scores;
    }

    static String render(List<Score> scores) {
        StringBuilder out = new StringBuilder();
        sweep(out, scores, DepthSweepBenchmark.class.getSimpleName(),
                "Depth sweep, width " + DepthSweepBenchmark.WIDTH, "depth L", Score::depth);
        sweep(out, scores, WidthSweepBenchmark.class.getSimpleName(),
                "Width sweep, depth " + WidthSweepBenchmark.DEPTH, "width W", Score::width);
        out.append("Raw scores of the same run, µs/op (absolute times on a shared machine are noisy):\n\n")
                .append("| benchmark | W | L | fastest iteration | mean ± 99.9% error | fastest, per unit |\n")
                .append("|---|--:|--:|--:|--:|--:|\n");
        for (Score s : scores) {
            Size size = Size.of(s.width(), s.depth());
            String perUnit = s.method().equals("perPath")
                    ? format(1000 * s.best() / size.paths(), 1) + " ns per path"
                    : format(1000 * s.best() / size.connections(), 1) + " ns per connection";
            out.append("| ").append(s.sweep()).append('.').append(s.method())
                    .append(" | ").append(s.width()).append(" | ").append(s.depth())
                    .append(" | ").append(format(s.best(), 3))
                    .append(" | ").append(format(s.mean(), 3)).append(" ± ").append(format(s.error(), 3))
                    .append(" | ").append(perUnit).append(" |\n");
        }
        return out.toString();
    }

    /** The graph's size as the benchmarks built it. */
    private record Size(long connections, long paths) {
        static Size of(int width, int depth) {
            LayeredNetwork network = LayeredNetwork.build(width, depth, LayeredNetwork.FIXED_SEED);
            long paths = new PerPathDifferentiation(network.output()).countPaths(network.inputs().get(0));
            return new Size(network.connections(), paths);
        }
    }

    private static void sweep(StringBuilder out, List<Score> scores, String sweep, String title, String column,
                              ToIntFunction<Score> key) {
        List<Integer> sizes = scores.stream().filter(s -> s.sweep().equals(sweep)).map(key::applyAsInt)
                .distinct().sorted().toList();
        if (sizes.isEmpty()) {
            return;
        }
        out.append("**").append(title).append("** (×: this row ÷ the row above)\n\n")
                .append("| ").append(column)
                .append(" | connections | backprop time | paths from one input | per-path time | per-path ÷ backprop | sort ÷ backprop |\n")
                .append("|--:|--:|--:|--:|--:|--:|--:|\n");
        Size previousSize = null;
        Optional<Score> previousBackprop = Optional.empty();
        Optional<Score> previousPerPath = Optional.empty();
        for (int value : sizes) {
            Optional<Score> backprop = find(scores, sweep, "backprop", key, value);
            Optional<Score> perPath = find(scores, sweep, "perPath", key, value);
            Optional<Score> sort = find(scores, sweep, "topologicalSort", key, value);
            Score any = backprop.or(() -> perPath).or(() -> sort).orElseThrow();
            Size size = Size.of(any.width(), any.depth());
            out.append("| ").append(value)
                    .append(" | ").append(size.connections())
                    .append(previousSize == null ? "" : " (×" + format((double) size.connections() / previousSize.connections(), 2) + ")")
                    .append(" | ").append(growth(backprop, previousBackprop))
                    .append(" | ").append(format(size.paths(), 0))
                    .append(previousSize == null ? "" : " (×" + format((double) size.paths() / previousSize.paths(), 0) + ")")
                    .append(" | ").append(growth(perPath, previousPerPath))
                    .append(" | ").append(quotient(perPath, backprop))
                    .append(" | ").append(quotient(sort, backprop))
                    .append(" |\n");
            previousSize = size;
            previousBackprop = backprop;
            previousPerPath = perPath;
        }
        out.append('\n');
    }

    private static Optional<Score> find(List<Score> scores, String sweep, String method, ToIntFunction<Score> key, int value) {
        return scores.stream()
                .filter(s -> s.sweep().equals(sweep) && s.method().equals(method) && key.applyAsInt(s) == value)
                .findFirst();
    }

    /** This size's time against the previous size's: "1" on the first row, "—" where one was not run. */
    private static String growth(Optional<Score> current, Optional<Score> previous) {
        if (current.isEmpty()) {
            return "—";
        }
        if (previous.isEmpty()) {
            return "1";
        }
        return "×" + format(current.get().best() / previous.get().best(), 2);
    }

    /** numerator ÷ denominator at the same size; two decimals below 100. */
    private static String quotient(Optional<Score> numerator, Optional<Score> denominator) {
        if (numerator.isEmpty() || denominator.isEmpty()) {
            return "—";
        }
        double q = numerator.get().best() / denominator.get().best();
        return format(q, q < 100 ? 2 : 0);
    }

    private static String format(double value, int decimals) {
        return String.format(Locale.ROOT, "%,." + decimals + "f", value);
    }
}
