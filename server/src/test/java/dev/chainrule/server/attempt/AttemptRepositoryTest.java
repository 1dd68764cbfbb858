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
    }

    private List<String> strings(String sql) {
        return jdbi.withHandle(h -> h.createQuery(sql).mapTo(String.class).list());
    }
}
