package dev.chainrule.bench;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.chainrule.bench.PerformanceReport.Score;
import java.util.List;
import org.junit.jupiter.api.Test;

class PerformanceReportTest {
    private static final String DEPTH = "DepthSweepBenchmark";
    private static final String WIDTH = "WidthSweepBenchmark";

    private static final List<Score> SCORES = List.of(
            new Score(DEPTH, "backprop", 3, 2, 10, 12, 0.5),
            new Score(DEPTH, "backprop", 3, 4, 21, 22, 0.6),
            new Score(DEPTH, "perPath", 3, 2, 20, 20, 0.1),
            new Score(DEPTH, "perPath", 3, 4, 180, 190, 1),
            new Score(DEPTH, "topologicalSort", 3, 2, 7, 7, 0.1),
            new Score(WIDTH, "backprop", 4, 4, 30, 30, 1));

    @Test
    void putsEachSizeAgainstThePreviousOneAndPerPathAndTheSortAgainstBackprop() {
        String table = PerformanceReport.render(SCORES);
        assertTrue(table.contains("| 2 | 18 | 1 | 9 | 1 | 2.00 | 0.70 |"), table);
        assertTrue(table.contains("| 4 | 36 (×2.00) | ×2.10 | 81 (×9) | ×9.00 | 8.57 | — |"), table);
    }

    @Test
    void leavesADashWhereABenchmarkWasNotRun() {
        String table = PerformanceReport.render(SCORES);
        assertTrue(table.contains("| 4 | 64 | 1 | 256 | — | — | — |"), table);
    }

    @Test
    void givesTheCostPerPathAndPerConnectionOfTheFastestIteration() {
        String table = PerformanceReport.render(SCORES);
        assertTrue(table.contains("| DepthSweepBenchmark.perPath | 3 | 4 | 180.000 | 190.000 ± 1.000 | 2,222.2 ns per path |"), table);
        assertTrue(table.contains("| DepthSweepBenchmark.backprop | 3 | 2 | 10.000 | 12.000 ± 0.500 | 555.6 ns per connection |"), table);
    }
}
