package dev.chainrule.server.learner;

import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;
import org.jdbi.v3.core.Jdbi;

import java.security.SecureRandom;
import java.util.Optional;

/** Recognises the anonymous learner behind a request by the {@code chainrule_learner} cookie, creating one when needed. */
public final class Learners {

    public static final String COOKIE = "chainrule_learner";
    private static final int ONE_YEAR_SECONDS = 365 * 24 * 60 * 60;
    private static final String ATTRIBUTE = Learners.class.getName();

    private final LearnerRepository repository;
    private final LearnerToken tokens;

    public Learners(Jdbi jdbi, SecureRandom random) {
        this.repository = new LearnerRepository(jdbi);
        this.tokens = new LearnerToken(random);
    }

    /** The learner named by the request's cookie, if the cookie names one. */
    public Optional<Long> find(Context ctx) {
        Long cached = ctx.attribute(ATTRIBUTE);
        if (cached != null) {
            return Optional.of(cached);
        }
        String token = ctx.cookie(COOKIE);
        if (!LearnerToken.isWellFormed(token)) {
            return Optional.empty();
        }
        Optional<Long> id = repository.findByTokenHash(LearnerToken.hash(token));
        id.ifPresent(value -> ctx.attribute(ATTRIBUTE, value));
        return id;
    }

    /** The request's learner; a new one (and its cookie) when the request has none or an unknown one. */
    public long identify(Context ctx) {
        return find(ctx).orElseGet(() -> {
            String token = tokens.next();
            long id = repository.create(LearnerToken.hash(token));
            ctx.cookie(new Cookie(COOKIE, token, "/", ONE_YEAR_SECONDS, ctx.req().isSecure(), true, null, SameSite.LAX));
            ctx.attribute(ATTRIBUTE, id);
            return id;
        });
    }
}
