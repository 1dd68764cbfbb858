package dev.chainrule.server.lesson;

import dev.chainrule.server.MigratedDatabases;
import dev.chainrule.server.exercise.StoredVariant;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The lesson page's one query on both databases (PostgreSQL when bin/test provides one). */
class LessonReadsTest {

    @TempDir
    Path dir;

    private static long learner(Jdbi jdbi) {
        return learner(jdbi, UUID.randomUUID().toString().replace("-", ""));
    }

    private static long learner(Jdbi jdbi, String tokenHash) {
        return jdbi.withHandle(h -> h.createUpdate("INSERT INTO learners (token_hash, created_at) VALUES (:hash, CURRENT_TIMESTAMP)")
                .bind("hash", tokenHash)
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one());
    }

    private static long variant(Jdbi jdbi, long learner, String exercise, int number, long seed) {
        return jdbi.withHandle(h -> h.createUpdate("INSERT INTO variants (learner_id, exercise_id, number, seed, created_at)"
                        + " VALUES (:learner, :exercise, :number, :seed, CURRENT_TIMESTAMP)")
                .bind("learner", learner).bind("exercise", exercise).bind("number", number).bind("seed", seed)
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one());
    }

    private static void best(Jdbi jdbi, long learner, String exercise, double score) {
        jdbi.useHandle(h -> h.createUpdate("INSERT INTO learner_exercise_stats (learner_id, exercise_id, attempts, best_score,"
                        + " score_sum, first_score, first_success, last_attempt_at)"
                        + " VALUES (:learner, :exercise, 1, :score, :score, :score, NULL, CURRENT_TIMESTAMP)")
                .bind("learner", learner).bind("exercise", exercise).bind("score", score).execute());
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void theNewestVariantAndTheBestScoreOfEachAskedExerciseComeFromOneQuery(String kind) {
        Jdbi jdbi = MigratedDatabases.open(kind, dir.resolve("reads"));
        long me = learner(jdbi);
        long other = learner(jdbi);
        variant(jdbi, me, "a", 1, 11);
        long newest = variant(jdbi, me, "a", 3, -33); // numbers need not be consecutive: the highest is current
        variant(jdbi, me, "a", 2, 22);
        long onlyB = variant(jdbi, me, "b", 1, Long.MAX_VALUE);
        variant(jdbi, me, "not-on-the-page", 1, 44);
        variant(jdbi, other, "c", 1, 55);
        best(jdbi, me, "a", 0.25);
        best(jdbi, me, "not-on-the-page", 1.0);
        variant(jdbi, other, "b", 1, 66);
        best(jdbi, other, "b", 1.0);

        LessonReads.State state = new LessonReads(jdbi).read(me, List.of("a", "b", "c"));

        assertEquals(Map.of("a", new StoredVariant(newest, 3, -33), "b", new StoredVariant(onlyB, 1, Long.MAX_VALUE)),
                state.variants(), "the highest number per exercise; none of another learner's or of other exercises");
        assertEquals(Map.of("a", 0.25), state.best(), "only this learner's scores on the asked exercises");
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void aLearnerWithNothingYetGetsAnEmptyStateWhoseVariantsCanBeAddedTo(String kind) {
        Jdbi jdbi = MigratedDatabases.open(kind, dir.resolve("empty"));
        LessonReads.State state = new LessonReads(jdbi).read(learner(jdbi), List.of("a"));
        assertTrue(state.variants().isEmpty());
        assertTrue(state.best().isEmpty());
        state.variants().put("a", new StoredVariant(1, 1, 1)); // the page adds the variants it creates on a first visit
        assertEquals(1, state.variants().size());
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void aGuestsTokenHashFindsTheGuestAndTheirStateInTheSameQuery(String kind) {
        Jdbi jdbi = MigratedDatabases.open(kind, dir.resolve("guest"));
        String hash = "guest-" + UUID.randomUUID(); // the PostgreSQL database outlives a run: hashes must be new
        long guest = learner(jdbi, hash);
        long other = learner(jdbi, "other-" + UUID.randomUUID());
        long variant = variant(jdbi, guest, "a", 1, 5);
        variant(jdbi, other, "a", 2, 6);
        best(jdbi, guest, "a", 0.5);
        best(jdbi, other, "a", 1.0);
        LessonReads reads = new LessonReads(jdbi);

        LessonReads.Guest found = reads.readGuest(hash, List.of("a", "b"));
        assertEquals(Optional.of(guest), found.learner());
        assertEquals(Map.of("a", new StoredVariant(variant, 1, 5)), found.state().variants());
        assertEquals(Map.of("a", 0.5), found.state().best());
        assertEquals(reads.read(guest, List.of("a", "b")), found.state(), "the same state as read by the learner's id");

        LessonReads.Guest unknown = reads.readGuest("hash-of-nobody", List.of("a"));
        assertEquals(Optional.empty(), unknown.learner());
        assertTrue(unknown.state().variants().isEmpty() && unknown.state().best().isEmpty());
        assertEquals(Optional.of(guest), reads.readGuest(hash, List.of()).learner(), "no exercises: only the guest");
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void aGuestWhoseRowNowBelongsToAnAccountIsNotFoundByTheOldToken(String kind) {
        Jdbi jdbi = MigratedDatabases.open(kind, dir.resolve("handed-over"));
        String hash = "old-guest-" + UUID.randomUUID();
        long guest = learner(jdbi, hash);
        variant(jdbi, guest, "a", 1, 5);
        jdbi.useHandle(h -> h.execute("UPDATE learners SET token_hash = NULL WHERE id = ?", guest)); // as signing up does
        LessonReads.Guest found = new LessonReads(jdbi).readGuest(hash, List.of("a"));
        assertEquals(Optional.empty(), found.learner());
        assertTrue(found.state().variants().isEmpty(), "nothing of the account's learner through the old cookie");
    }
}
