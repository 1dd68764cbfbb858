package dev.chainrule.server.account;

import dev.chainrule.server.learner.Learners;
import dev.chainrule.server.session.SecretTokens;
import dev.chainrule.server.web.ApiError;
import dev.chainrule.server.web.PageError;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;

import java.util.Optional;
import java.util.Set;

/**
 * Guards state-changing requests against cross-site forgery. A request's CSRF token is derived from the secret cookie
 * token that authenticates it (the session's, else the guest's): SHA-256 of a fixed prefix and that token. A page
 * cannot learn it from another site, every instance computes the same value without storing it, and it changes when
 * the session is rotated at log-in.
 * <ul>
 * <li>Forms (every POST outside {@code /api/}) must send it in the {@code _csrf} field or the {@code X-CSRF-Token}
 * header, always: a form post without a cookie is refused too (that stops log-in forgery).</li>
 * <li>JSON API calls must send the {@code X-CSRF-Token} header when a cookie authenticates them; a call without a
 * cookie has nothing to forge, nor does one authenticated by a bearer token (another site's page cannot set an
 * {@code Authorization} header: the site allows no cross-origin requests). API replies to cookie callers carry their
 * token in the same header, the way pages carry it in {@code <meta name="csrf-token">}.</li>
 * </ul>
 */
public final class Csrf {

    public static final String FIELD = "_csrf";
    public static final String HEADER = "X-CSRF-Token";
    private static final String PREFIX = "chainrule-csrf:";
    private static final Set<HandlerType> SAFE = Set.of(HandlerType.GET, HandlerType.HEAD, HandlerType.OPTIONS);

    /**
     * The language switcher's form post needs no token: all a forged one can do is change the language the victim's
     * pages are shown in, and it must work for a visitor who has no cookie yet (on an error page, a join link).
     */
    static final String LANGUAGE_SWITCH = "/language";

    private final Learners learners;

    public Csrf(Learners learners) {
        this.learners = learners;
    }

    /** The request's CSRF token, if a cookie authenticates it. */
    public Optional<String> token(Context ctx) {
        return learners.secret(ctx).map(secret -> SecretTokens.hashBase64(PREFIX + secret));
    }

    /** The before-handler: refuses a state-changing request whose token is missing or wrong with a 403. */
    public void check(Context ctx) {
        if (SAFE.contains(ctx.method()) || ctx.path().equals(LANGUAGE_SWITCH)) {
            return;
        }
        boolean api = ctx.path().startsWith("/api/");
        Optional<String> expected = token(ctx);
        if (api && expected.isEmpty()) {
            return;
        }
        String given = ctx.header(HEADER);
        if (given == null && !api) {
            given = ctx.formParam(FIELD);
        }
        if (expected.isPresent() && SecretTokens.same(expected.get(), given)) {
            return;
        }
        if (api) {
            throw new ApiError(403, "csrf_token_invalid", given == null
                    ? "a request authenticated by a cookie must send the " + HEADER + " header (the page's csrf-token meta tag,"
                    + " or the " + HEADER + " header of an earlier reply)"
                    : "the " + HEADER + " header does not match this session; reload the page and try again", null);
        }
        throw new PageError(403, "error.csrf.title", "error.csrf.text");
    }

    /** The after-handler of API calls: tells a cookie caller its token. */
    public void expose(Context ctx) {
        token(ctx).ifPresent(token -> ctx.header(HEADER, token));
    }
}
