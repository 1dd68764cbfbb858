package dev.chainrule.server.session;

import dev.chainrule.server.db.PlainJdbc;
import org.jdbi.v3.core.Jdbi;

import java.sql.PreparedStatement;
import java.sql.ResultSet;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

/** Stores signed-in sessions by the hash of their token, with the user's learner row joined in. */
final class SessionRepository {

    /** A stored session as read back, with the learner row of its user. */
    record Row(long userId, long learnerId, Instant lastSeenAt, Instant expiresAt) {
    }

    private final Jdbi jdbi;

    SessionRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    void insert(String tokenHash, long userId, Instant now, Instant expiresAt) {
        jdbi.useHandle(handle -> handle
                .createUpdate("INSERT INTO sessions (token_hash, user_id, created_at, last_seen_at, expires_at)"
                        + " VALUES (:hash, :user, :now, :now, :expires)")
                .bind("hash", tokenHash)
                .bind("user", userId)
                .bind("now", utc(now))
                .bind("expires", utc(expiresAt))
                .execute());
    }

    /** Asked on every signed-in request, so in plain JDBC ({@link PlainJdbc}). */
    Optional<Row> find(String tokenHash) {
        return PlainJdbc.with(jdbi, connection -> {
            try (PreparedStatement query = connection.prepareStatement("SELECT s.user_id, u.learner_id, s.last_seen_at,"
                    + " s.expires_at FROM sessions s JOIN users u ON u.id = s.user_id WHERE s.token_hash = ?")) {
                query.setString(1, tokenHash);
                try (ResultSet rows = query.executeQuery()) {
                    return rows.next() ? Optional.of(new Row(rows.getLong(1), rows.getLong(2),
                            rows.getObject(3, OffsetDateTime.class).toInstant(), rows.getObject(4, OffsetDateTime.class).toInstant()))
                            : Optional.<Row>empty();
                }
            }
        });
    }

    void touch(String tokenHash, Instant now) {
        jdbi.useHandle(handle -> handle
                .createUpdate("UPDATE sessions SET last_seen_at = :now WHERE token_hash = :hash AND last_seen_at < :now")
                .bind("hash", tokenHash)
                .bind("now", utc(now))
                .execute());
    }

    void delete(String tokenHash) {
        jdbi.useHandle(handle -> handle
                .createUpdate("DELETE FROM sessions WHERE token_hash = :hash")
                .bind("hash", tokenHash)
                .execute());
    }

    /** Ends every session of the user except the one with {@code keepHash} (null: all of them). */
    int deleteOthers(long userId, String keepHash) {
        return jdbi.withHandle(handle -> keepHash == null
                ? handle.createUpdate("DELETE FROM sessions WHERE user_id = :user").bind("user", userId).execute()
                : handle.createUpdate("DELETE FROM sessions WHERE user_id = :user AND token_hash <> :keep")
                        .bind("user", userId).bind("keep", keepHash).execute());
    }

    int deleteExpired(Instant now, Instant idleSince) {
        return jdbi.withHandle(handle -> handle
                .createUpdate("DELETE FROM sessions WHERE expires_at <= :now OR last_seen_at <= :idle")
                .bind("now", utc(now))
                .bind("idle", utc(idleSince))
                .execute());
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
