package dev.chainrule.client;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Tag;

/** The engine benchmark's network on the JVM: its checksum, and (on request) the warm JVM's time per pass. */
class EngineBenchmarkTest {
    @Test
    void theBenchmarkComputesTheSameChecksumEveryTime() {
        assertEquals(EngineBenchmark.once(), EngineBenchmark.run(3), 0.0);
    }

    /** {@code mvn -q -o -pl client test -Dtest=EngineBenchmarkTest -Dchainrule.excludedGroups=none}: prints ms per pass. */
    @Test
    @Tag("benchmark")
    void warmJvmTimePerPass() {
        EngineBenchmark.run(3000); // warm-up: JIT
        double best = Double.POSITIVE_INFINITY;
        double check = 0;
        for (int round = 0; round < 7; round++) {
            long start = System.nanoTime();
            check = EngineBenchmark.run(200);
            best = Math.min(best, (System.nanoTime() - start) / 1e6 / 200);
        }
        System.out.println("{\"warmJvm\": {\"msPerPass\": " + best + ", \"checksum\": " + check + "}}");
    }
}
