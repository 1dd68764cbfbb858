package dev.chainrule.server.lesson;

import dev.chainrule.server.db.PlainJdbc;
import dev.chainrule.server.exercise.StoredVariant;
import org.jdbi.v3.core.Jdbi;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a lesson page shows of its learner, read in one query: the newest variant of each of the page's exercises and
 * the learner's best score on each. Every lesson page asks it; on PostgreSQL each round trip to the database is a
 * context switch to another process on the same cores, and reading variants and best scores apart cost two. It is one
 * plain SELECT with joins rather than a UNION: H2 keeps a parsed SELECT for the next time but parses a UNION again on
 * every call, which cost more than the round trip saved.
 */
final class LessonReads {

    /** The learner's newest variant per exercise (absent where they have none yet) and best score per attempted exercise. */
    record State(Map<String, StoredVariant> variants, Map<String, Double> best) {
    }

    /** What {@link #readGuest} found: the guest learner the cookie names, if any, and that learner's state. */
    record Guest(Optional<Long> learner, State state) {
    }

    private final Jdbi jdbi;

    LessonReads(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** The learner's state on {@code exerciseIds}; an empty state when there are none. */
    State read(long learnerId, List<String> exerciseIds) {
        if (exerciseIds.isEmpty()) {
            return new State(new HashMap<>(), new HashMap<>());
        }
        return query("l.id = ?", learnerId, exerciseIds).state();
    }

    /**
     * The guest learner whose cookie token hashes to {@code tokenHash} and their state on {@code exerciseIds}, in the same
     * one query (a returning guest's lesson page is then a single round trip to the database).
     */
    Guest readGuest(String tokenHash, List<String> exerciseIds) {
        return query("l.token_hash = ?", tokenHash, exerciseIds);
    }

    /**
     * One row per variant of the asked exercises with the exercise's best score (null before any attempt), or a single
     * row of nulls after the learner's id when they have no variant yet; no row when no learner matches. A best score
     * always has a variant beside it: attempts are made on variants, and only attempts make summaries.
     */
    private Guest query(String learnerCondition, Object learner, List<String> exerciseIds) {
        String variants = exerciseIds.isEmpty() ? "FALSE"
                : "v.exercise_id IN (" + String.join(", ", Collections.nCopies(exerciseIds.size(), "?")) + ")";
        String sql = "SELECT l.id, v.exercise_id, v.id, v.number, v.seed, s.best_score FROM learners l"
                + " LEFT JOIN variants v ON v.learner_id = l.id AND " + variants
                + " LEFT JOIN learner_exercise_stats s ON s.learner_id = l.id AND s.exercise_id = v.exercise_id"
                + " WHERE " + learnerCondition;
        return PlainJdbc.with(jdbi, connection -> {
            try (PreparedStatement query = connection.prepareStatement(sql)) {
                int index = 1;
                for (String exerciseId : exerciseIds) {
                    query.setString(index++, exerciseId);
                }
                query.setObject(index, learner);
                Map<String, StoredVariant> found = new HashMap<>();
                Map<String, Double> best = new HashMap<>();
                Optional<Long> id = Optional.empty();
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        id = Optional.of(rows.getLong(1));
                        String exerciseId = rows.getString(2);
                        if (exerciseId == null) {
                            continue; // the learner has no variant of these exercises yet
                        }
                        found.merge(exerciseId, new StoredVariant(rows.getLong(3), rows.getInt(4), rows.getLong(5)),
                                (a, b) -> a.number() >= b.number() ? a : b);
                        double score = rows.getDouble(6);
                        if (!rows.wasNull()) {
                            best.put(exerciseId, score);
                        }
                    }
                }
                return new Guest(id, new State(found, best));
            }
        });
    }
}
