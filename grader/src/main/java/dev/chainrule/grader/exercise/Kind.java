package dev.chainrule.grader.exercise;

/** The exercise kinds the grader owns; {@link #id()} is how exercise files and the API name them. */
public enum Kind {
    GRADIENTS("gradients"),
    FORWARD_PASS("forward-pass"),
    BACKWARD_PASS("backward-pass"),
    LAYER("layer"),
    DERIVATIVE_EXPRESSION("derivative-expression"),
    CHOICE("choice"),
    EXPERIMENT("experiment");

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

    /** Every id, for error messages: "gradients, forward-pass, ...". */
    public static String ids() {
        StringBuilder out = new StringBuilder();
        for (Kind k : values()) {
            out.append(out.length() == 0 ? "" : ", ").append(k.id);
        }
        return out.toString();
    }
}
