package dev.chainrule.server.learner;

import org.jdbi.v3.core.Jdbi;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

/** Stores learners: guests by the hash of their cookie token (null once the row belongs to an account). */
final class LearnerRepository {

    private final Jdbi jdbi;

    LearnerRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    Optional<Long> findByTokenHash(String tokenHash) {
        return jdbi.withHandle(handle -> handle
                .createQuery("SELECT id FROM learners WHERE token_hash = :hash")
                .bind("hash", tokenHash)
                .mapTo(Long.class)
                .findOne());
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
