package dev.chainrule.bench;

import dev.chainrule.grader.engine.Value;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Width sweep at a fixed depth: backprop should grow like width² (the number of connections), per-path
 * differentiation like width^depth (the number of paths). Both differentiate the same graph, built once.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class WidthSweepBenchmark {
    static final int DEPTH = 4;

    @Param({"4", "8", "16", "32"})
    int width;

    private LayeredNetwork network;
    private PerPathDifferentiation perPath;

    @Setup
    public void buildGraph() {
        network = LayeredNetwork.build(width, DEPTH, LayeredNetwork.FIXED_SEED);
        perPath = new PerPathDifferentiation(network.output());
    }

    /** One backward() from the output; its cost includes the topological sort it starts with. */
    @Benchmark
    public double backprop() {
        network.output().backward();
        return network.inputs().get(0).grad();
    }

    /** The topological sort alone, to show how much of backprop's time it takes. */
    @Benchmark
    public List<Value> topologicalSort() {
        return network.output().topologicalOrder();
    }

    /** d(output)/d(input 0) alone, path by path (backprop gets every gradient in its one call). */
    @Benchmark
    public double perPath() {
        return perPath.differentiate(network.inputs().get(0)).derivative();
    }
}
