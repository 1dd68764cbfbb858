package dev.chainrule.grader.exercise;

/** The exercise kinds the grader owns; {@link #id()} is how exercise files name them. */
public enum Kind {
    GRADIENTS("gradients");

    private final String id;

    Kind(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    /** The kind with this id, or null. */
    public static Kind byId(String id) {
        for (Kind k : values()) {
            if (k.id.equals(id)) {
                return k;
            }
        }
        return null;
    }
}
