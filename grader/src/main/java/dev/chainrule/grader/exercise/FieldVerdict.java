package dev.chainrule.grader.exercise;

/**
 * The verdict on one asked field, with a sentence for the learner and, when a wrong answer
 * matches one, the named mistake that explains it (null otherwise).
 */
public record FieldVerdict(String field, Status status, String message, Mistake mistake) {
    public FieldVerdict(String field, Status status, String message) {
        this(field, status, message, null);
    }
}
