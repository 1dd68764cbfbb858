package dev.chainrule.server.reliability;

import org.junit.jupiter.api.Assumptions;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The size of a reliability run. The normal build runs the bounded CI form (each test's own small defaults); the full
 * form is chosen with system properties, e.g. {@code -Dreliability.learners=200 -Dreliability.seconds=60}
 * (docs/RELIABILITY.md). Figures go to standard output and to {@code target/reliability-figures.txt}.
 */
final class ReliabilitySettings {

    static final String LEARNERS = "reliability.learners";
    static final String SECONDS = "reliability.seconds";
    static final String OUTAGE_SECONDS = "reliability.outageSeconds";

    private ReliabilitySettings() {
    }

    /** Simulated learners: {@code -Dreliability.learners}, else the test's CI default. */
    static int learners(int ciDefault) {
        return Integer.getInteger(LEARNERS, ciDefault);
    }

    /** Seconds of load: {@code -Dreliability.seconds}, else the test's CI default. */
    static int seconds(int ciDefault) {
        return Integer.getInteger(SECONDS, ciDefault);
    }

    /** Seconds the database stays stopped in the outage test (10 unless {@code -Dreliability.outageSeconds}). */
    static int outageSeconds() {
        return Integer.getInteger(OUTAGE_SECONDS, 10);
    }

    /** Whether this is the full form (a size was asked for on the command line). */
    static boolean full() {
        return System.getProperty(LEARNERS) != null || System.getProperty(SECONDS) != null;
    }

    /**
     * The build runs the functional tests a second time with every test server on PostgreSQL; these tests choose their
     * databases themselves, so that repeat (which {@code -Dtest=} can drag them into) skips them.
     */
    static void skipInThePostgresqlRepeat() {
        Assumptions.assumeFalse("postgresql".equals(System.getProperty("chainrule.test.database")),
                "the reliability tests choose their own databases; they run once, in the first test execution");
    }

    /** Prints a figure line and appends it to {@code target/reliability-figures.txt}. */
    static void report(String test, String line) {
        String text = "[reliability] " + test + ": " + line;
        System.out.println(text);
        try {
            Path file = Path.of("target", "reliability-figures.txt");
            Files.createDirectories(file.getParent());
            Files.writeString(file, text + System.lineSeparator(), StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
