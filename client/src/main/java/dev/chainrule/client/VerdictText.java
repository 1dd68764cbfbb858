package dev.chainrule.client;

import dev.chainrule.grader.exercise.Status;

/** How a verdict reads on the page: a lowercase status for data-status, and a ✓/✗ mark so it reads without colour. */
final class VerdictText {
    static final String CORRECT = "correct";
    static final String INCORRECT = "incorrect";
    static final String INVALID = "invalid";

    private VerdictText() {
    }

    static String statusName(Status status) {
        return switch (status) {
            case CORRECT -> CORRECT;
            case INCORRECT -> INCORRECT;
            case INVALID -> INVALID;
        };
    }

    /** "✓ message" for a correct field, "✗ message" otherwise; a default message when the grader gave none. */
    static String describe(String statusName, String message) {
        boolean correct = CORRECT.equals(statusName);
        String mark = correct ? Messages.CORRECT_MARK : Messages.WRONG_MARK;
        String text = message == null || message.isEmpty()
                ? (correct ? Messages.get(UiText.CORRECT) : Messages.get(UiText.INCORRECT)) : message;
        return mark + " " + text;
    }
}
