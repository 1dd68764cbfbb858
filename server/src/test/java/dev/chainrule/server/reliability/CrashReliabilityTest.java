package dev.chainrule.server.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Item 3 of issue 8: the server, a separate JVM, is killed with SIGKILL while learners submit, then started again on
 * the same database. Every submission acknowledged before the kill must still be there, as sent; every learner must
 * carry on with the cookie it had; a learner whose reply was lost sends the submission again with the same
 * {@code Idempotency-Key} and gets it stored exactly once (graded now, or answered from the attempt stored before the
 * kill), so that in the end every stored attempt is one some learner was told about. On H2 (which writes each commit
 * before the reply: CHAINRULE_H2_WRITE_DELAY_MS=0; {@code -Dreliability.h2WriteDelayMs=500} runs it with H2's own
 * default instead) and on PostgreSQL. CI form: 24 learners (3 with accounts), killed 2 s after all are submitting;
 * full form: {@code -Dreliability.learners=200 -Dreliability.seconds=60} (killed after that many seconds).
 */
class CrashReliabilityTest {

    /** A write delay for H2 other than the site's default of 0 (e.g. H2's own 500), to see what the default buys. */
    static final String H2_WRITE_DELAY = "reliability.h2WriteDelayMs";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static AnswerSheet sheet;

    @TempDir
    Path dir;

    @BeforeAll
    static void loadTheCourse() {
        ReliabilitySettings.skipInThePostgresqlRepeat();
        sheet = AnswerSheet.builtInCourse();
    }

    @Test
    void onH2EverySubmissionAcknowledgedBeforeAKillDashNineIsThereAfterTheRestart() throws Exception {
        String url = "jdbc:h2:file:" + dir.resolve("db").resolve("chainrule").toAbsolutePath() + ";DB_CLOSE_ON_EXIT=FALSE";
        Map<String, String> settings = new HashMap<>(Map.of("CHAINRULE_DB_URL", url));
        // the site's default durability unless -Dreliability.h2WriteDelayMs asks for another, to show what the default buys
        String writeDelay = System.getProperty(H2_WRITE_DELAY);
        if (writeDelay != null) {
            settings.put("CHAINRULE_H2_WRITE_DELAY_MS", writeDelay);
        }
        crashAndRestart("H2", settings, () -> DriverManager.getConnection(url));
    }

    @Test
    void onPostgresqlEverySubmissionAcknowledgedBeforeAKillDashNineIsThereAfterTheRestart() throws Exception {
        try (PostgresDatabase database = PostgresDatabase.fresh("crash")) {
            crashAndRestart("PostgreSQL", database.settings(), database::connect);
        }
    }

    /** A way to read the database directly once the server is gone. */
    private interface Direct {
        Connection connect() throws Exception;
    }

    private void crashAndRestart(String name, Map<String, String> settings, Direct direct) throws Exception {
        int learners = ReliabilitySettings.learners(24);
        int seconds = ReliabilitySettings.seconds(2);
        String tag = "crash-" + name.toLowerCase(Locale.ROOT);
        HttpClient http = LearnerClient.sharedHttpClient();

        ServerProcess first = ServerProcess.start(settings, dir.resolve("run"), tag + "-first");
        AtomicReference<URI> base = new AtomicReference<>(first.base());
        LearnerLoad load = LearnerLoad.start(http, base::get, sheet, learners, learners / 8, tag);
        LoadResult beforeKill;
        long killedAt;
        try (first) {
            assertTrue(load.awaitEveryLearnerSubmitting(Duration.ofSeconds(120)), "every learner should be submitting before the kill");
            // let the load build up before the kill: one round per configured second, each until every learner has had
            // one more submission acknowledged (a condition, so a slow machine gets the same amount of work done)
            for (int round = 0; round < Math.max(1, seconds); round++) {
                assertTrue(load.awaitEveryLearnerAcknowledgedAfter(System.nanoTime(), Duration.ofSeconds(120)),
                        "every learner should keep having submissions acknowledged");
            }
            killedAt = System.nanoTime();
            first.kill();
            beforeKill = load.stop();
        }
        List<String> failedBeforeKill = beforeKill.where(e -> !e.succeeded() && e.endNanos() < killedAt).stream()
                .limit(20).map(Exchange::toString).toList();
        assertEquals(List.of(), failedBeforeKill, "requests that failed while the server was up");
        assertEquals(List.of(), beforeKill.errors().stream().limit(20).toList(), "wrong replies");
        int inFlight = beforeKill.where(e -> !e.succeeded()).size();

        ServerProcess second = ServerProcess.start(settings, dir.resolve("run"), tag + "-second");
        List<Acknowledged> acknowledged = new ArrayList<>(beforeKill.acknowledged());
        int replayed = 0;
        List<String> problems = new ArrayList<>();
        try (second) {
            base.set(second.base());
            // a learner whose reply was lost sends the same submission again, with the same Idempotency-Key
            for (Submission lost : beforeKill.unanswered()) {
                LearnerLoad.Resent resent = load.resend(beforeKill.clients().get(lost.learner()), lost, problems);
                if (resent != null) {
                    acknowledged.add(resent.acknowledged());
                    replayed += resent.replayed() ? 1 : 0;
                }
            }
            for (LearnerClient learner : beforeKill.clients()) {
                problems.addAll(carriesOn(learner, beforeKill.acknowledged(), load, acknowledged));
            }
            // a reply lost although the attempt was stored, made on purpose: the newest acknowledged submission sent again
            for (Acknowledged newest : newestOfEachLearner(beforeKill.acknowledged())) {
                LearnerLoad.Resent resent = load.resend(beforeKill.clients().get(newest.learner()), newest.submission(), problems);
                if (resent != null && (!resent.replayed() || resent.acknowledged().attempt() != newest.attempt())) {
                    problems.add("learner " + newest.learner() + ": attempt " + newest.attempt() + " sent again with its key after the restart"
                            + " was not answered from the stored attempt but " + (resent.replayed() ? "from " : "as new attempt ")
                            + resent.acknowledged().attempt());
                }
            }
            second.stop();
            if (!problems.isEmpty()) {
                problems.add("the restarted server's errors: " + second.errors());
            }
        }
        try (Connection connection = direct.connect()) {
            StoredAttempts stored = StoredAttempts.read(connection);
            List<String> lost = stored.problems(acknowledged);
            assertEquals(List.of(), lost.stream().limit(20).toList(), "acknowledged submissions against the database after the kill ("
                    + lost.size() + " problems, " + stored.unacknowledged(acknowledged) + " stored attempts not acknowledged)");
            assertEquals(List.of(), problems.stream().limit(20).toList(), "learners after the restart (" + problems.size() + " problems)");
            assertEquals(0, stored.unacknowledged(acknowledged), "stored attempts no learner was told about, or stored twice");
            ReliabilitySettings.report("crash", String.format(Locale.ROOT, "%s: %s; killed with SIGKILL: all %d submissions"
                            + " acknowledged before the kill found as sent; %d requests were in flight, %d of them submissions,"
                            + " which their learners sent again with the same Idempotency-Key after the restart: %d answered from"
                            + " the attempt stored before the kill, %d graded anew, none stored twice (and each learner's newest"
                            + " acknowledged submission, sent again, was answered from its stored attempt); restart to listening %.1f s"
                            + " (first start %.1f s%s)",
                    name, beforeKill.summary(), beforeKill.acknowledged().size(), inFlight, beforeKill.unanswered().size(), replayed,
                    beforeKill.unanswered().size() - replayed, second.startTime().toMillis() / 1000.0,
                    first.startTime().toMillis() / 1000.0, ReliabilitySettings.full() ? "" : ", JIT C1 only"));
        }
    }

    private static List<Acknowledged> newestOfEachLearner(List<Acknowledged> acknowledged) {
        Map<Integer, Acknowledged> newest = new HashMap<>();
        for (Acknowledged ack : acknowledged) {
            newest.merge(ack.learner(), ack, (a, b) -> a.attempt() > b.attempt() ? a : b);
        }
        return List.copyOf(newest.values());
    }

    /**
     * After the restart the learner's cookie still names it: its newest acknowledged attempt is in its history, and it
     * gets a variant and submits as before (added to {@code acknowledged}).
     */
    private List<String> carriesOn(LearnerClient learner, List<Acknowledged> beforeKill, LearnerLoad load,
                                   List<Acknowledged> acknowledged) throws Exception {
        List<String> problems = new ArrayList<>();
        long newest = -1;
        for (Acknowledged ack : beforeKill) {
            if (ack.learner() == learner.index) {
                newest = Math.max(newest, ack.attempt());
            }
        }
        LearnerClient.Reply history = learner.get("/api/v1/me/attempts?limit=200", "history after restart");
        if (history.status() != 200) {
            return List.of("learner " + learner.index + ": history after the restart: HTTP " + history.status());
        }
        Set<Long> listed = new HashSet<>();
        for (JsonNode attempt : JSON.readTree(history.body())) {
            listed.add(attempt.path("id").asLong());
        }
        if (newest >= 0 && !listed.contains(newest)) {
            problems.add("learner " + learner.index + ": its newest acknowledged attempt " + newest + " is not in its history " + listed);
        }
        String exercise = sheet.exerciseIds().get(learner.index % sheet.exerciseIds().size());
        Acknowledged after = load.once(learner, exercise, new Random(learner.index), problems);
        if (after != null) {
            acknowledged.add(after);
        }
        return problems;
    }
}
