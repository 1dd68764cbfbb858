package dev.chainrule.grader.exercise;

/** An exercise spec that cannot be used, naming the field at fault (like {@code graph} or {@code ask}). */
public final class SpecException extends RuntimeException {
    private final String field;
    private final int line;

    public SpecException(String field, String message) {
        this(field, 0, message);
    }

    /** {@code line} is a 1-based line within the field's text (for {@code graph}), or 0. */
    public SpecException(String field, int line, String message) {
        super(field + ": " + message);
        this.field = field;
        this.line = line;
    }

    public String field() { return field; }
    public int line() { return line; }
    public String reason() { return getMessage().substring(field.length() + 2); }
}
