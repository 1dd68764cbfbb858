package dev.chainrule.server.account;

import dev.chainrule.server.MigratedDatabases;

import dev.chainrule.server.session.ApiTokens;
import dev.chainrule.server.session.SessionStore;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The user repository and the session store against both databases: H2 always, PostgreSQL when
 * {@code CHAINRULE_TEST_POSTGRES_URL} names one (required when {@code CHAINRULE_TEST_REQUIRE_POSTGRES=true}, as bin/test sets).
 */
class AccountStorageTest {

    @TempDir
    Path dir;

    /** A clock the test moves by hand. */
    static final class ManualClock extends Clock {
        Instant now = Instant.parse("2026-01-05T10:00:00Z");

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private Jdbi database(String kind) {
        return MigratedDatabases.open(kind, dir.resolve("accounts"));
    }

    private static String uniqueEmail() {
        return "u" + UUID.randomUUID().toString().replace("-", "") + "@example.org";
    }

    private static long guestLearner(Jdbi jdbi) {
        return jdbi.withHandle(h -> h.createUpdate("INSERT INTO learners (token_hash, created_at) VALUES (:hash, CURRENT_TIMESTAMP)")
                .bind("hash", UUID.randomUUID().toString().replace("-", ""))
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one());
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void usersAreStoredFoundAndTheirRoleAndPasswordChanged(String kind) {
        Jdbi jdbi = database(kind);
        UserRepository users = new UserRepository(jdbi);
        String email = uniqueEmail();
        Instant now = Instant.parse("2026-03-01T12:00:00Z");
        User created = users.create(email, "hash-1", Role.LEARNER, null, now, null);
        UserRepository.Credentials found = users.findByEmail(email).orElseThrow();
        assertEquals(created, found.user());
        assertEquals(now, found.user().createdAt());
        assertEquals("hash-1", found.passwordHash());
        assertEquals(Optional.of(found), users.findById(created.id()));

        users.updatePasswordHash(created.id(), "hash-2");
        assertTrue(users.updateRole(created.id(), Role.TEACHER));
        assertFalse(users.updateRole(-1, Role.TEACHER));
        UserRepository.Credentials changed = users.findById(created.id()).orElseThrow();
        assertEquals("hash-2", changed.passwordHash());
        assertEquals(Role.TEACHER, changed.user().role());
        assertTrue(users.all().stream().anyMatch(u -> u.id() == created.id()));
        assertThrows(RuntimeException.class, () -> users.create(email, "hash-3", Role.LEARNER, null, now, null), "emails are unique");
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void aNewUserTakesOverTheGuestsLearnerRowOnlyOnce(String kind) {
        Jdbi jdbi = database(kind);
        UserRepository users = new UserRepository(jdbi);
        long guest = guestLearner(jdbi);
        User first = users.create(uniqueEmail(), "h", Role.LEARNER, guest, Instant.now(), null);
        assertEquals(guest, first.learnerId());
        assertEquals(0, (int) jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM learners WHERE id = :id AND token_hash IS NOT NULL")
                .bind("id", guest).mapTo(Integer.class).one()));
        User second = users.create(uniqueEmail(), "h", Role.LEARNER, guest, Instant.now(), null);
        assertNotEquals(guest, second.learnerId(), "a learner row that already belongs to an account is not handed over again");
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void sessionsEndAfterTheIdleOrTheAbsoluteTimeout(String kind) {
        Jdbi jdbi = database(kind);
        User user = new UserRepository(jdbi).create(uniqueEmail(), "h", Role.LEARNER, null, Instant.now(), null);
        ManualClock clock = new ManualClock();
        SessionStore sessions = new SessionStore(jdbi, new SecureRandom(), clock, Duration.ofDays(7), Duration.ofDays(30), false);

        String token = sessions.create(user.id());
        assertEquals(Optional.of(new SessionStore.Session(user.id(), user.learnerId(), token)), sessions.lookUp(token));
        for (int week = 0; week < 4; week++) {
            clock.advance(Duration.ofDays(6));
            assertTrue(sessions.lookUp(token).isPresent(), "used every 6 days, the session stays alive until day 30");
        }
        clock.advance(Duration.ofDays(6));
        assertTrue(sessions.lookUp(token).isEmpty(), "30 days after it began the session is over however active");

        String idle = sessions.create(user.id());
        clock.advance(Duration.ofDays(7));
        assertTrue(sessions.lookUp(idle).isEmpty(), "7 days without a request end a session");
        assertTrue(sessions.lookUp("not-a-token").isEmpty());
        assertTrue(sessions.lookUp(null).isEmpty());
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void sessionsAreDeletedOneByOneAllButOneOrWhenExpired(String kind) {
        Jdbi jdbi = database(kind);
        User user = new UserRepository(jdbi).create(uniqueEmail(), "h", Role.LEARNER, null, Instant.now(), null);
        ManualClock clock = new ManualClock();
        SessionStore sessions = new SessionStore(jdbi, new SecureRandom(), clock, Duration.ofDays(7), Duration.ofDays(30), false);
        String a = sessions.create(user.id());
        String b = sessions.create(user.id());
        String c = sessions.create(user.id());
        assertNotEquals(a, b);
        sessions.delete(a);
        assertTrue(sessions.lookUp(a).isEmpty());
        assertEquals(1, sessions.deleteOthers(user.id(), c));
        assertTrue(sessions.lookUp(b).isEmpty());
        assertTrue(sessions.lookUp(c).isPresent());
        assertEquals(1, sessions.deleteOthers(user.id(), null));
        assertTrue(sessions.lookUp(c).isEmpty());

        sessions.create(user.id());
        clock.advance(Duration.ofDays(8));
        assertTrue(sessions.purgeExpired() >= 1);
        assertEquals(0, (int) jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM sessions WHERE user_id = :u")
                .bind("u", user.id()).mapTo(Integer.class).one()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void apiTokensAreStoredAsHashesUsedListedAndRevokedByTheirOwnerOnly(String kind) {
        Jdbi jdbi = database(kind);
        ManualClock clock = new ManualClock();
        ApiTokens tokens = new ApiTokens(jdbi, new SecureRandom(), clock);
        User ada = new UserRepository(jdbi).create(uniqueEmail(), "hash", Role.LEARNER, null, clock.instant(), null);
        User bob = new UserRepository(jdbi).create(uniqueEmail(), "hash", Role.LEARNER, null, clock.instant(), null);
        ApiTokens.Created token = tokens.create(ada.id());
        assertEquals(0, (int) jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM api_tokens WHERE token_hash = :t")
                .bind("t", token.token()).mapTo(Integer.class).one()), "only the hash is stored");
        assertEquals(List.of(new ApiTokens.Listed(token.id(), clock.instant(), null)), tokens.list(ada.id()));

        clock.advance(Duration.ofMinutes(5));
        SessionStore.Session session = tokens.authenticate(token.token()).orElseThrow();
        assertEquals(ada.id(), session.userId());
        assertEquals(ada.learnerId(), session.learnerId());
        assertEquals(null, session.token(), "no cookie token, so no CSRF token");
        assertEquals(clock.instant(), tokens.list(ada.id()).get(0).lastUsedAt());
        assertEquals(Optional.empty(), tokens.authenticate(token.token() + "x"));
        assertEquals(Optional.empty(), tokens.authenticate(token.token().substring(3)));

        assertFalse(tokens.revoke(bob.id(), token.id()), "not Bob's to revoke");
        assertTrue(tokens.authenticate(token.token()).isPresent());
        assertTrue(tokens.revoke(ada.id(), token.id()));
        assertEquals(Optional.empty(), tokens.authenticate(token.token()));
        assertEquals(List.of(), tokens.list(ada.id()));
    }
}
