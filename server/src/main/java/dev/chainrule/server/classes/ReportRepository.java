package dev.chainrule.server.classes;

import org.jdbi.v3.core.Jdbi;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The dashboard's reads, each one query aggregated in the database: a class's members' attempts per (learner,
 * exercise), the named mistakes per exercise, one learner's attempts, and every attempt streamed for the CSV. An
 * attempt is late when it was made after its exercise's deadline in this class (class_deadlines). Portable SQL.
 */
final class ReportRepository {

    private final Jdbi jdbi;

    ReportRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /**
     * One learner's record on one exercise: attempts, best and summed score, late attempts, the score of the first
     * attempt and the number of the first attempt that scored 1 (null when none did).
     */
    record Cell(long learnerId, String exerciseId, int attempts, double best, double scoreSum, int late, double firstScore,
                Integer firstSuccess) {
    }

    /** How often a named mistake was matched in a class's attempts at one exercise. */
    record MistakeCount(String exerciseId, String mistake, int count) {
    }

    /** One attempt with what the learner answered, the verdicts (JSON as stored) and its named mistakes. */
    record AttemptRow(long id, long learnerId, String email, String exerciseId, double score, OffsetDateTime time, boolean late,
                      String answers, String verdicts, List<String> mistakes) {
    }

    private static final String SOLVED = "0.999999999";

    List<Cell> cells(long classId) {
        return jdbi.withHandle(handle -> handle.createQuery("""
                        SELECT learner_id, exercise_id, COUNT(*) AS attempts, MAX(score) AS best, SUM(score) AS score_sum,
                               SUM(late) AS late, MAX(CASE WHEN rn = 1 THEN score END) AS first_score,
                               MIN(CASE WHEN score >= %s THEN rn END) AS first_success
                        FROM (SELECT a.learner_id, a.exercise_id, a.score,
                                     CASE WHEN d.due_at IS NOT NULL AND a.created_at > d.due_at THEN 1 ELSE 0 END AS late,
                                     ROW_NUMBER() OVER (PARTITION BY a.learner_id, a.exercise_id ORDER BY a.created_at, a.id) AS rn
                              FROM class_members m
                              JOIN attempts a ON a.learner_id = m.learner_id
                              LEFT JOIN class_deadlines d ON d.class_id = m.class_id AND d.exercise_id = a.exercise_id
                              WHERE m.class_id = :class) ranked
                        GROUP BY learner_id, exercise_id""".formatted(SOLVED))
                .bind("class", classId)
                .map((rs, ctx) -> {
                    int success = rs.getInt("first_success");
                    return new Cell(rs.getLong("learner_id"), rs.getString("exercise_id"), rs.getInt("attempts"), rs.getDouble("best"),
                            rs.getDouble("score_sum"), rs.getInt("late"), rs.getDouble("first_score"), rs.wasNull() ? null : success);
                })
                .list());
    }

    List<MistakeCount> mistakes(long classId) {
        return jdbi.withHandle(handle -> handle.createQuery("""
                        SELECT a.exercise_id, x.mistake, COUNT(*) AS n
                        FROM class_members m
                        JOIN attempts a ON a.learner_id = m.learner_id
                        JOIN attempt_mistakes x ON x.attempt_id = a.id
                        WHERE m.class_id = :class
                        GROUP BY a.exercise_id, x.mistake""")
                .bind("class", classId)
                .map((rs, ctx) -> new MistakeCount(rs.getString("exercise_id"), rs.getString("mistake"), rs.getInt("n")))
                .list());
    }

    /**
     * The class members' attempts in time order (one learner's when {@code learnerId} is not null), each passed to
     * {@code sink} with its named mistakes: one query, its rows (one per mistake) folded as they stream.
     */
    void attempts(long classId, Long learnerId, Consumer<AttemptRow> sink) {
        String sql = """
                SELECT a.id, a.learner_id, u.email, a.exercise_id, a.score, a.created_at, a.answers, a.verdicts,
                       CASE WHEN d.due_at IS NOT NULL AND a.created_at > d.due_at THEN 1 ELSE 0 END AS late, x.mistake
                FROM class_members m
                JOIN users u ON u.learner_id = m.learner_id
                JOIN attempts a ON a.learner_id = m.learner_id
                LEFT JOIN class_deadlines d ON d.class_id = m.class_id AND d.exercise_id = a.exercise_id
                LEFT JOIN attempt_mistakes x ON x.attempt_id = a.id
                WHERE m.class_id = :class%s
                ORDER BY u.email, a.created_at, a.id, x.mistake""".formatted(learnerId == null ? "" : " AND m.learner_id = :learner");
        AttemptRow[] current = new AttemptRow[1];
        jdbi.useTransaction(handle -> { // PostgreSQL streams with a fetch size only inside a transaction
            var query = handle.createQuery(sql).bind("class", classId).setFetchSize(2000);
            if (learnerId != null) {
                query.bind("learner", learnerId);
            }
            query.map((rs, ctx) -> {
                        long id = rs.getLong("id");
                        String mistake = rs.getString("mistake");
                        if (current[0] != null && current[0].id() == id) {
                            current[0].mistakes().add(mistake);
                            return null;
                        }
                        List<String> mistakes = new ArrayList<>(1);
                        if (mistake != null) {
                            mistakes.add(mistake);
                        }
                        return new AttemptRow(id, rs.getLong("learner_id"), rs.getString("email"),
                                rs.getString("exercise_id"), rs.getDouble("score"), rs.getObject("created_at", OffsetDateTime.class),
                                rs.getInt("late") == 1, rs.getString("answers"), rs.getString("verdicts"), mistakes);
                    })
                    .forEach(row -> {
                        if (row != null) {
                            if (current[0] != null) {
                                sink.accept(current[0]);
                            }
                            current[0] = row;
                        }
                    });
        });
        if (current[0] != null) {
            sink.accept(current[0]);
        }
    }
}
