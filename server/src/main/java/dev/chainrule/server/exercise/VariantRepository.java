package dev.chainrule.server.exercise;

import dev.chainrule.server.db.PlainJdbc;
import org.jdbi.v3.core.Jdbi;

import java.sql.PreparedStatement;
import java.sql.ResultSet;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

/** Stores each learner's variants of each exercise; the highest-numbered one is the current one. */
final class VariantRepository {

    private final Jdbi jdbi;

    VariantRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** Asked by every submission, so in plain JDBC ({@link PlainJdbc}). */
    Optional<StoredVariant> latest(long learnerId, String exerciseId) {
        return PlainJdbc.with(jdbi, connection -> {
            try (PreparedStatement query = connection.prepareStatement("SELECT id, number, seed FROM variants"
                    + " WHERE learner_id = ? AND exercise_id = ? ORDER BY number DESC FETCH FIRST 1 ROWS ONLY")) {
                query.setLong(1, learnerId);
                query.setString(2, exerciseId);
                try (ResultSet rows = query.executeQuery()) {
                    return rows.next() ? Optional.of(new StoredVariant(rows.getLong(1), rows.getInt(2), rows.getLong(3)))
                            : Optional.<StoredVariant>empty();
                }
            }
        });
    }

    /**
     * The newest variant of each of {@code exerciseIds} the learner has (exercises without one are absent), in one query;
     * asked by every lesson page, so in plain JDBC ({@link PlainJdbc}).
     */
    java.util.Map<String, StoredVariant> latest(long learnerId, java.util.Collection<String> exerciseIds) {
        java.util.Map<String, StoredVariant> out = new java.util.HashMap<>();
        if (exerciseIds.isEmpty()) {
            return out;
        }
        String marks = String.join(", ", java.util.Collections.nCopies(exerciseIds.size(), "?"));
        return PlainJdbc.with(jdbi, connection -> {
            try (PreparedStatement query = connection.prepareStatement("SELECT exercise_id, id, number, seed FROM variants"
                    + " WHERE learner_id = ? AND exercise_id IN (" + marks + ")")) {
                query.setLong(1, learnerId);
                int index = 2;
                for (String exerciseId : exerciseIds) {
                    query.setString(index++, exerciseId);
                }
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        out.merge(rows.getString(1), new StoredVariant(rows.getLong(2), rows.getInt(3), rows.getLong(4)),
                                (a, b) -> a.number() >= b.number() ? a : b);
                    }
                }
            }
            return out;
        });
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
