package dev.chainrule.server.session;

import org.jdbi.v3.core.Jdbi;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Bearer tokens for scripts: {@code cr_} and 128 random bits, shown once when made; the database keeps only the
 * SHA-256. A token acts as its user until it is revoked (there is no expiry: revoke it when done).
 */
public final class ApiTokens {

    static final String PREFIX = "cr_";
    /** last_used_at is written at most this often per token, so most calls only read. */
    static final Duration TOUCH_INTERVAL = Duration.ofMinutes(1);

    /** A token just made: the secret is in this reply and nowhere else. */
    public record Created(long id, String token, Instant createdAt) {
    }

    /** A token as its owner sees it in the list: never the secret. */
    public record Listed(long id, Instant createdAt, Instant lastUsedAt) {
    }

    private final ApiTokenRepository repository;
    private final SecretTokens tokens;
    private final Clock clock;

    public ApiTokens(Jdbi jdbi, SecureRandom random, Clock clock) {
        this.repository = new ApiTokenRepository(jdbi);
        this.tokens = new SecretTokens(random);
        this.clock = clock;
    }

    public Created create(long userId) {
        String token = PREFIX + tokens.next();
        Instant now = clock.instant();
        long id = repository.insert(SecretTokens.hash(token), userId, now);
        return new Created(id, token, now);
    }

    /** The session a bearer token stands for (its {@code token} is null: nothing to derive a CSRF token from). */
    public Optional<SessionStore.Session> authenticate(String token) {
        if (token == null || !token.startsWith(PREFIX) || !SecretTokens.isWellFormed(token.substring(PREFIX.length()))) {
            return Optional.empty();
        }
        return repository.find(SecretTokens.hash(token)).map(row -> {
            Instant now = clock.instant();
            if (row.lastUsedAt() == null || !now.isBefore(row.lastUsedAt().plus(TOUCH_INTERVAL))) {
                repository.touch(row.id(), now);
            }
            return new SessionStore.Session(row.userId(), row.learnerId(), null);
        });
    }

    public List<Listed> list(long userId) {
        return repository.list(userId);
    }

    /** Revokes one of the user's tokens; false when the user has no token with this id. */
    public boolean revoke(long userId, long tokenId) {
        return repository.delete(tokenId, userId);
    }
}
