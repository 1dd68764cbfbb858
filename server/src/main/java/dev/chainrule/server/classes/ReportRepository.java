package dev.chainrule.server.classes;

import org.jdbi.v3.core.Jdbi;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The dashboard's reads: a class's members' records per (learner, exercise) and the named mistakes per exercise, both
 * from the per-(learner, exercise) summaries that each attempt insert keeps (V6), so they cost one row per cell however
 * many attempts there are; one learner's attempts, and every attempt streamed for the CSV. An attempt is late when it
 * was made after its exercise's deadline in this class (class_deadlines). Portable SQL.
 */
final class ReportRepository {

    /** How many members' attempts are read per query of the attempts export; the first query reads fewer, to start sooner. */
    static final int ATTEMPT_BATCH = 50;
    static final int FIRST_ATTEMPT_BATCH = 5;


    private final Jdbi jdbi;

    ReportRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /**
     * One learner's record on one exercise: attempts, best and summed score, late attempts, the score of the first
     * attempt, the number of the first attempt that scored 1 (null when none did) and the newest attempt's time.
     */
    record Cell(long learnerId, String exerciseId, int attempts, double best, double scoreSum, int late, double firstScore,
                Integer firstSuccess, Instant lastAttempt) {
    }

    /** How often a named mistake was matched in a class's attempts at one exercise. */
    record MistakeCount(String exerciseId, String mistake, int count) {
    }

    /** One attempt with what the learner answered, the verdicts (JSON as stored) and its named mistakes. */
    record AttemptRow(long id, long learnerId, String email, String exerciseId, double score, OffsetDateTime time, boolean late,
                      String answers, String verdicts, List<String> mistakes) {
    }

    /**
     * The members' cells, read from the per-(learner, exercise) summaries (learner_exercise_stats, V6) kept with each
     * attempt. Late attempts are counted from attempts only where there can be some: in the cells of an exercise with a
     * deadline in this class whose newest attempt is after it (index attempts_learner_exercise_time), and only for the
     * learners who have such a cell; when no cell can hold a late attempt that query is not run at all (on H2 it cost as
     * much as reading every cell, even when it found nothing).
     */
    List<Cell> cells(long classId) {
        return jdbi.withHandle(handle -> {
            Map<String, Instant> deadlines = new HashMap<>();
            handle.createQuery("SELECT exercise_id, due_at FROM class_deadlines WHERE class_id = :class")
                    .bind("class", classId)
                    .map((rs, ctx) -> deadlines.put(rs.getString("exercise_id"), rs.getObject("due_at", OffsetDateTime.class).toInstant()))
                    .forEach(row -> { });
            List<Cell> cells = new ArrayList<>();
            Set<Long> mayBeLate = new HashSet<>();
            handle.createQuery("""
                            SELECT s.learner_id, s.exercise_id, s.attempts, s.best_score, s.score_sum, s.first_score, s.first_success,
                                   s.last_attempt_at
                            FROM class_members m
                            JOIN learner_exercise_stats s ON s.learner_id = m.learner_id
                            WHERE m.class_id = :class""")
                    .bind("class", classId)
                    .map((rs, ctx) -> {
                        // by position: H2 looks a column name up (upper-cased) on every call, 400,000 times for a big class
                        long learner = rs.getLong(1);
                        String exercise = rs.getString(2);
                        int success = rs.getInt(7);
                        Integer firstSuccess = rs.wasNull() ? null : success;
                        Instant last = rs.getObject(8, OffsetDateTime.class).toInstant();
                        Instant due = deadlines.isEmpty() ? null : deadlines.get(exercise);
                        if (due != null && last.isAfter(due)) {
                            mayBeLate.add(learner);
                        }
                        return new Cell(learner, exercise, rs.getInt(3), rs.getDouble(4), rs.getDouble(5), 0, rs.getDouble(6),
                                firstSuccess, last);
                    })
                    .forEach(cells::add);
            if (mayBeLate.isEmpty()) {
                return cells;
            }
            Map<Long, Map<String, Integer>> late = new HashMap<>();
            handle.createQuery("""
                            SELECT a.learner_id, a.exercise_id, COUNT(*) AS late
                            FROM class_deadlines d
                            JOIN class_members m ON m.class_id = d.class_id
                            JOIN learner_exercise_stats s ON s.learner_id = m.learner_id AND s.exercise_id = d.exercise_id
                                                         AND s.last_attempt_at > d.due_at
                            JOIN attempts a ON a.learner_id = s.learner_id AND a.exercise_id = s.exercise_id AND a.created_at > d.due_at
                            WHERE d.class_id = :class AND m.learner_id IN (<learners>)
                            GROUP BY a.learner_id, a.exercise_id""")
                    .bind("class", classId)
                    .bindList("learners", new ArrayList<>(mayBeLate))
                    .map((rs, ctx) -> late.computeIfAbsent(rs.getLong(1), k -> new HashMap<>()).put(rs.getString(2), rs.getInt(3)))
                    .forEach(row -> { });
            cells.replaceAll(c -> {
                Integer n = late.getOrDefault(c.learnerId(), Map.of()).get(c.exerciseId());
                return n == null ? c : new Cell(c.learnerId(), c.exerciseId(), c.attempts(), c.best(), c.scoreSum(), n, c.firstScore(),
                        c.firstSuccess(), c.lastAttempt());
            });
            return cells;
        });
    }

    /**
     * How often each named mistake was matched at each exercise in the class members' attempts (in no order), from the
     * per-(learner, exercise) mistake summaries (V6). Summed here rather than with GROUP BY: H2 groups through a sorted
     * map, comparing the two strings of each of the ~46,000 rows of a big class several times, which cost more than
     * reading the rows.
     */
    List<MistakeCount> mistakes(long classId) {
        Map<String, Map<String, int[]>> counts = new HashMap<>();
        jdbi.useHandle(handle -> handle.createQuery("""
                        SELECT x.exercise_id, x.mistake, x.matches
                        FROM class_members m
                        JOIN learner_exercise_mistakes x ON x.learner_id = m.learner_id
                        WHERE m.class_id = :class""")
                .bind("class", classId)
                .map((rs, ctx) -> counts.computeIfAbsent(rs.getString(1), k -> new HashMap<>())
                        .computeIfAbsent(rs.getString(2), k -> new int[1])[0] += rs.getInt(3))
                .forEach(n -> { }));
        List<MistakeCount> out = new ArrayList<>();
        counts.forEach((exercise, byMistake) -> byMistake.forEach((mistake, n) -> out.add(new MistakeCount(exercise, mistake, n[0]))));
        return out;
    }

    /**
     * The class members' attempts, member by member in email order and each member's in time order (one learner's when
     * {@code learnerId} is not null), each passed to {@code sink} with its named mistakes and late mark.
     */
    void attempts(long classId, Long learnerId, Consumer<AttemptRow> sink) {
        // The members in email order first (one small query), then their attempts a batch of members at a time: the
        // first rows go out after one batch has been read, instead of after the whole class's attempts were sorted.
        List<Long> learners = jdbi.withHandle(handle -> {
            var query = handle.createQuery("""
                    SELECT m.learner_id FROM class_members m JOIN users u ON u.learner_id = m.learner_id
                    WHERE m.class_id = :class%s ORDER BY u.email""".formatted(learnerId == null ? "" : " AND m.learner_id = :learner"))
                    .bind("class", classId);
            if (learnerId != null) {
                query.bind("learner", learnerId);
            }
            return query.mapTo(Long.class).list();
        });
        for (int from = 0, size = FIRST_ATTEMPT_BATCH; from < learners.size(); from += size, size = ATTEMPT_BATCH) {
            List<Long> batch = learners.subList(from, Math.min(learners.size(), from + size));
            Map<Long, List<AttemptRow>> byLearner = attemptsOf(classId, batch);
            for (long learner : batch) {
                byLearner.getOrDefault(learner, List.of()).forEach(sink);
            }
        }
    }

    /** The attempts of {@code learners} (with their mistakes and late marks), by learner, each learner's in time order. */
    private Map<Long, List<AttemptRow>> attemptsOf(long classId, List<Long> learners) {
        String sql = """
                SELECT a.id, a.learner_id, u.email, a.exercise_id, a.score, a.created_at, a.answers, a.verdicts,
                       CASE WHEN d.due_at IS NOT NULL AND a.created_at > d.due_at THEN 1 ELSE 0 END AS late, x.mistake
                FROM attempts a
                JOIN users u ON u.learner_id = a.learner_id
                LEFT JOIN class_deadlines d ON d.class_id = :class AND d.exercise_id = a.exercise_id
                LEFT JOIN attempt_mistakes x ON x.attempt_id = a.id
                WHERE a.learner_id IN (<learners>)
                ORDER BY a.learner_id, a.created_at, a.id, x.mistake""";
        Map<Long, List<AttemptRow>> out = new HashMap<>();
        AttemptRow[] current = new AttemptRow[1];
        jdbi.useHandle(handle -> handle.createQuery(sql).bind("class", classId).bindList("learners", learners)
                .map((rs, ctx) -> {
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
                    current[0] = new AttemptRow(id, rs.getLong("learner_id"), rs.getString("email"),
                            rs.getString("exercise_id"), rs.getDouble("score"), rs.getObject("created_at", OffsetDateTime.class),
                            rs.getInt("late") == 1, rs.getString("answers"), rs.getString("verdicts"), mistakes);
                    return current[0];
                })
                .forEach(row -> {
                    if (row != null) {
                        out.computeIfAbsent(row.learnerId(), k -> new ArrayList<>()).add(row);
                    }
                }));
        return out;
    }
}
