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

/**
 * What a lesson page shows of its learner, read in one query: the newest variant of each of the page's exercises and
 * the learner's best score on each. Every lesson page asks it; on PostgreSQL each round trip to the database is a
 * context switch to another process on the same cores, and reading variants and best scores apart cost two.
 */
final class LessonReads {

    /** The learner's newest variant per exercise (absent where they have none yet) and best score per attempted exercise. */
    record State(Map<String, StoredVariant> variants, Map<String, Double> best) {
    }

    private final Jdbi jdbi;

    LessonReads(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** The learner's state on {@code exerciseIds}; an empty state when there are none. */
    State read(long learnerId, List<String> exerciseIds) {
        Map<String, StoredVariant> variants = new HashMap<>();
        Map<String, Double> best = new HashMap<>();
        if (exerciseIds.isEmpty()) {
            return new State(variants, best);
        }
        String marks = String.join(", ", Collections.nCopies(exerciseIds.size(), "?"));
        // the first column tells the two kinds of rows apart: 0 a variant (id, number, seed), 1 a best score
        String sql = "SELECT 0, exercise_id, id, number, seed, CAST(0 AS DOUBLE PRECISION) FROM variants"
                + " WHERE learner_id = ? AND exercise_id IN (" + marks + ")"
                + " UNION ALL SELECT 1, exercise_id, 0, 0, 0, best_score FROM learner_exercise_stats"
                + " WHERE learner_id = ? AND exercise_id IN (" + marks + ")";
        return PlainJdbc.with(jdbi, connection -> {
            try (PreparedStatement query = connection.prepareStatement(sql)) {
                int index = 1;
                for (int branch = 0; branch < 2; branch++) {
                    query.setLong(index++, learnerId);
                    for (String exerciseId : exerciseIds) {
                        query.setString(index++, exerciseId);
                    }
                }
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        String exerciseId = rows.getString(2);
                        if (rows.getInt(1) == 0) {
                            variants.merge(exerciseId, new StoredVariant(rows.getLong(3), rows.getInt(4), rows.getLong(5)),
                                    (a, b) -> a.number() >= b.number() ? a : b);
                        } else {
                            best.put(exerciseId, rows.getDouble(6));
                        }
                    }
                }
            }
            return new State(variants, best);
        });
    }
}
