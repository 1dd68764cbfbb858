package dev.chainrule.server.account;

import dev.chainrule.server.db.PlainJdbc;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/** Stores users and their password hashes. */
final class UserRepository {

    /** A user with the hash of their password, for logging in. */
    record Credentials(User user, String passwordHash) {
    }

    private static final String COLUMNS = "id, email, role, learner_id, created_at, language, password_hash";
    private static final RowMapper<Credentials> MAPPER = (rs, ctx) -> new Credentials(
            new User(rs.getLong("id"), rs.getString("email"), Role.of(rs.getString("role")), rs.getLong("learner_id"),
                    rs.getObject("created_at", OffsetDateTime.class).toInstant(), rs.getString("language")),
            rs.getString("password_hash"));

    private final Jdbi jdbi;

    UserRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /**
     * Creates a user in one transaction. With {@code guestLearnerId} the guest's learner row becomes the user's (its
     * cookie token is cleared so the guest cookie no longer opens it); without one, or when that row is no longer a
     * guest's, a fresh learner row is made.
     */
    User create(String email, String passwordHash, Role role, Long guestLearnerId, Instant now, String language) {
        return jdbi.inTransaction(handle -> {
            long learnerId = guestLearnerId != null && claimGuest(handle, guestLearnerId) ? guestLearnerId : newLearner(handle, now);
            long id = handle.createUpdate("INSERT INTO users (email, password_hash, role, learner_id, created_at, language)"
                            + " VALUES (:email, :hash, :role, :learner, :now, :language)")
                    .bind("language", language)
                    .bind("email", email)
                    .bind("hash", passwordHash)
                    .bind("role", role.id())
                    .bind("learner", learnerId)
                    .bind("now", now.atOffset(ZoneOffset.UTC))
                    .executeAndReturnGeneratedKeys("id")
                    .mapTo(Long.class)
                    .one();
            return new User(id, email, role, learnerId, now, language);
        });
    }

    private static boolean claimGuest(Handle handle, long learnerId) {
        return handle.createUpdate("UPDATE learners SET token_hash = NULL WHERE id = :id AND token_hash IS NOT NULL"
                        + " AND NOT EXISTS (SELECT 1 FROM users WHERE learner_id = :id)")
                .bind("id", learnerId)
                .execute() == 1;
    }

    private static long newLearner(Handle handle, Instant now) {
        return handle.createUpdate("INSERT INTO learners (token_hash, created_at) VALUES (NULL, :now)")
                .bind("now", now.atOffset(ZoneOffset.UTC))
                .executeAndReturnGeneratedKeys("id")
                .mapTo(Long.class)
                .one();
    }

    Optional<Credentials> findByEmail(String email) {
        return jdbi.withHandle(handle -> handle
                .createQuery("SELECT " + COLUMNS + " FROM users WHERE email = :email")
                .bind("email", email)
                .map(MAPPER)
                .findOne());
    }

    /** Asked on every signed-in page, so in plain JDBC ({@link PlainJdbc}). */
    Optional<Credentials> findById(long id) {
        return PlainJdbc.with(jdbi, connection -> {
            try (PreparedStatement query = connection.prepareStatement("SELECT " + COLUMNS + " FROM users WHERE id = ?")) {
                query.setLong(1, id);
                try (ResultSet rows = query.executeQuery()) {
                    return rows.next() ? Optional.of(MAPPER.map(rows, null)) : Optional.<Credentials>empty();
                }
            }
        });
    }

    /** Every user, oldest first. */
    List<User> all() {
        return jdbi.withHandle(handle -> handle
                .createQuery("SELECT " + COLUMNS + " FROM users ORDER BY id")
                .map(MAPPER)
                .map(Credentials::user)
                .list());
    }

    void updatePasswordHash(long id, String passwordHash) {
        jdbi.useHandle(handle -> handle
                .createUpdate("UPDATE users SET password_hash = :hash WHERE id = :id")
                .bind("hash", passwordHash)
                .bind("id", id)
                .execute());
    }

    /** Sets the user's role; false when there is no such user. */
    boolean updateRole(long id, Role role) {
        return jdbi.withHandle(handle -> handle
                .createUpdate("UPDATE users SET role = :role WHERE id = :id")
                .bind("role", role.id())
                .bind("id", id)
                .execute()) == 1;
    }

    /** Sets the language the user chose for the site. */
    void updateLanguage(long id, String language) {
        jdbi.useHandle(handle -> handle
                .createUpdate("UPDATE users SET language = :language WHERE id = :id")
                .bind("language", language)
                .bind("id", id)
                .execute());
    }
}
