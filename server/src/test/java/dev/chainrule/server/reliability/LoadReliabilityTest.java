package dev.chainrule.server.reliability;

import dev.chainrule.server.App;
import dev.chainrule.server.Config;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Item 2 of issue 8: simulated learners, each with its own session, run the learner loop against the server (on H2,
 * with the built-in course) for a while; no request may fail, every grade must be the grader's, and afterwards every
 * acknowledged submission must be in the database as sent. CI form: 40 learners for 8 s; full form:
 * {@code -Dreliability.learners=200 -Dreliability.seconds=60} (docs/RELIABILITY.md).
 */
class LoadReliabilityTest {

    private static AnswerSheet sheet;

    @TempDir
    Path dir;

    @BeforeAll
    static void loadTheCourse() {
        ReliabilitySettings.skipInThePostgresqlRepeat();
        sheet = AnswerSheet.builtInCourse();
    }

    @Test
    void learnersWorkTheLoopWithoutAnErrorAndEveryAcknowledgedSubmissionIsStoredAsSent() throws Exception {
        int learners = ReliabilitySettings.learners(40);
        int seconds = ReliabilitySettings.seconds(8);
        LoadResult result = runLoad(h2(dir.resolve("db"), Config.DEFAULT_H2_WRITE_DELAY_MILLIS), learners, seconds, "load");

        assertEquals(List.of(), result.failed().stream().limit(20).map(Exchange::toString).toList(), "failed requests");
        assertEquals(List.of(), result.errors().stream().limit(20).toList(), "wrong replies");
        assertTrue(result.acknowledged().size() >= learners, "every learner should have submitted at least once: " + result.summary());
        ReliabilitySettings.report("load", "H2 (write delay 0 ms), " + result.summary());
    }

    /**
     * What writing every commit to H2's file before acknowledging it costs: the same load with H2's own default write
     * delay (500 ms) and with the site's (0 ms). A measurement, not a test: the {@code benchmark} tag keeps it out of the
     * build; run it with {@code -Dchainrule.excludedGroups=none} and the full form's settings (docs/RELIABILITY.md).
     */
    @Test
    @Tag("benchmark")
    void theCostOfWritingEveryCommitBeforeTheReplyIsMeasured() throws Exception {
        int learners = ReliabilitySettings.learners(40);
        int seconds = ReliabilitySettings.seconds(8);
        LoadResult delayed = runLoad(h2(dir.resolve("delayed"), 500), learners, seconds, "delay500");
        LoadResult durable = runLoad(h2(dir.resolve("durable"), 0), learners, seconds, "delay0");
        assertEquals(List.of(), durable.failed().stream().limit(20).map(Exchange::toString).toList());
        assertEquals(List.of(), delayed.failed().stream().limit(20).map(Exchange::toString).toList());
        ReliabilitySettings.report("h2-write-delay", "500 ms: " + delayed.summary());
        ReliabilitySettings.report("h2-write-delay", "0 ms: " + durable.summary());
        ReliabilitySettings.report("h2-write-delay", String.format(Locale.ROOT,
                "submissions/s with every commit written: %.0f%% of those with a 500 ms delay",
                100.0 * (durable.acknowledged().size() / durable.seconds()) / (delayed.acknowledged().size() / delayed.seconds())));
    }

    private static Config h2(Path database, int writeDelayMillis) {
        return new Config(0, "jdbc:h2:file:" + database.resolve("chainrule").toAbsolutePath() + ";DB_CLOSE_ON_EXIT=FALSE", "", "", false)
                .withH2WriteDelay(writeDelayMillis);
    }

    /** Runs the load against a fresh server and checks the database against every acknowledgement before stopping it. */
    private static LoadResult runLoad(Config config, int learners, int seconds, String tag) throws Exception {
        App.Running server = App.start(config);
        try {
            URI base = URI.create("http://localhost:" + server.port() + "/");
            HttpClient http = LearnerClient.sharedHttpClient();
            LoadResult result = LearnerLoad.start(http, () -> base, sheet, learners, learners / 4, tag).runFor(Duration.ofSeconds(seconds));
            try (Connection connection = server.dataSource().getConnection()) {
                StoredAttempts stored = StoredAttempts.read(connection);
                assertEquals(List.of(), stored.problems(result.acknowledged()).stream().limit(20).toList(),
                        "acknowledged submissions against the database");
                assertEquals(0, stored.unacknowledged(result.acknowledged()), "stored attempts nobody was told about");
            }
            return result;
        } finally {
            server.stop();
        }
    }
}
