package dev.chainrule.server.account;

import io.javalin.security.RouteRole;

import java.util.Optional;

/**
 * Who may call a route; every route in {@code Routes} declares exactly one, and {@link AccessControl} enforces it.
 * A caller with no account (anonymous or a guest) asking for a signed-in route gets 401 ("sign in first"); a signed-in
 * caller whose role falls short gets 403 ("not allowed").
 */
public enum Access implements RouteRole {
    /** Anyone, with or without a cookie: public pages, log-in, sign-up, health. */
    ANYONE,
    /** Anyone; the route acts for the caller's learner (a guest's, created when needed, or the signed-in user's). */
    LEARNER_IDENTITY,
    /** A signed-in user of any role (session cookie or bearer token). */
    SIGNED_IN,
    /** Teachers and admins. */
    TEACHER,
    /** Admins only. */
    ADMIN;

    /** Whether a caller with this role (empty: no account) may use a route with this access. */
    public boolean allows(Optional<Role> role) {
        return switch (this) {
            case ANYONE, LEARNER_IDENTITY -> true;
            case SIGNED_IN -> role.isPresent();
            case TEACHER -> role.filter(r -> r == Role.TEACHER || r == Role.ADMIN).isPresent();
            case ADMIN -> role.filter(r -> r == Role.ADMIN).isPresent();
        };
    }

    /** Whether the route needs an account at all (a caller without one gets 401 rather than 403). */
    public boolean needsAccount() {
        return this == SIGNED_IN || this == TEACHER || this == ADMIN;
    }
}
