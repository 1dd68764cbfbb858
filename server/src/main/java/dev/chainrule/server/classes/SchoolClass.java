package dev.chainrule.server.classes;

import java.time.Instant;

/** A class (section) of learners run by one or more teachers; learners join it with {@code joinCode}. */
public record SchoolClass(long id, String name, String joinCode, Instant createdAt) {

    /** The link a teacher shares: opening it (signed in) offers to join. */
    public String joinPath() {
        return "/join/" + joinCode;
    }
}
