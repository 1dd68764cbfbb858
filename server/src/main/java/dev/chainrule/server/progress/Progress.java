package dev.chainrule.server.progress;

import dev.chainrule.server.db.PlainJdbc;
import dev.chainrule.server.learner.Learners;
import io.javalin.http.Context;
import org.jdbi.v3.core.Jdbi;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.HashMap;
import java.util.Map;

/** The request's learner's best score per exercise, read with one query; a request without a learner cookie has none (and gets no cookie). */
public final class Progress {

    private final Jdbi jdbi;
    private final Learners learners;

    public Progress(Jdbi jdbi, Learners learners) {
        this.jdbi = jdbi;
        this.learners = learners;
    }

    /** exercise id -> best score in 0..1, for the exercises the learner has attempted. */
    public Map<String, Double> bestScores(Context ctx) {
        return learners.find(ctx).map(this::bestScores).orElse(Map.of());
    }

    /** Asked by every lesson page, so in plain JDBC ({@link PlainJdbc}). */
    Map<String, Double> bestScores(long learnerId) {
        return PlainJdbc.with(jdbi, connection -> {
            Map<String, Double> best = new HashMap<>();
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT exercise_id, best_score FROM learner_exercise_stats WHERE learner_id = ?")) {
                query.setLong(1, learnerId);
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        best.put(rows.getString(1), rows.getDouble(2));
                    }
                }
            }
            return best;
        });
    }

    /** A lesson's exercises and how many of them the learner has solved (best score 1). */
    public record LessonProgress(int done, int total) {

        public static LessonProgress of(Iterable<String> exerciseIds, Map<String, Double> best) {
            int done = 0;
            int total = 0;
            for (String id : exerciseIds) {
                total++;
                if (solved(best.get(id))) {
                    done++;
                }
            }
            return new LessonProgress(done, total);
        }

        /** Whole percent done, 0 for a lesson without exercises. */
        public int percent() {
            return total == 0 ? 0 : Math.round(100f * done / total);
        }
    }

    /** A best score counts as solved when it is 1 (allowing for rounding in storage). */
    public static boolean solved(Double best) {
        return best != null && best >= 1 - 1e-9;
    }
}
