package dev.chainrule.server.account;

import java.time.Instant;

/**
 * An account: its lower-cased email, role, the learner row its variants and attempts are kept under, and the language
 * its owner chose for the site (null until they choose; then the browser's language is used).
 */
public record User(long id, String email, Role role, long learnerId, Instant createdAt, String language) {

    public boolean isAdmin() {
        return role == Role.ADMIN;
    }
}
