package dev.chainrule.server.lesson;

import dev.chainrule.server.db.PlainJdbc;
import dev.chainrule.server.exercise.StoredVariant;
import org.jdbi.v3.core.Jdbi;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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

    /** What {@link #readGuest} found: the guest learner the cookie names, if any, and that learner's state. */
    record Guest(Optional<Long> learner, State state) {
    }

    /** The learner's state on {@code exerciseIds}; an empty state when there are none. */
    State read(long learnerId, List<String> exerciseIds) {
        if (exerciseIds.isEmpty()) {
            return new State(new HashMap<>(), new HashMap<>());
        }
        return PlainJdbc.with(jdbi, connection -> {
            try (PreparedStatement query = connection.prepareStatement(sql("?", exerciseIds.size()))) {
                bind(query, 1, exerciseIds, learnerId);
                return rows(query).state();
            }
        });
    }

    /**
     * The guest learner whose cookie token hashes to {@code tokenHash} and their state on {@code exerciseIds}, in the same
     * one query (a guest's lesson page is then a single round trip to the database).
     */
    Guest readGuest(String tokenHash, List<String> exerciseIds) {
        return PlainJdbc.with(jdbi, connection -> {
            String me = "(SELECT id FROM learners WHERE token_hash = ?)";
            // the learner's own row first: kind 2, the id in the third column
            String sql = "SELECT 2, '', id, 0, 0, CAST(0 AS DOUBLE PRECISION) FROM learners WHERE token_hash = ?"
                    + (exerciseIds.isEmpty() ? "" : " UNION ALL " + sql(me, exerciseIds.size()));
            try (PreparedStatement query = connection.prepareStatement(sql)) {
                query.setString(1, tokenHash);
                if (!exerciseIds.isEmpty()) {
                    bind(query, 2, exerciseIds, tokenHash);
                }
                return rows(query);
            }
        });
    }

    /**
     * The two branches: the learner's variants of the exercises (kind 0: id, number, seed) and their best scores on them
     * (kind 1); {@code learner} is the SQL naming the learner's id ({@code ?} or a subquery on the guest's token).
     */
    private static String sql(String learner, int exercises) {
        String marks = String.join(", ", Collections.nCopies(exercises, "?"));
        return "SELECT 0, exercise_id, id, number, seed, CAST(0 AS DOUBLE PRECISION) FROM variants"
                + " WHERE learner_id = " + learner + " AND exercise_id IN (" + marks + ")"
                + " UNION ALL SELECT 1, exercise_id, 0, 0, 0, best_score FROM learner_exercise_stats"
                + " WHERE learner_id = " + learner + " AND exercise_id IN (" + marks + ")";
    }

    /** Binds both branches from {@code index} on: {@code learner} (the id, or a guest's token hash), then the exercises. */
    private static void bind(PreparedStatement query, int index, List<String> exerciseIds, Object learner) throws SQLException {
        for (int branch = 0; branch < 2; branch++) {
            query.setObject(index++, learner);
            for (String exerciseId : exerciseIds) {
                query.setString(index++, exerciseId);
            }
        }
    }

    private static Guest rows(PreparedStatement query) throws SQLException {
        Map<String, StoredVariant> variants = new HashMap<>();
        Map<String, Double> best = new HashMap<>();
        Optional<Long> learner = Optional.empty();
        try (ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                int kind = rows.getInt(1);
                String exerciseId = rows.getString(2);
                if (kind == 0) {
                    variants.merge(exerciseId, new StoredVariant(rows.getLong(3), rows.getInt(4), rows.getLong(5)),
                            (a, b) -> a.number() >= b.number() ? a : b);
                } else if (kind == 1) {
                    best.put(exerciseId, rows.getDouble(6));
                } else {
                    learner = Optional.of(rows.getLong(3));
                }
            }
        }
        return new Guest(learner, new State(variants, best));
    }
}
