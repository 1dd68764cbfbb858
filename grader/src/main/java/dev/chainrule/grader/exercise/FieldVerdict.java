package dev.chainrule.grader.exercise;

/**
 * The verdict on one asked field: its status, a sentence for the learner, the named mistake a wrong
 * answer matches (null otherwise) and the credit it earns in [0, 1] (a matrix earns a share per entry).
 */
public record FieldVerdict(String field, Status status, String message, Mistake mistake, double credit) {
    public FieldVerdict(String field, Status status, String message, Mistake mistake) {
        this(field, status, message, mistake, status == Status.CORRECT ? 1 : 0);
    }

    public FieldVerdict(String field, Status status, String message) {
        this(field, status, message, null);
    }
}
