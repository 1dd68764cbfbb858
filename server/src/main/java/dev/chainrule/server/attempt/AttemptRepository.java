package dev.chainrule.server.attempt;

import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.TreeMap;

/**
 * Stores graded attempts: the raw answers and the per-field verdicts as JSON text with the score, and the id of each
 * named mistake in its own row (so they can be counted per exercise), all in one transaction that also updates the
 * learner's summaries of the exercise (learner_exercise_stats, learner_exercise_mistakes; see V6) which the class
 * dashboard reads. The learner's row is locked first, so one learner's attempts are summarised one after the other.
 */
final class AttemptRepository {

    /** A score at or above this counts as a full score (as in the class report and the V6 backfill). */
    private static final double SOLVED = 0.999999999;

    private final Jdbi jdbi;

    AttemptRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** Inserts the attempt and its {@code mistakes} (field -> mistake id); returns the attempt's id. */
    long insert(long learnerId, String exerciseId, long variantId, String answersJson, String verdictsJson, double score,
                Map<String, String> mistakes) {
        return insert(learnerId, exerciseId, variantId, answersJson, verdictsJson, score, mistakes, null).id();
    }

    /** An attempt made earlier with the same idempotency key: what is needed to answer as it was answered. */
    record Earlier(long id, String exerciseId, String answersJson, long seed, int variantNumber) {
    }

    /** What {@link #insert} did: stored a new attempt ({@code earlier} null), or found the key's earlier attempt. */
    record Stored(long id, Earlier earlier) {
    }

    /**
     * Stores an attempt with its mistakes and updates the learner's summaries, in one transaction; with an
     * {@code idempotencyKey} the learner already used, stores nothing and returns that earlier attempt instead.
     */
    Stored insert(long learnerId, String exerciseId, long variantId, String answersJson, String verdictsJson, double score,
                  Map<String, String> mistakes, String idempotencyKey) {
        return jdbi.inTransaction(handle -> {
            try {
                return insert(handle.getConnection(), learnerId, exerciseId, variantId, answersJson, verdictsJson, score,
                        mistakes, idempotencyKey);
            } catch (SQLException e) {
                throw new UnableToExecuteStatementException(e, null);
            }
        });
    }

    /**
     * The transaction's statements, in plain JDBC on its connection: every submission makes them, and Jdbi's own work
     * per statement cost about half of what H2 spent running them.
     */
    private static Stored insert(Connection connection, long learnerId, String exerciseId, long variantId, String answersJson,
                                 String verdictsJson, double score, Map<String, String> mistakes, String idempotencyKey)
            throws SQLException {
        // serialises this learner's inserts: the summaries' update-or-insert below cannot race, each attempt's
        // time is taken after the learner's previous attempt committed, so it is the newest (the summaries assume
        // so), and two submissions with one idempotency key cannot both be stored
        try (PreparedStatement lock = connection.prepareStatement("SELECT id FROM learners WHERE id = ? FOR UPDATE")) {
            lock.setLong(1, learnerId);
            lock.executeQuery().close();
        }
        if (idempotencyKey != null) {
            try (PreparedStatement query = connection.prepareStatement("""
                    SELECT a.id, a.exercise_id, a.answers, v.seed, v.number FROM attempts a
                    JOIN variants v ON v.id = a.variant_id
                    WHERE a.learner_id = ? AND a.idempotency_key = ?""")) {
                query.setLong(1, learnerId);
                query.setString(2, idempotencyKey);
                try (ResultSet rows = query.executeQuery()) {
                    if (rows.next()) {
                        Earlier earlier = new Earlier(rows.getLong(1), rows.getString(2), rows.getString(3), rows.getLong(4), rows.getInt(5));
                        return new Stored(earlier.id(), earlier);
                    }
                }
            }
        }
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        long id;
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO attempts (learner_id, exercise_id, variant_id,"
                + " answers, verdicts, score, created_at, idempotency_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", new String[] {"id"})) {
            insert.setLong(1, learnerId);
            insert.setString(2, exerciseId);
            insert.setLong(3, variantId);
            insert.setString(4, answersJson);
            insert.setString(5, verdictsJson);
            insert.setDouble(6, score);
            insert.setObject(7, now);
            insert.setString(8, idempotencyKey);
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                if (!keys.next()) {
                    throw new SQLException("the database returned no id for the new attempt");
                }
                id = keys.getLong(1);
            }
        }
        if (!mistakes.isEmpty()) {
            try (PreparedStatement batch = connection.prepareStatement(
                    "INSERT INTO attempt_mistakes (attempt_id, field, mistake) VALUES (?, ?, ?)")) {
                for (Map.Entry<String, String> mistake : mistakes.entrySet()) {
                    batch.setLong(1, id);
                    batch.setString(2, mistake.getKey());
                    batch.setString(3, mistake.getValue());
                    batch.addBatch();
                }
                batch.executeBatch();
            }
        }
        summarise(connection, learnerId, exerciseId, score, now, mistakes);
        return new Stored(id, null);
    }

    /** Adds the attempt to the learner's summaries of the exercise (new rows for the first attempt, the first mistake). */
    private static void summarise(Connection connection, long learnerId, String exerciseId, double score, OffsetDateTime now,
                                  Map<String, String> mistakes) throws SQLException {
        int solved = score >= SOLVED ? 1 : 0;
        int updated;
        try (PreparedStatement update = connection.prepareStatement("""
                UPDATE learner_exercise_stats
                SET attempts = attempts + 1,
                    best_score = CASE WHEN best_score < ? THEN ? ELSE best_score END,
                    score_sum = score_sum + ?,
                    first_success = CASE WHEN first_success IS NULL AND ? = 1 THEN attempts + 1 ELSE first_success END,
                    last_attempt_at = CASE WHEN last_attempt_at < ? THEN ? ELSE last_attempt_at END
                WHERE learner_id = ? AND exercise_id = ?""")) {
            update.setDouble(1, score);
            update.setDouble(2, score);
            update.setDouble(3, score);
            update.setInt(4, solved);
            update.setObject(5, now);
            update.setObject(6, now);
            update.setLong(7, learnerId);
            update.setString(8, exerciseId);
            updated = update.executeUpdate();
        }
        if (updated == 0) {
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO learner_exercise_stats (learner_id,"
                    + " exercise_id, attempts, best_score, score_sum, first_score, first_success, last_attempt_at)"
                    + " VALUES (?, ?, 1, ?, ?, ?, ?, ?)")) {
                insert.setLong(1, learnerId);
                insert.setString(2, exerciseId);
                insert.setDouble(3, score);
                insert.setDouble(4, score);
                insert.setDouble(5, score);
                if (solved == 1) {
                    insert.setInt(6, 1);
                } else {
                    insert.setNull(6, Types.INTEGER);
                }
                insert.setObject(7, now);
                insert.executeUpdate();
            }
        }
        Map<String, Integer> counts = new TreeMap<>();
        mistakes.values().forEach(mistake -> counts.merge(mistake, 1, Integer::sum));
        for (Map.Entry<String, Integer> count : counts.entrySet()) {
            int changed;
            try (PreparedStatement update = connection.prepareStatement("UPDATE learner_exercise_mistakes SET matches = matches + ?"
                    + " WHERE learner_id = ? AND exercise_id = ? AND mistake = ?")) {
                update.setInt(1, count.getValue());
                update.setLong(2, learnerId);
                update.setString(3, exerciseId);
                update.setString(4, count.getKey());
                changed = update.executeUpdate();
            }
            if (changed == 0) {
                try (PreparedStatement insert = connection.prepareStatement("INSERT INTO learner_exercise_mistakes"
                        + " (learner_id, exercise_id, mistake, matches) VALUES (?, ?, ?, ?)")) {
                    insert.setLong(1, learnerId);
                    insert.setString(2, exerciseId);
                    insert.setString(3, count.getKey());
                    insert.setInt(4, count.getValue());
                    insert.executeUpdate();
                }
            }
        }
    }
}
