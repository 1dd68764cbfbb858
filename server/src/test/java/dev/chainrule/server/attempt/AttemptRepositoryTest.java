package dev.chainrule.server.attempt;

import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class AttemptRepositoryTest {

    Jdbi jdbi;
    AttemptRepository attempts;
    long learner;
    long variant;

    @BeforeEach
    void migrateAFreshDatabase() {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
        jdbi = Jdbi.create(dataSource);
        attempts = new AttemptRepository(jdbi);
        learner = jdbi.withHandle(h -> h.createUpdate("INSERT INTO learners (token_hash, created_at) VALUES ('h', :now)")
                .bind("now", OffsetDateTime.now()).executeAndReturnGeneratedKeys("id").mapTo(Long.class).one());
        variant = jdbi.withHandle(h -> h.createUpdate("INSERT INTO variants (learner_id, exercise_id, number, seed, created_at)"
                        + " VALUES (:learner, 'e', 1, 7, :now)")
                .bind("learner", learner).bind("now", OffsetDateTime.now()).executeAndReturnGeneratedKeys("id").mapTo(Long.class).one());
    }

    @Test
    void anAttemptIsStoredWithOneRowPerNamedMistake() {
        Map<String, String> mistakes = new LinkedHashMap<>();
        mistakes.put("dU1", "transpose-missed");
        mistakes.put("delta1", "sigma-prime-as-sigma");
        long id = attempts.insert(learner, "e", variant, "{}", "[]", 0.25, mistakes);
        assertEquals(List.of("dU1 transpose-missed", "delta1 sigma-prime-as-sigma"),
                strings("SELECT field || ' ' || mistake FROM attempt_mistakes WHERE attempt_id = " + id + " ORDER BY mistake DESC"));
        assertEquals(List.of("0.25"), strings("SELECT score FROM attempts WHERE id = " + id));
    }

    @Test
    void anAttemptWithoutMistakesStoresNoMistakeRows() {
        attempts.insert(learner, "e", variant, "{}", "[]", 1, Map.of());
        assertEquals(List.of("1"), strings("SELECT COUNT(*) FROM attempts"));
        assertEquals(List.of("0"), strings("SELECT COUNT(*) FROM attempt_mistakes"));
    }

    @Test
    void theAttemptIsRolledBackWhenItsMistakesCannotBeStored() {
        Map<String, String> tooLong = Map.of("dU1", "x".repeat(65));
        assertThrows(RuntimeException.class, () -> attempts.insert(learner, "e", variant, "{}", "[]", 0, tooLong));
        assertEquals(List.of("0"), strings("SELECT COUNT(*) FROM attempts"));
        assertEquals(List.of("0"), strings("SELECT COUNT(*) FROM attempt_mistakes"));
        assertEquals(List.of("0"), strings("SELECT COUNT(*) FROM learner_exercise_stats"));
        assertEquals(List.of("0"), strings("SELECT COUNT(*) FROM learner_exercise_mistakes"));
    }

    @Test
    void eachAttemptUpdatesTheLearnersSummariesOfTheExercise() {
        Map<String, String> twice = new LinkedHashMap<>();
        twice.put("f1", "a");
        twice.put("f2", "a");
        attempts.insert(learner, "e", variant, "{}", "[]", 0.5, twice);
        assertEquals(List.of("e attempts=1 best=0.5 sum=0.5 first=0.5 success=null"), stats());
        attempts.insert(learner, "e", variant, "{}", "[]", 0, Map.of("f1", "b"));
        attempts.insert(learner, "e", variant, "{}", "[]", 1, Map.of());
        attempts.insert(learner, "e", variant, "{}", "[]", 0.5, Map.of("f1", "a"));
        attempts.insert(learner, "e", variant, "{}", "[]", 1, Map.of());
        assertEquals(List.of("e attempts=5 best=1.0 sum=3.0 first=0.5 success=3"), stats());
        assertEquals(List.of("e a 3", "e b 1"),
                strings("SELECT exercise_id || ' ' || mistake || ' ' || matches FROM learner_exercise_mistakes ORDER BY mistake"));
        assertEquals(strings("SELECT MAX(created_at) FROM attempts"), strings("SELECT last_attempt_at FROM learner_exercise_stats"));
    }

    @Test
    void theMigrationBackfillsTheSummariesFromExistingAttempts() {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").target("5").load().migrate();
        jdbi = Jdbi.create(dataSource);
        OffsetDateTime t0 = OffsetDateTime.parse("2026-02-01T08:00:00Z");
        jdbi.useHandle(h -> {
            h.execute("INSERT INTO learners (id, token_hash, created_at) VALUES (1, 'h', ?)", t0);
            h.execute("INSERT INTO variants (id, learner_id, exercise_id, number, seed, created_at) VALUES (1, 1, 'e', 1, 7, ?)", t0);
            // ids out of time order: the first attempt is the one made first (created_at, then id)
            Object[][] rows = {{10, 0.0, 3}, {11, 1.0, 2}, {12, 0.5, 1}, {13, 1.0, 4}, {14, 0.25, 1}};
            for (Object[] row : rows) {
                h.execute("INSERT INTO attempts (id, learner_id, exercise_id, variant_id, answers, verdicts, score, created_at)"
                        + " VALUES (?, 1, 'e', 1, '{}', '[]', ?, ?)", row[0], row[1], t0.plusMinutes((Integer) row[2]));
            }
            h.execute("INSERT INTO attempt_mistakes (attempt_id, field, mistake) VALUES (10, 'f1', 'a'), (10, 'f2', 'a'), (12, 'f1', 'b')");
        });
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
        // in time order: 12 (0.5) and 14 (0.25) at minute 1, then 11 (1.0), 10 (0.0), 13 (1.0)
        assertEquals(List.of("e attempts=5 best=1.0 sum=2.75 first=0.5 success=3"), stats());
        assertEquals(List.of("e a 2", "e b 1"),
                strings("SELECT exercise_id || ' ' || mistake || ' ' || matches FROM learner_exercise_mistakes ORDER BY mistake"));
        assertEquals(strings("SELECT MAX(created_at) FROM attempts"), strings("SELECT last_attempt_at FROM learner_exercise_stats"));
    }

    private List<String> stats() {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM learner_exercise_stats ORDER BY exercise_id")
                .map((rs, ctx) -> {
                    int success = rs.getInt("first_success");
                    String first = rs.wasNull() ? "null" : String.valueOf(success);
                    return rs.getString("exercise_id") + " attempts=" + rs.getInt("attempts") + " best=" + rs.getDouble("best_score")
                            + " sum=" + rs.getDouble("score_sum") + " first=" + rs.getDouble("first_score")
                            + " success=" + first;
                })
                .list());
    }

    private List<String> strings(String sql) {
        return jdbi.withHandle(h -> h.createQuery(sql).mapTo(String.class).list());
    }
}
