package dev.chainrule.server.attempt;

import dev.chainrule.server.MigratedDatabases;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Attempts stored together in one transaction (group commit) on both databases: every caller's attempt is stored once,
 * the summaries are what one attempt at a time gives, and a batch's failing attempt fails only its own caller.
 */
class GroupCommitTest {

    @TempDir
    Path dir;

    private Jdbi jdbi;
    private AttemptRepository attempts;

    private void open(String kind) {
        jdbi = MigratedDatabases.open(kind, dir.resolve("attempts"));
        attempts = new AttemptRepository(jdbi);
    }

    private long learner() {
        return jdbi.withHandle(h -> h.createUpdate("INSERT INTO learners (token_hash, created_at) VALUES (:hash, :now)")
                .bind("hash", UUID.randomUUID().toString()).bind("now", OffsetDateTime.now())
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one());
    }

    private long variant(long learner) {
        return jdbi.withHandle(h -> h.createUpdate("INSERT INTO variants (learner_id, exercise_id, number, seed, created_at)"
                        + " VALUES (:learner, 'e', 1, 7, :now)")
                .bind("learner", learner).bind("now", OffsetDateTime.now()).executeAndReturnGeneratedKeys("id").mapTo(Long.class).one());
    }

    private List<String> strings(String sql) {
        return jdbi.withHandle(h -> h.createQuery(sql).mapTo(String.class).list());
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void manyLearnersSubmittingAtOnceAreEachStoredOnceWithTheSummariesOfOneAtATime(String kind) throws Exception {
        open(kind);
        int learners = 6;
        int threads = 12; // two threads per learner, so one learner's attempts also meet in a batch
        int each = 25;
        long[] ids = new long[learners];
        long[] variants = new long[learners];
        for (int i = 0; i < learners; i++) {
            ids[i] = learner();
            variants[i] = variant(ids[i]);
        }
        // thread t, attempt k scores ((t * 7 + k) % 5) / 4: 0, 0.25, 0.5, 0.75 or 1; a mistake 'm' on the odd k
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<List<Long>>> futures = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int thread = t;
            futures.add(pool.submit(() -> {
                start.await();
                List<Long> stored = new ArrayList<>();
                for (int k = 0; k < each; k++) {
                    int who = thread % learners;
                    double score = ((thread * 7 + k) % 5) / 4.0;
                    Map<String, String> mistakes = k % 2 == 1 ? Map.of("f", "m") : Map.of();
                    stored.add(attempts.insert(ids[who], "e", variants[who], "{}", "[]", score, mistakes));
                }
                return stored;
            }));
        }
        start.countDown();
        List<Long> all = new ArrayList<>();
        for (Future<List<Long>> future : futures) {
            all.addAll(future.get(60, TimeUnit.SECONDS));
        }
        pool.shutdown();

        assertEquals(threads * each, all.size());
        assertEquals(threads * each, all.stream().distinct().count(), "every caller got its own attempt's id");
        assertEquals(List.of(String.valueOf(threads * each)), strings("SELECT COUNT(*) FROM attempts WHERE learner_id IN ("
                + java.util.Arrays.stream(ids).mapToObj(Long::toString).collect(java.util.stream.Collectors.joining(", ")) + ")"));
        for (int who = 0; who < learners; who++) {
            // expected from the inputs, one attempt at a time: threads who and who + learners submit for this learner
            int count = 0;
            double best = 0;
            double sum = 0;
            int mistakes = 0;
            for (int thread = who; thread < threads; thread += learners) {
                for (int k = 0; k < each; k++) {
                    double score = ((thread * 7 + k) % 5) / 4.0;
                    count++;
                    best = Math.max(best, score);
                    sum += score;
                    mistakes += k % 2;
                }
            }
            long learnerId = ids[who];
            assertEquals(List.of(count + " " + best + " " + sum), jdbi.withHandle(h -> h.createQuery(
                            "SELECT attempts, best_score, score_sum FROM learner_exercise_stats WHERE learner_id = :id")
                    .bind("id", learnerId).map((rows, ctx) -> rows.getInt(1) + " " + rows.getDouble(2) + " " + rows.getDouble(3)).list()));
            assertEquals(List.of(String.valueOf(mistakes)), strings(
                    "SELECT matches FROM learner_exercise_mistakes WHERE learner_id = " + ids[who]));
            assertEquals(strings("SELECT MAX(created_at) FROM attempts WHERE learner_id = " + ids[who]),
                    strings("SELECT last_attempt_at FROM learner_exercise_stats WHERE learner_id = " + ids[who]),
                    "the summary's last attempt is the newest stored");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void anAttemptThatCannotBeStoredFailsOnlyItsOwnCallerInABatch(String kind) {
        open(kind);
        long first = learner();
        long second = learner();
        long secondVariant = variant(second);
        AttemptRepository.Pending good = new AttemptRepository.Pending(first, "e", variant(first), "{\"a\": 1}", "[]", 1, Map.of(), null);
        AttemptRepository.Pending bad = new AttemptRepository.Pending(second, "e", secondVariant, "{}", "[]", 0,
                Map.of("f", "x".repeat(65)), null); // a mistake id longer than its column: refused by the database
        AttemptRepository.Pending alsoGood = new AttemptRepository.Pending(second, "e", secondVariant, "{\"a\": 2}", "[]", 0.5,
                Map.of("f", "m"), null);

        attempts.store(List.of(good, bad, alsoGood));

        assertNotNull(good.outcome().join());
        assertNotNull(alsoGood.outcome().join());
        assertThrows(CompletionException.class, () -> bad.outcome().join());
        assertEquals(List.of("{\"a\": 1}", "{\"a\": 2}"), strings("SELECT answers FROM attempts WHERE learner_id IN (" + first + ", "
                + second + ") ORDER BY answers"));
        assertEquals(List.of("1"), strings("SELECT attempts FROM learner_exercise_stats WHERE learner_id = " + second),
                "nothing of the refused attempt in the summaries");
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void twoAttemptsWithOneIdempotencyKeyInOneBatchStoreTheFirstAndAnswerTheSecondWithIt(String kind) {
        open(kind);
        long learner = learner();
        long variant = variant(learner);
        AttemptRepository.Pending first = new AttemptRepository.Pending(learner, "e", variant, "{}", "[]", 1, Map.of(), "key-1");
        AttemptRepository.Pending again = new AttemptRepository.Pending(learner, "e", variant, "{}", "[]", 1, Map.of(), "key-1");

        attempts.store(List.of(first, again));

        AttemptRepository.Stored stored = first.outcome().join();
        assertNull(stored.earlier());
        assertEquals(stored.id(), again.outcome().join().earlier().id(), "the second is the first one replayed");
        assertEquals(List.of("1"), strings("SELECT COUNT(*) FROM attempts WHERE learner_id = " + learner));
        assertEquals(List.of("1"), strings("SELECT attempts FROM learner_exercise_stats WHERE learner_id = " + learner));
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void whenEveryAttemptOfABatchIsRefusedEveryCallerHearsOfItsOwnFailure(String kind) {
        open(kind);
        long learner = learner();
        List<AttemptRepository.Pending> batch = new ArrayList<>();
        for (int i = 1; i <= 3; i++) { // no such variant: each insert breaks the foreign key
            batch.add(new AttemptRepository.Pending(learner, "e", -i, "{}", "[]", 0, Map.of(), null));
        }

        attempts.store(batch);

        for (AttemptRepository.Pending pending : batch) {
            assertTrue(pending.outcome().isCompletedExceptionally(), "every caller hears of it; none waits for ever");
        }
        assertEquals(List.of("0"), strings("SELECT COUNT(*) FROM attempts WHERE learner_id = " + learner), "each one rolled back");
        assertEquals(List.of("0"), strings("SELECT COUNT(*) FROM learner_exercise_stats WHERE learner_id = " + learner));
    }
}
