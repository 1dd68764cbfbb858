package dev.chainrule.server.session;

import org.jdbi.v3.core.Jdbi;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/** Stores the bearer tokens of scripts by the hash of their secret, with the user's learner row joined in. */
final class ApiTokenRepository {

    /** A stored token as read back for authentication. */
    record Row(long id, long userId, long learnerId, Instant lastUsedAt) {
    }

    private final Jdbi jdbi;

    ApiTokenRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    long insert(String tokenHash, long userId, Instant now) {
        return jdbi.withHandle(handle -> handle
                .createUpdate("INSERT INTO api_tokens (token_hash, user_id, created_at) VALUES (:hash, :user, :now)")
                .bind("hash", tokenHash)
                .bind("user", userId)
                .bind("now", utc(now))
                .executeAndReturnGeneratedKeys("id")
                .mapTo(Long.class)
                .one());
    }

    Optional<Row> find(String tokenHash) {
        return jdbi.withHandle(handle -> handle
                .createQuery("SELECT t.id, t.user_id, u.learner_id, t.last_used_at FROM api_tokens t"
                        + " JOIN users u ON u.id = t.user_id WHERE t.token_hash = :hash")
                .bind("hash", tokenHash)
                .map((rs, ctx) -> {
                    OffsetDateTime used = rs.getObject("last_used_at", OffsetDateTime.class);
                    return new Row(rs.getLong("id"), rs.getLong("user_id"), rs.getLong("learner_id"), used == null ? null : used.toInstant());
                })
                .findOne());
    }

    /** The user's tokens, oldest first. */
    List<ApiTokens.Listed> list(long userId) {
        return jdbi.withHandle(handle -> handle
                .createQuery("SELECT id, created_at, last_used_at FROM api_tokens WHERE user_id = :user ORDER BY id")
                .bind("user", userId)
                .map((rs, ctx) -> {
                    OffsetDateTime used = rs.getObject("last_used_at", OffsetDateTime.class);
                    return new ApiTokens.Listed(rs.getLong("id"), rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                            used == null ? null : used.toInstant());
                })
                .list());
    }

    void touch(long id, Instant now) {
        jdbi.useHandle(handle -> handle
                .createUpdate("UPDATE api_tokens SET last_used_at = :now WHERE id = :id")
                .bind("id", id)
                .bind("now", utc(now))
                .execute());
    }

    /** Deletes the token if it is the user's; false when the user has no token with this id. */
    boolean delete(long id, long userId) {
        return jdbi.withHandle(handle -> handle
                .createUpdate("DELETE FROM api_tokens WHERE id = :id AND user_id = :user")
                .bind("id", id)
                .bind("user", userId)
                .execute()) == 1;
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
