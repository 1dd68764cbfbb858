package dev.chainrule.server.attempt;

import org.jdbi.v3.core.Jdbi;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** Stores graded attempts: the raw answers and the per-field verdicts as JSON text, with the score. */
final class AttemptRepository {

    private final Jdbi jdbi;

    AttemptRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    long insert(long learnerId, String exerciseId, long variantId, String answersJson, String verdictsJson, double score) {
        return jdbi.withHandle(handle -> handle
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
                .one());
    }
}
