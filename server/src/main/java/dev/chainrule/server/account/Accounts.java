package dev.chainrule.server.account;

import dev.chainrule.server.session.SessionStore;
import dev.chainrule.server.web.Viewer;
import io.javalin.http.Context;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** Signs users up and in, changes passwords and roles, and bootstraps the first admin. */
public final class Accounts {

    private static final Logger LOG = LoggerFactory.getLogger(Accounts.class);
    /** No spaces, control characters (NUL, a bell, an escape) or unpaired surrogates anywhere in an address. */
    private static final Pattern EMAIL = Pattern.compile("[^@\\s\\p{Cntrl}\\p{Cs}]+@[^@\\s\\p{Cntrl}\\p{Cs}]+\\.[^@\\s\\p{Cntrl}\\p{Cs}]+");
    private static final int MAX_EMAIL = 254;
    private static final String CURRENT_USER = Accounts.class.getName() + ".user";

    /** What went wrong with a form: the field at fault and the message key that says why. */
    public record Problem(String field, String key) {
    }

    /** The outcome of a log-in. */
    public sealed interface LogIn {
        record Success(User user) implements LogIn {
        }

        record Refused() implements LogIn {
        }

        record Throttled(Duration retryAfter) implements LogIn {
        }
    }

    private final UserRepository users;
    private final PasswordHasher hasher;
    private final PasswordPolicy policy;
    private final LoginThrottle throttle;
    private final SessionStore sessions;
    private final Clock clock;

    public Accounts(Jdbi jdbi, SessionStore sessions, Clock clock) {
        this.users = new UserRepository(jdbi);
        this.hasher = new PasswordHasher();
        this.policy = PasswordPolicy.fromClasspath();
        this.throttle = new LoginThrottle(clock);
        this.sessions = sessions;
        this.clock = clock;
    }

    /** The email as stored: trimmed and lower-cased. */
    public static String normalizeEmail(String email) {
        return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    }

    /**
     * Creates a learner account; {@code guestLearnerId} (may be null) is the guest whose variants and attempts the
     * account takes over. Returns the user or the problem with the form.
     */
    public Result<User> signUp(String rawEmail, String password, String confirmation, Long guestLearnerId, String language) {
        String email = normalizeEmail(rawEmail);
        Optional<Problem> problem = emailProblem(email)
                .or(() -> newPasswordProblem(password, confirmation, email));
        if (problem.isPresent()) {
            return Result.problem(problem.get());
        }
        if (users.findByEmail(email).isPresent()) {
            return Result.problem(new Problem("email", "account.error.emailTaken"));
        }
        try {
            return Result.ok(users.create(email, hasher.hash(password), Role.LEARNER, guestLearnerId, clock.instant(), language));
        } catch (StatementException e) {
            if (users.findByEmail(email).isPresent()) {
                return Result.problem(new Problem("email", "account.error.emailTaken"));
            }
            throw e;
        }
    }

    /** Checks the password, counting failures per account and per client address. */
    public LogIn logIn(String rawEmail, String password, String address) {
        String email = normalizeEmail(rawEmail);
        Duration wait = throttle.wait(email, address);
        if (!wait.isZero() && !wait.isNegative()) {
            return new LogIn.Throttled(wait);
        }
        Optional<UserRepository.Credentials> found = users.findByEmail(email);
        String given = password == null ? "" : password;
        if (found.isPresent() && given.length() <= 4 * PasswordPolicy.MAX_LENGTH && hasher.matches(given, found.get().passwordHash())) {
            throttle.succeeded(email);
            return new LogIn.Success(found.get().user());
        }
        if (found.isEmpty()) {
            hasher.spendCheckTime(given.length() <= 4 * PasswordPolicy.MAX_LENGTH ? given : "");
        }
        throttle.failed(email, address);
        return new LogIn.Refused();
    }

    /** Changes the user's password after checking the current one; other sessions of the user are the caller's to end. */
    public Optional<Problem> changePassword(User user, String current, String password, String confirmation) {
        Optional<UserRepository.Credentials> stored = users.findById(user.id());
        if (stored.isEmpty() || current == null || current.length() > 4 * PasswordPolicy.MAX_LENGTH
                || !hasher.matches(current, stored.get().passwordHash())) {
            return Optional.of(new Problem("current", "account.error.currentWrong"));
        }
        Optional<Problem> problem = newPasswordProblem(password, confirmation, user.email());
        if (problem.isPresent()) {
            return problem;
        }
        users.updatePasswordHash(user.id(), hasher.hash(password));
        return Optional.empty();
    }

    /**
     * Makes sure the configured admin exists: creates the account with this password when the email is new, or gives
     * an existing account the admin role (its password is left alone: the setting only bootstraps).
     */
    public User bootstrapAdmin(String rawEmail, String password) {
        String email = normalizeEmail(rawEmail);
        Optional<UserRepository.Credentials> existing = users.findByEmail(email);
        if (existing.isPresent()) {
            User user = existing.get().user();
            if (!user.isAdmin()) {
                users.updateRole(user.id(), Role.ADMIN);
                LOG.info("Gave the existing account {} the admin role", email);
            }
            return new User(user.id(), user.email(), Role.ADMIN, user.learnerId(), user.createdAt(), user.language());
        }
        Optional<Problem> problem = emailProblem(email).or(() -> newPasswordProblem(password, password, email));
        if (problem.isPresent()) {
            throw new IllegalArgumentException("CHAINRULE_ADMIN_EMAIL / CHAINRULE_ADMIN_PASSWORD: " + describe(problem.get()));
        }
        User admin = users.create(email, hasher.hash(password), Role.ADMIN, null, clock.instant(), null);
        LOG.info("Created the admin account {}", email);
        return admin;
    }

    public List<User> all() {
        return users.all();
    }

    public Optional<User> find(long userId) {
        return users.findById(userId).map(UserRepository.Credentials::user);
    }

    /** Who is looking at a page, for the layout's header and forms. */
    public Viewer viewer(Context ctx, Optional<String> csrf) {
        Optional<User> user = current(ctx);
        return new Viewer(user.map(User::email).orElse(null), user.map(User::isAdmin).orElse(false),
                user.map(u -> u.role() == Role.TEACHER || u.isAdmin()).orElse(false), csrf.orElse(null));
    }

    /** Remembers the language a signed-in user chose, for every later visit from any browser. */
    public void setLanguage(User user, String language) {
        users.updateLanguage(user.id(), language);
    }

    /** Sets a user's role; false when there is no such user. */
    public boolean setRole(long userId, Role role) {
        return users.updateRole(userId, role);
    }

    /** The signed-in user of the request, if any (read once per request). */
    public Optional<User> current(Context ctx) {
        Optional<User> cached = ctx.attribute(CURRENT_USER);
        if (cached != null) {
            return cached;
        }
        Optional<User> user = sessions.find(ctx).flatMap(session -> users.findById(session.userId())).map(UserRepository.Credentials::user);
        ctx.attribute(CURRENT_USER, user);
        return user;
    }

    /** Forgets the cached user of the request, after it signed in or out. */
    void refresh(Context ctx, Optional<User> user) {
        ctx.attribute(CURRENT_USER, user);
    }

    private static Optional<Problem> emailProblem(String email) {
        if (email.isEmpty() || email.length() > MAX_EMAIL || !EMAIL.matcher(email).matches()) {
            return Optional.of(new Problem("email", "account.error.emailInvalid"));
        }
        return Optional.empty();
    }

    private Optional<Problem> newPasswordProblem(String password, String confirmation, String email) {
        if (password == null) {
            return Optional.of(new Problem("password", "account.error.passwordShort"));
        }
        Optional<Problem> problem = policy.problem(password, email).map(key -> new Problem("password", key));
        if (problem.isPresent()) {
            return problem;
        }
        if (!password.equals(confirmation)) {
            return Optional.of(new Problem("confirmation", "account.error.passwordMismatch"));
        }
        return Optional.empty();
    }

    private static String describe(Problem problem) {
        return switch (problem.key()) {
            case "account.error.emailInvalid" -> "the email is not a valid address";
            case "account.error.passwordShort" -> "the password must have at least " + PasswordPolicy.MIN_LENGTH + " characters";
            case "account.error.passwordLong" -> "the password must have at most " + PasswordPolicy.MAX_LENGTH + " characters";
            case "account.error.passwordCommon" -> "the password is on the list of common passwords";
            case "account.error.passwordEmail" -> "the password must not be the email address";
            default -> problem.key();
        };
    }

    /** A value or the problem that prevented it. */
    public record Result<T>(T value, Problem problem) {

        static <T> Result<T> ok(T value) {
            return new Result<>(value, null);
        }

        static <T> Result<T> problem(Problem problem) {
            return new Result<>(null, problem);
        }

        public boolean succeeded() {
            return problem == null;
        }
    }
}
