package dev.chainrule.client;

/** Every string the widget shows, in one place (English for now; message bundles come with i18n). */
final class Messages {
    static final String CHECK = "Check";
    static final String SUBMIT = "Submit";
    static final String SUBMITTING = "Submitting…";
    static final String CORRECT_MARK = "✓";
    static final String WRONG_MARK = "✗";
    static final String SERVER_PREFIX = "Server: ";
    static final String CORRECT = "Correct.";
    static final String INCORRECT = "Not correct.";
    static final String EMPTY_ANSWER = "Enter a number.";
    static final String NETWORK_ERROR = "Could not reach the server. Your answers are still here; try again.";
    static final String BAD_REPLY = "The server sent a reply the page cannot read. Try again.";
    static final String BROKEN_EXERCISE = "This exercise could not be loaded: ";
    static final String UNSUPPORTED_KIND = "This kind of exercise cannot be shown in the page yet: ";

    private Messages() {
    }

    /** "Submitted: 1 of 2 correct (score 50%)". */
    static String submitted(int correct, int total, double score) {
        return "Submitted: " + correct + " of " + total + " correct (score " + NumberText.percent(score) + ")";
    }

    static String serverError(int status) {
        return "The server could not take the submission (HTTP " + status + "). Your answers are still here.";
    }
}
