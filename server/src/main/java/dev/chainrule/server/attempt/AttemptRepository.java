package dev.chainrule.server.attempt;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.TreeMap;

/**
 * Stores graded attempts: the raw answers and the per-field verdicts as JSON text with the score, and the id of each
 * named mistake in its own row (so they can be counted per exercise), all in one transaction that also updates the
 * learner's summaries of the exercise (learner_exercise_stats, learner_exercise_mistakes; see V6) which the class
 * dashboard reads. The learner's row is locked first, so one learner's attempts are summarised one after the other.
 */
final class AttemptRepository {

    /** A score at or above this counts as a full score (as in the class report and the V6 backfill). */
    private static final double SOLVED = 0.999999999;

    private final Jdbi jdbi;

    AttemptRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** Inserts the attempt and its {@code mistakes} (field -> mistake id); returns the attempt's id. */
    long insert(long learnerId, String exerciseId, long variantId, String answersJson, String verdictsJson, double score,
                Map<String, String> mistakes) {
        return insert(learnerId, exerciseId, variantId, answersJson, verdictsJson, score, mistakes, null).id();
    }

    /** An attempt made earlier with the same idempotency key: what is needed to answer as it was answered. */
    record Earlier(long id, String exerciseId, String answersJson, long seed, int variantNumber) {
    }

    /** What {@link #insert} did: stored a new attempt ({@code earlier} null), or found the key's earlier attempt. */
    record Stored(long id, Earlier earlier) {
    }

    /**
     * Stores an attempt with its mistakes and updates the learner's summaries, in one transaction; with an
     * {@code idempotencyKey} the learner already used, stores nothing and returns that earlier attempt instead.
     */
    Stored insert(long learnerId, String exerciseId, long variantId, String answersJson, String verdictsJson, double score,
                  Map<String, String> mistakes, String idempotencyKey) {
        return jdbi.inTransaction(handle -> {
            // serialises this learner's inserts: the summaries' update-or-insert below cannot race, each attempt's
            // time is taken after the learner's previous attempt committed, so it is the newest (the summaries assume
            // so), and two submissions with one idempotency key cannot both be stored
            handle.createQuery("SELECT id FROM learners WHERE id = :learner FOR UPDATE")
                    .bind("learner", learnerId)
                    .mapTo(Long.class)
                    .list();
            if (idempotencyKey != null) {
                java.util.Optional<Earlier> earlier = handle.createQuery("""
                                SELECT a.id, a.exercise_id, a.answers, v.seed, v.number FROM attempts a
                                JOIN variants v ON v.id = a.variant_id
                                WHERE a.learner_id = :learner AND a.idempotency_key = :key""")
                        .bind("learner", learnerId)
                        .bind("key", idempotencyKey)
                        .map((rs, ctx) -> new Earlier(rs.getLong("id"), rs.getString("exercise_id"), rs.getString("answers"),
                                rs.getLong("seed"), rs.getInt("number")))
                        .findOne();
                if (earlier.isPresent()) {
                    return new Stored(earlier.get().id(), earlier.get());
                }
            }
            OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
            long id = handle
                    .createUpdate("INSERT INTO attempts (learner_id, exercise_id, variant_id, answers, verdicts, score, created_at,"
                            + " idempotency_key) VALUES (:learner, :exercise, :variant, :answers, :verdicts, :score, :now, :key)")
                    .bind("key", idempotencyKey)
                    .bind("learner", learnerId)
                    .bind("exercise", exerciseId)
                    .bind("variant", variantId)
                    .bind("answers", answersJson)
                    .bind("verdicts", verdictsJson)
                    .bind("score", score)
                    .bind("now", now)
                    .executeAndReturnGeneratedKeys("id")
                    .mapTo(Long.class)
                    .one();
            if (!mistakes.isEmpty()) {
                PreparedBatch batch = handle.prepareBatch("INSERT INTO attempt_mistakes (attempt_id, field, mistake) VALUES (:attempt, :field, :mistake)");
                mistakes.forEach((field, mistake) -> batch.bind("attempt", id).bind("field", field).bind("mistake", mistake).add());
                batch.execute();
            }
            summarise(handle, learnerId, exerciseId, score, now, mistakes);
            return new Stored(id, null);
        });
    }

    /** Adds the attempt to the learner's summaries of the exercise (new rows for the first attempt, the first mistake). */
    private static void summarise(Handle handle, long learnerId, String exerciseId, double score, OffsetDateTime now,
                                  Map<String, String> mistakes) {
        int solved = score >= SOLVED ? 1 : 0;
        int updated = handle.createUpdate("""
                        UPDATE learner_exercise_stats
                        SET attempts = attempts + 1,
                            best_score = CASE WHEN best_score < :score THEN :score ELSE best_score END,
                            score_sum = score_sum + :score,
                            first_success = CASE WHEN first_success IS NULL AND :solved = 1 THEN attempts + 1 ELSE first_success END,
                            last_attempt_at = CASE WHEN last_attempt_at < :now THEN :now ELSE last_attempt_at END
                        WHERE learner_id = :learner AND exercise_id = :exercise""")
                .bind("score", score)
                .bind("solved", solved)
                .bind("now", now)
                .bind("learner", learnerId)
                .bind("exercise", exerciseId)
                .execute();
        if (updated == 0) {
            handle.createUpdate("INSERT INTO learner_exercise_stats (learner_id, exercise_id, attempts, best_score, score_sum,"
                            + " first_score, first_success, last_attempt_at)"
                            + " VALUES (:learner, :exercise, 1, :score, :score, :score, :first, :now)")
                    .bind("learner", learnerId)
                    .bind("exercise", exerciseId)
                    .bind("score", score)
                    .bind("first", solved == 1 ? Integer.valueOf(1) : null)
                    .bind("now", now)
                    .execute();
        }
        Map<String, Integer> counts = new TreeMap<>();
        mistakes.values().forEach(mistake -> counts.merge(mistake, 1, Integer::sum));
        counts.forEach((mistake, n) -> {
            int changed = handle.createUpdate("UPDATE learner_exercise_mistakes SET matches = matches + :n"
                            + " WHERE learner_id = :learner AND exercise_id = :exercise AND mistake = :mistake")
                    .bind("n", n)
                    .bind("learner", learnerId)
                    .bind("exercise", exerciseId)
                    .bind("mistake", mistake)
                    .execute();
            if (changed == 0) {
                handle.createUpdate("INSERT INTO learner_exercise_mistakes (learner_id, exercise_id, mistake, matches)"
                                + " VALUES (:learner, :exercise, :mistake, :n)")
                        .bind("learner", learnerId)
                        .bind("exercise", exerciseId)
                        .bind("mistake", mistake)
                        .bind("n", n)
                        .execute();
            }
        });
    }
}
