package dev.chainrule.server.learner;

import dev.chainrule.server.db.PlainJdbc;
import org.jdbi.v3.core.Jdbi;

import java.sql.PreparedStatement;
import java.sql.ResultSet;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

/** Stores learners: guests by the hash of their cookie token (null once the row belongs to an account). */
final class LearnerRepository {

    private final Jdbi jdbi;

    LearnerRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** Asked on every request with a guest cookie, so in plain JDBC ({@link PlainJdbc}). */
    Optional<Long> findByTokenHash(String tokenHash) {
        return PlainJdbc.with(jdbi, connection -> {
            try (PreparedStatement query = connection.prepareStatement("SELECT id FROM learners WHERE token_hash = ?")) {
                query.setString(1, tokenHash);
                try (ResultSet rows = query.executeQuery()) {
                    return rows.next() ? Optional.of(rows.getLong(1)) : Optional.<Long>empty();
                }
            }
        });
    }

    long create(String tokenHash) {
        return jdbi.withHandle(handle -> handle
                .createUpdate("INSERT INTO learners (token_hash, created_at) VALUES (:hash, :now)")
                .bind("hash", tokenHash)
                .bind("now", OffsetDateTime.now(ZoneOffset.UTC))
                .executeAndReturnGeneratedKeys("id")
                .mapTo(Long.class)
                .one());
    }
}
