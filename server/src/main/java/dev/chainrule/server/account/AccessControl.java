package dev.chainrule.server.account;

import dev.chainrule.server.session.ApiTokens;
import dev.chainrule.server.session.SessionStore;
import dev.chainrule.server.web.ApiError;
import dev.chainrule.server.web.PageError;
import io.javalin.http.Context;
import io.javalin.security.RouteRole;

import java.util.Optional;
import java.util.Set;

/**
 * The one access check, run before every matched route: authenticates an {@code Authorization: Bearer} token on
 * {@code /api/} calls (a bad or revoked one is a 401), then holds the caller against the route's declared
 * {@link Access}: 401 "sign in first" without an account, 403 "not allowed" for a role that falls short. JSON errors
 * under {@code /api/}, the error page elsewhere. A route that declares no access is refused: none may slip through.
 */
public final class AccessControl {

    private static final String BEARER = "Bearer ";

    private final Accounts accounts;
    private final SessionStore sessions;
    private final ApiTokens tokens;

    public AccessControl(Accounts accounts, SessionStore sessions, ApiTokens tokens) {
        this.accounts = accounts;
        this.sessions = sessions;
        this.tokens = tokens;
    }

    /** The before-handler of every matched route. */
    public void check(Context ctx) {
        boolean api = isApi(ctx);
        if (api) {
            authenticateBearer(ctx);
        }
        Set<RouteRole> roles = ctx.routeRoles();
        if (roles.isEmpty()) {
            if (ctx.endpoints().list().stream().anyMatch(e -> e.method.isHttpMethod())) {
                throw new IllegalStateException(ctx.method() + " " + ctx.endpoint().path + " declares no access in Routes");
            }
            return; // a static file
        }
        Access access = roles.stream().filter(Access.class::isInstance).map(Access.class::cast).findFirst()
                .orElseThrow(() -> new IllegalStateException(ctx.endpoint().path + " declares no Access"));
        Optional<Role> role = access.needsAccount() ? accounts.current(ctx).map(User::role) : Optional.empty();
        if (access.allows(role)) {
            return;
        }
        if (role.isEmpty()) {
            throw api ? new ApiError(401, "sign_in_required", "sign in first: send Authorization: Bearer <token>"
                    + " (POST /api/v1/tokens) or the session cookie", null)
                    : new PageError(401, "error.signedOut.title", "error.signedOut.text");
        }
        throw api ? new ApiError(403, "forbidden", "your account's role may not use " + ctx.method() + " " + ctx.endpoint().path, null)
                : new PageError(403, "error.forbidden.title", access == Access.ADMIN ? "error.forbidden.text" : "error.forbidden.role");
    }

    private void authenticateBearer(Context ctx) {
        String header = ctx.header("Authorization");
        if (header == null) {
            return;
        }
        if (!header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            throw new ApiError(401, "invalid_token", "the Authorization header must be 'Bearer <token>'", null);
        }
        SessionStore.Session session = tokens.authenticate(header.substring(BEARER.length()).strip())
                .orElseThrow(() -> new ApiError(401, "invalid_token", "this bearer token is unknown or was revoked", null));
        sessions.actAs(ctx, session);
    }

    private static boolean isApi(Context ctx) {
        return ctx.path().startsWith("/api/");
    }
}
