package dev.chainrule.server.account;

import java.util.Locale;

/** What a user may do on the site; stored by its lower-case name. */
public enum Role {
    ADMIN, TEACHER, LEARNER;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Role of(String id) {
        return valueOf(id.toUpperCase(Locale.ROOT));
    }
}
