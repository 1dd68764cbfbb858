package dev.chainrule.server.session;

import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;
import org.jdbi.v3.core.Jdbi;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Signed-in sessions kept in the database, so they survive a restart and work on every instance: the cookie carries a
 * 128-bit random token, the database only its SHA-256. A session ends after {@link #idleTimeout} without a request or
 * {@link #absoluteTimeout} after it began, whichever comes first.
 */
public final class SessionStore {

    public static final String COOKIE = "chainrule_session";
    public static final Duration DEFAULT_IDLE = Duration.ofDays(7);
    public static final Duration DEFAULT_ABSOLUTE = Duration.ofDays(30);
    /** last_seen_at is written at most this often per session, so most requests only read. */
    static final Duration TOUCH_INTERVAL = Duration.ofMinutes(1);
    private static final String ATTRIBUTE = SessionStore.class.getName();

    /**
     * A live session: its user, the user's learner row and the cookie token the request presented (null when a bearer
     * token authenticated the request: no cookie, so no CSRF token either).
     */
    public record Session(long userId, long learnerId, String token) {
    }

    private final SessionRepository repository;
    private final SecretTokens tokens;
    private final Clock clock;
    private final Duration idleTimeout;
    private final Duration absoluteTimeout;
    private final boolean secureCookies;

    public SessionStore(Jdbi jdbi, SecureRandom random, Clock clock, Duration idleTimeout, Duration absoluteTimeout,
                        boolean secureCookies) {
        this.repository = new SessionRepository(jdbi);
        this.tokens = new SecretTokens(random);
        this.clock = clock;
        this.idleTimeout = idleTimeout;
        this.absoluteTimeout = absoluteTimeout;
        this.secureCookies = secureCookies;
    }

    /** A new session of the user; returns its token (the cookie value). */
    public String create(long userId) {
        String token = tokens.next();
        Instant now = clock.instant();
        repository.insert(SecretTokens.hash(token), userId, now, now.plus(absoluteTimeout));
        return token;
    }

    /** The live session this token names; an expired one is deleted and not returned. */
    public Optional<Session> lookUp(String token) {
        if (!SecretTokens.isWellFormed(token)) {
            return Optional.empty();
        }
        String hash = SecretTokens.hash(token);
        Optional<SessionRepository.Row> row = repository.find(hash);
        if (row.isEmpty()) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        SessionRepository.Row found = row.get();
        if (!now.isBefore(found.expiresAt()) || !now.isBefore(found.lastSeenAt().plus(idleTimeout))) {
            repository.delete(hash);
            return Optional.empty();
        }
        if (!now.isBefore(found.lastSeenAt().plus(TOUCH_INTERVAL))) {
            repository.touch(hash, now);
        }
        return Optional.of(new Session(found.userId(), found.learnerId(), token));
    }

    public void delete(String token) {
        if (SecretTokens.isWellFormed(token)) {
            repository.delete(SecretTokens.hash(token));
        }
    }

    /** Ends every session of the user except {@code keepToken}'s (null: all of them); returns how many ended. */
    public int deleteOthers(long userId, String keepToken) {
        return repository.deleteOthers(userId, keepToken == null ? null : SecretTokens.hash(keepToken));
    }

    /** Deletes the sessions that have timed out; returns how many. */
    public int purgeExpired() {
        Instant now = clock.instant();
        return repository.deleteExpired(now, now.minus(idleTimeout));
    }

    /** The request's live session, if its cookie names one (looked up once per request). */
    public Optional<Session> find(Context ctx) {
        Optional<Session> cached = ctx.attribute(ATTRIBUTE);
        if (cached != null) {
            return cached;
        }
        Optional<Session> session = lookUp(ctx.cookie(COOKIE));
        ctx.attribute(ATTRIBUTE, session);
        return session;
    }

    /** Makes {@code session} the request's session (a bearer token's, checked by the access control first). */
    public void actAs(Context ctx, Session session) {
        ctx.attribute(ATTRIBUTE, Optional.of(session));
    }

    /**
     * Signs the user in on this request: ends the session the request came with (if any) and starts a new one with a
     * new token, so a token planted before login is worthless after it.
     */
    public Session start(Context ctx, long userId, long learnerId) {
        String old = ctx.cookie(COOKIE);
        if (old != null) {
            delete(old);
        }
        String token = create(userId);
        ctx.cookie(new Cookie(COOKIE, token, "/", (int) absoluteTimeout.toSeconds(), secure(ctx), true, null, SameSite.LAX));
        Session session = new Session(userId, learnerId, token);
        ctx.attribute(ATTRIBUTE, Optional.of(session));
        return session;
    }

    /** Signs the request out: deletes its session and clears the cookie. */
    public void end(Context ctx) {
        String token = ctx.cookie(COOKIE);
        if (token != null) {
            delete(token);
        }
        ctx.cookie(new Cookie(COOKIE, "", "/", 0, secure(ctx), true, null, SameSite.LAX));
        ctx.attribute(ATTRIBUTE, Optional.<Session>empty());
    }

    /** Whether cookies get the Secure flag: always when configured for HTTPS, else when this request came over HTTPS. */
    public boolean secure(Context ctx) {
        return secureCookies || ctx.req().isSecure();
    }
}
