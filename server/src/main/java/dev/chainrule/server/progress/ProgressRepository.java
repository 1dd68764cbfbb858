package dev.chainrule.server.progress;

import org.jdbi.v3.core.Jdbi;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads one learner's attempts for the progress page and {@code /api/v1/me/*}, each view in a single query: per exercise
 * the best score, the number of attempts and the newest few scores (window functions); and the newest attempts with
 * their named mistakes. Portable SQL for H2 and PostgreSQL.
 */
final class ProgressRepository {

    /** One graded attempt's score and time. */
    record ScoredAttempt(long id, String exerciseId, double score, Instant time) {
    }

    /** A learner's record on one exercise: best score, attempt count and the newest attempts (newest first, at most the number asked). */
    record ExerciseRecord(String exerciseId, double best, int attempts, List<ScoredAttempt> recent) {
    }

    /** A named mistake that one field of an attempt matched. */
    record NamedMistake(String field, String mistake) {
    }

    /** One attempt for the history: what was tried, when, the score and the named mistakes (by field). */
    record AttemptEntry(long id, String exerciseId, double score, Instant time, List<NamedMistake> mistakes) {
    }

    private final Jdbi jdbi;

    ProgressRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** exercise id -> the learner's record, for every exercise the learner attempted; {@code recent} newest attempts each. */
    Map<String, ExerciseRecord> exercises(long learnerId, int recent) {
        Map<String, Double> best = new LinkedHashMap<>();
        Map<String, Integer> counts = new LinkedHashMap<>();
        Map<String, List<ScoredAttempt>> newest = new LinkedHashMap<>();
        jdbi.useHandle(handle -> handle.createQuery("""
                        SELECT id, exercise_id, score, created_at, best, attempts FROM (
                            SELECT id, exercise_id, score, created_at,
                                   MAX(score) OVER (PARTITION BY exercise_id) AS best,
                                   COUNT(*) OVER (PARTITION BY exercise_id) AS attempts,
                                   ROW_NUMBER() OVER (PARTITION BY exercise_id ORDER BY created_at DESC, id DESC) AS recency
                            FROM attempts WHERE learner_id = :learner) ranked
                        WHERE recency <= :recent
                        ORDER BY exercise_id, recency""")
                .bind("learner", learnerId)
                .bind("recent", recent)
                .map((rs, context) -> {
                    String exercise = rs.getString("exercise_id");
                    best.put(exercise, rs.getDouble("best"));
                    counts.put(exercise, rs.getInt("attempts"));
                    return new ScoredAttempt(rs.getLong("id"), exercise, rs.getDouble("score"), time(rs.getObject("created_at", OffsetDateTime.class)));
                })
                .forEach(attempt -> newest.computeIfAbsent(attempt.exerciseId(), id -> new ArrayList<>()).add(attempt)));
        Map<String, ExerciseRecord> records = new LinkedHashMap<>();
        newest.forEach((exercise, attempts) -> records.put(exercise,
                new ExerciseRecord(exercise, best.get(exercise), counts.get(exercise), List.copyOf(attempts))));
        return records;
    }

    /** The learner's {@code limit} newest attempts, newest first, each with its named mistakes (ordered by field). */
    List<AttemptEntry> newestAttempts(long learnerId, int limit) {
        Map<Long, AttemptEntry> entries = new LinkedHashMap<>();
        Map<Long, List<NamedMistake>> mistakes = new LinkedHashMap<>();
        jdbi.useHandle(handle -> handle.createQuery("""
                        SELECT a.id, a.exercise_id, a.score, a.created_at, m.field, m.mistake
                        FROM (SELECT id, exercise_id, score, created_at FROM attempts WHERE learner_id = :learner
                              ORDER BY created_at DESC, id DESC LIMIT :limit) a
                        LEFT JOIN attempt_mistakes m ON m.attempt_id = a.id
                        ORDER BY a.created_at DESC, a.id DESC, m.field""")
                .bind("learner", learnerId)
                .bind("limit", limit)
                .map((rs, context) -> {
                    long id = rs.getLong("id");
                    List<NamedMistake> named = mistakes.computeIfAbsent(id, key -> new ArrayList<>());
                    if (rs.getString("mistake") != null) {
                        named.add(new NamedMistake(rs.getString("field"), rs.getString("mistake")));
                    }
                    return new AttemptEntry(id, rs.getString("exercise_id"), rs.getDouble("score"),
                            time(rs.getObject("created_at", OffsetDateTime.class)), named);
                })
                .forEach(entry -> entries.putIfAbsent(entry.id(), entry)));
        return entries.values().stream()
                .map(e -> new AttemptEntry(e.id(), e.exerciseId(), e.score(), e.time(), List.copyOf(e.mistakes())))
                .toList();
    }

    private static Instant time(OffsetDateTime stored) {
        return stored.toInstant();
    }
}
