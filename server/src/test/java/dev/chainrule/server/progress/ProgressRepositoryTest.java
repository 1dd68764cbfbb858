package dev.chainrule.server.progress;

import dev.chainrule.server.MigratedDatabases;

import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The progress queries against both databases: H2 always, PostgreSQL when {@code CHAINRULE_TEST_POSTGRES_URL} names one
 * (required when {@code CHAINRULE_TEST_REQUIRE_POSTGRES=true}, as bin/test sets).
 */
class ProgressRepositoryTest {

    static final Instant START = Instant.parse("2026-02-01T09:00:00Z");

    @TempDir
    Path dir;

    private Jdbi database(String kind) {
        return MigratedDatabases.open(kind, dir.resolve("progress"));
    }

    private static long learner(Jdbi jdbi) {
        return jdbi.withHandle(h -> h.createUpdate("INSERT INTO learners (token_hash, created_at) VALUES (:hash, CURRENT_TIMESTAMP)")
                .bind("hash", UUID.randomUUID().toString().replace("-", ""))
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one());
    }

    /** Stores an attempt {@code minutes} after {@link #START} with its named mistakes (field -> mistake). */
    private static long attempt(Jdbi jdbi, long learner, String exercise, double score, int minutes, Map<String, String> mistakes) {
        return jdbi.inTransaction(h -> {
            OffsetDateTime time = START.plusSeconds(60L * minutes).atOffset(ZoneOffset.UTC);
            long variant = h.createUpdate("INSERT INTO variants (learner_id, exercise_id, number, seed, created_at)"
                            + " VALUES (:learner, :exercise, (SELECT COUNT(*) + 1 FROM variants WHERE learner_id = :learner AND exercise_id = :exercise), 7, :time)")
                    .bind("learner", learner).bind("exercise", exercise).bind("time", time)
                    .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
            long id = h.createUpdate("INSERT INTO attempts (learner_id, exercise_id, variant_id, answers, verdicts, score, created_at)"
                            + " VALUES (:learner, :exercise, :variant, '{}', '[]', :score, :time)")
                    .bind("learner", learner).bind("exercise", exercise).bind("variant", variant).bind("score", score).bind("time", time)
                    .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
            mistakes.forEach((field, mistake) -> h.createUpdate("INSERT INTO attempt_mistakes (attempt_id, field, mistake) VALUES (:a, :f, :m)")
                    .bind("a", id).bind("f", field).bind("m", mistake).execute());
            return id;
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void eachExercisesBestScoreCountAndNewestAttemptsComeFromOneQuery(String kind) {
        Jdbi jdbi = database(kind);
        ProgressRepository repository = new ProgressRepository(jdbi);
        long learner = learner(jdbi);
        long other = learner(jdbi);
        for (int i = 0; i < 7; i++) {
            attempt(jdbi, learner, "a", i / 10.0, i, Map.of());
        }
        attempt(jdbi, learner, "b", 1.0, 10, Map.of());
        attempt(jdbi, other, "a", 1.0, 20, Map.of());

        Map<String, ProgressRepository.ExerciseRecord> records = repository.exercises(learner, 5);
        assertEquals(List.of("a", "b"), List.copyOf(records.keySet()));
        ProgressRepository.ExerciseRecord a = records.get("a");
        assertEquals(0.6, a.best(), 1e-12, "another learner's 1.0 does not count");
        assertEquals(7, a.attempts());
        assertEquals(List.of(0.6, 0.5, 0.4, 0.3, 0.2), a.recent().stream().map(ProgressRepository.ScoredAttempt::score).toList());
        assertEquals(START.plusSeconds(6 * 60), a.recent().get(0).time());
        assertEquals(1, records.get("b").attempts());
        assertEquals(Map.of(), repository.exercises(learner(jdbi), 5));
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void theNewestAttemptsComeNewestFirstWithTheirMistakesAndTheLimitCountsAttemptsNotMistakes(String kind) {
        Jdbi jdbi = database(kind);
        ProgressRepository repository = new ProgressRepository(jdbi);
        long learner = learner(jdbi);
        long first = attempt(jdbi, learner, "a", 0.0, 0, Map.of("x", "transpose-missed", "w", "one-over-n-missed"));
        long second = attempt(jdbi, learner, "b", 0.5, 1, Map.of("y", "branches-not-summed"));
        long third = attempt(jdbi, learner, "a", 1.0, 2, Map.of());
        attempt(jdbi, learner(jdbi), "a", 0.0, 3, Map.of("x", "transpose-missed"));

        List<ProgressRepository.AttemptEntry> all = repository.newestAttempts(learner, 50);
        assertEquals(List.of(third, second, first), all.stream().map(ProgressRepository.AttemptEntry::id).toList());
        assertEquals(List.of(), all.get(0).mistakes());
        assertEquals(List.of(new ProgressRepository.NamedMistake("w", "one-over-n-missed"),
                new ProgressRepository.NamedMistake("x", "transpose-missed")), all.get(2).mistakes());
        assertEquals(START.plusSeconds(60), all.get(1).time());
        assertEquals(0.5, all.get(1).score());

        List<ProgressRepository.AttemptEntry> two = repository.newestAttempts(learner, 2);
        assertEquals(List.of(third, second), two.stream().map(ProgressRepository.AttemptEntry::id).toList());
        assertEquals(List.of(new ProgressRepository.NamedMistake("y", "branches-not-summed")), two.get(1).mistakes());
    }
}
