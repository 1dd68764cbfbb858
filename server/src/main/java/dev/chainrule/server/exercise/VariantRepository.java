package dev.chainrule.server.exercise;

import org.jdbi.v3.core.Jdbi;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

/** Stores each learner's variants of each exercise; the highest-numbered one is the current one. */
final class VariantRepository {

    private final Jdbi jdbi;

    VariantRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    Optional<StoredVariant> latest(long learnerId, String exerciseId) {
        return jdbi.withHandle(handle -> handle
                .createQuery("SELECT id, number, seed FROM variants WHERE learner_id = :learner AND exercise_id = :exercise"
                        + " ORDER BY number DESC FETCH FIRST 1 ROWS ONLY")
                .bind("learner", learnerId)
                .bind("exercise", exerciseId)
                .map((rs, ctx) -> new StoredVariant(rs.getLong("id"), rs.getInt("number"), rs.getLong("seed")))
                .findOne());
    }

    /** The newest variant of each of {@code exerciseIds} the learner has (exercises without one are absent), in one query. */
    java.util.Map<String, StoredVariant> latest(long learnerId, java.util.Collection<String> exerciseIds) {
        java.util.Map<String, StoredVariant> out = new java.util.HashMap<>();
        if (exerciseIds.isEmpty()) {
            return out;
        }
        jdbi.useHandle(handle -> handle
                .createQuery("SELECT exercise_id, id, number, seed FROM variants WHERE learner_id = :learner"
                        + " AND exercise_id IN (<exercises>)")
                .bind("learner", learnerId)
                .bindList("exercises", java.util.List.copyOf(exerciseIds))
                .map((rs, ctx) -> java.util.Map.entry(rs.getString("exercise_id"),
                        new StoredVariant(rs.getLong("id"), rs.getInt("number"), rs.getLong("seed"))))
                .forEach(e -> out.merge(e.getKey(), e.getValue(), (a, b) -> a.number() >= b.number() ? a : b)));
        return out;
    }

    /** Inserts variant {@code number}; fails with a unique-constraint violation when another request took that number first. */
    StoredVariant insert(long learnerId, String exerciseId, int number, long seed) {
        long id = jdbi.withHandle(handle -> handle
                .createUpdate("INSERT INTO variants (learner_id, exercise_id, number, seed, created_at)"
                        + " VALUES (:learner, :exercise, :number, :seed, :now)")
                .bind("learner", learnerId)
                .bind("exercise", exerciseId)
                .bind("number", number)
                .bind("seed", seed)
                .bind("now", OffsetDateTime.now(ZoneOffset.UTC))
                .executeAndReturnGeneratedKeys("id")
                .mapTo(Long.class)
                .one());
        return new StoredVariant(id, number, seed);
    }
}
