package dev.chainrule.server.learner;

import dev.chainrule.server.session.SecretTokens;
import dev.chainrule.server.session.SessionStore;
import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;
import org.jdbi.v3.core.Jdbi;

import java.security.SecureRandom;
import java.util.Optional;

/**
 * Recognises the learner behind a request: a signed-in user's learner row (through the session cookie), else the
 * guest's, named by the long-lived {@code chainrule_learner} cookie and created when needed. Guests keep that cookie
 * rather than a database session so that their progress lasts a year, not an idle week.
 */
public final class Learners {

    public static final String COOKIE = "chainrule_learner";
    private static final int ONE_YEAR_SECONDS = 365 * 24 * 60 * 60;
    private static final String GUEST = Learners.class.getName() + ".guest";
    private static final String GUEST_TOKEN = Learners.class.getName() + ".guestToken";

    private final LearnerRepository repository;
    private final SecretTokens tokens;
    private final SessionStore sessions;

    public Learners(Jdbi jdbi, SecureRandom random, SessionStore sessions) {
        this.repository = new LearnerRepository(jdbi);
        this.tokens = new SecretTokens(random);
        this.sessions = sessions;
    }

    /** The learner of the request: the signed-in user's, else the guest cookie's, if either names one. */
    public Optional<Long> find(Context ctx) {
        Optional<SessionStore.Session> session = sessions.find(ctx);
        return session.isPresent() ? Optional.of(session.get().learnerId()) : guest(ctx);
    }

    /** The request's learner; a new guest (and its cookie) when the request has none or an unknown one. */
    public long identify(Context ctx) {
        return find(ctx).orElseGet(() -> {
            String token = tokens.next();
            long id = repository.create(SecretTokens.hash(token));
            ctx.cookie(new Cookie(COOKIE, token, "/", ONE_YEAR_SECONDS, sessions.secure(ctx), true, null, SameSite.LAX));
            ctx.attribute(GUEST, Optional.of(id));
            ctx.attribute(GUEST_TOKEN, token);
            return id;
        });
    }

    /** The guest learner named by the request's {@code chainrule_learner} cookie, ignoring any session. */
    public Optional<Long> guest(Context ctx) {
        Optional<Long> cached = ctx.attribute(GUEST);
        if (cached != null) {
            return cached;
        }
        String token = ctx.cookie(COOKIE);
        Optional<Long> id = SecretTokens.isWellFormed(token) ? repository.findByTokenHash(SecretTokens.hash(token)) : Optional.empty();
        ctx.attribute(GUEST, id);
        if (id.isPresent()) {
            ctx.attribute(GUEST_TOKEN, token);
        }
        return id;
    }

    /**
     * The hash of the guest cookie's token when this request still has to look its guest up and nothing else names its
     * learner (no session cookie, no bearer token): a page that reads the learner's data anyway may look the guest up in
     * the same query and report what it found with {@link #guestFound}. Empty otherwise: then use {@link #identify}.
     */
    public Optional<String> guestToLookUp(Context ctx) {
        if (ctx.attribute(GUEST) != null || ctx.cookie(SessionStore.COOKIE) != null || sessions.find(ctx).isPresent()) {
            return Optional.empty(); // without a session cookie, find(ctx) only sees a bearer token's session: no query
        }
        String token = ctx.cookie(COOKIE);
        return SecretTokens.isWellFormed(token) ? Optional.of(SecretTokens.hash(token)) : Optional.empty();
    }

    /** What a page's own query found for {@link #guestToLookUp}'s hash; from now on as if {@link #guest} had looked. */
    public void guestFound(Context ctx, Optional<Long> id) {
        ctx.attribute(GUEST, id);
        if (id.isPresent()) {
            ctx.attribute(GUEST_TOKEN, ctx.cookie(COOKIE));
        }
    }

    /**
     * The secret cookie token that authenticates this request (the session's, else the guest's, including one created
     * during this request), from which its CSRF token is derived; empty when no cookie names a learner or a bearer token
     * authenticates the request.
     */
    public Optional<String> secret(Context ctx) {
        Optional<SessionStore.Session> session = sessions.find(ctx);
        if (session.isPresent()) {
            return Optional.ofNullable(session.get().token());
        }
        guest(ctx);
        return Optional.ofNullable(ctx.attribute(GUEST_TOKEN));
    }

    /** Clears the guest cookie, after its learner row was handed to a new account. */
    public void forgetGuest(Context ctx) {
        ctx.removeCookie(COOKIE, "/");
        ctx.attribute(GUEST, Optional.<Long>empty());
        ctx.attribute(GUEST_TOKEN, null);
    }
}
