package dev.chainrule.server.attempt;

import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;

/**
 * Stores graded attempts: the raw answers and the per-field verdicts as JSON text with the score, and the id of each
 * named mistake in its own row (so they can be counted per exercise), both in one transaction.
 */
final class AttemptRepository {

    private final Jdbi jdbi;

    AttemptRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** Inserts the attempt and its {@code mistakes} (field -> mistake id); returns the attempt's id. */
    long insert(long learnerId, String exerciseId, long variantId, String answersJson, String verdictsJson, double score,
                Map<String, String> mistakes) {
        return jdbi.inTransaction(handle -> {
            long id = handle
                    .createUpdate("INSERT INTO attempts (learner_id, exercise_id, variant_id, answers, verdicts, score, created_at)"
                            + " VALUES (:learner, :exercise, :variant, :answers, :verdicts, :score, :now)")
                    .bind("learner", learnerId)
                    .bind("exercise", exerciseId)
                    .bind("variant", variantId)
                    .bind("answers", answersJson)
                    .bind("verdicts", verdictsJson)
                    .bind("score", score)
                    .bind("now", OffsetDateTime.now(ZoneOffset.UTC))
                    .executeAndReturnGeneratedKeys("id")
                    .mapTo(Long.class)
                    .one();
            if (!mistakes.isEmpty()) {
                PreparedBatch batch = handle.prepareBatch("INSERT INTO attempt_mistakes (attempt_id, field, mistake) VALUES (:attempt, :field, :mistake)");
                mistakes.forEach((field, mistake) -> batch.bind("attempt", id).bind("field", field).bind("mistake", mistake).add());
                batch.execute();
            }
            return id;
        });
    }
}
