package dev.chainrule.grader.exercise;

/** The verdict on one answered field. */
public enum Status {
    CORRECT, INCORRECT, INVALID;

    /** Lower-case id used in JSON and in the page. */
    public String id() {
        switch (this) {
            case CORRECT: return "correct";
            case INCORRECT: return "incorrect";
            default: return "invalid";
        }
    }
}
