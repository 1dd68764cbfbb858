package dev.chainrule.server.reliability;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The attempts a database holds, read directly (not through the server), to hold them row by row against the
 * submissions the server acknowledged: the same exercise, variant, answers, score, per-field verdicts and named
 * mistakes, each simulated learner always the same learner row and no two the same; and the per-learner summaries
 * the dashboard reads (V6) agreeing with the attempts they summarise.
 */
final class StoredAttempts {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** One stored attempt. */
    record Row(long id, long learnerId, String exercise, int variant, Map<String, String> answers, double score,
               List<String> statuses, Map<String, String> mistakes) {
    }

    private final Map<Long, Row> rows;
    private final List<String> summaryProblems;

    private StoredAttempts(Map<Long, Row> rows, List<String> summaryProblems) {
        this.rows = rows;
        this.summaryProblems = summaryProblems;
    }

    static StoredAttempts read(Connection connection) throws SQLException {
        Map<Long, Map<String, String>> mistakes = new HashMap<>();
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT attempt_id, field, mistake FROM attempt_mistakes")) {
            while (rs.next()) {
                mistakes.computeIfAbsent(rs.getLong(1), id -> new TreeMap<>()).put(rs.getString(2), rs.getString(3));
            }
        }
        Map<Long, Row> rows = new LinkedHashMap<>();
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT a.id, a.learner_id, a.exercise_id, v.number, a.answers, a.verdicts, a.score"
                     + " FROM attempts a JOIN variants v ON v.id = a.variant_id ORDER BY a.id")) {
            while (rs.next()) {
                long id = rs.getLong(1);
                rows.put(id, new Row(id, rs.getLong(2), rs.getString(3), rs.getInt(4), answers(rs.getString(5)), rs.getDouble(7),
                        statuses(rs.getString(6)), mistakes.getOrDefault(id, Map.of())));
            }
        }
        List<String> summaryProblems = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT s.learner_id, s.exercise_id, s.attempts, COUNT(a.id)"
                     + " FROM learner_exercise_stats s LEFT JOIN attempts a"
                     + " ON a.learner_id = s.learner_id AND a.exercise_id = s.exercise_id"
                     + " GROUP BY s.learner_id, s.exercise_id, s.attempts HAVING s.attempts <> COUNT(a.id)")) {
            while (rs.next()) {
                summaryProblems.add("learner " + rs.getLong(1) + ", " + rs.getString(2) + ": the summary counts " + rs.getInt(3)
                        + " attempts, the attempts table has " + rs.getLong(4));
            }
        }
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT COUNT(*) FROM (SELECT DISTINCT learner_id, exercise_id FROM attempts) pairs"
                     + " WHERE NOT EXISTS (SELECT 1 FROM learner_exercise_stats s"
                     + " WHERE s.learner_id = pairs.learner_id AND s.exercise_id = pairs.exercise_id)")) {
            rs.next();
            if (rs.getLong(1) > 0) {
                summaryProblems.add(rs.getLong(1) + " (learner, exercise) pairs with attempts have no summary row");
            }
        }
        return new StoredAttempts(rows, summaryProblems);
    }

    int size() {
        return rows.size();
    }

    /** Rows no acknowledgement names: submissions stored whose reply never arrived (in flight at a crash or an outage). */
    int unacknowledged(List<Acknowledged> acknowledged) {
        Set<Long> ids = new HashSet<>();
        acknowledged.forEach(a -> ids.add(a.attempt()));
        return (int) rows.keySet().stream().filter(id -> !ids.contains(id)).count();
    }

    /** Every difference between the acknowledged submissions and what is stored; empty when all are there as sent. */
    List<String> problems(List<Acknowledged> acknowledged) {
        List<String> problems = new ArrayList<>(summaryProblems);
        Map<Integer, Long> learnerRows = new HashMap<>();
        Map<Long, Integer> rowLearners = new HashMap<>();
        for (Acknowledged ack : acknowledged) {
            Row row = rows.get(ack.attempt());
            if (row == null) {
                problems.add("attempt " + ack.attempt() + " of learner " + ack.learner() + " (" + ack.exercise() + ") was acknowledged but is not stored");
                continue;
            }
            Row expected = new Row(ack.attempt(), row.learnerId(), ack.exercise(), ack.variant(), ack.answers(), ack.score(),
                    ack.statuses(), new TreeMap<>(ack.mistakes()));
            Row stored = new Row(row.id(), row.learnerId(), row.exercise(), row.variant(), row.answers(), row.score(), row.statuses(),
                    new TreeMap<>(row.mistakes()));
            if (!expected.equals(stored)) {
                problems.add("attempt " + ack.attempt() + " differs: acknowledged " + expected + ", stored " + stored);
            }
            Long before = learnerRows.putIfAbsent(ack.learner(), row.learnerId());
            if (before != null && before != row.learnerId()) {
                problems.add("learner " + ack.learner() + "'s attempts belong to learner rows " + before + " and " + row.learnerId());
            }
            Integer other = rowLearners.putIfAbsent(row.learnerId(), ack.learner());
            if (other != null && other != ack.learner()) {
                problems.add("learners " + other + " and " + ack.learner() + " share learner row " + row.learnerId());
            }
        }
        return problems;
    }

    private static Map<String, String> answers(String json) {
        try {
            return JSON.readValue(json, new TypeReference<LinkedHashMap<String, String>>() { });
        } catch (IOException e) {
            throw new IllegalStateException("stored answers are not a JSON object of strings: " + json, e);
        }
    }

    private static List<String> statuses(String json) {
        try {
            List<String> statuses = new ArrayList<>();
            for (JsonNode field : JSON.readTree(json)) {
                statuses.add(field.path("status").asText());
            }
            return statuses;
        } catch (IOException e) {
            throw new IllegalStateException("stored verdicts are not JSON: " + json, e);
        }
    }
}
