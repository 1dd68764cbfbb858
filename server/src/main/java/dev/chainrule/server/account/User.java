package dev.chainrule.server.account;

import java.time.Instant;

/** An account: its lower-cased email, role and the learner row its variants and attempts are kept under. */
public record User(long id, String email, Role role, long learnerId, Instant createdAt) {

    public boolean isAdmin() {
        return role == Role.ADMIN;
    }
}
