package dev.chainrule.client;

/** Every string the widget shows, in one place (English for now; message bundles come with i18n). */
final class Messages {
    static final String CHECK = "Check";
    static final String SUBMIT = "Submit";
    static final String COMMIT_PREDICTION = "Commit prediction";
    static final String RUN_EXPERIMENT = "Run the experiment";
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
    static final String FORMULA_PLACEHOLDER = "a formula, e.g. z*(1-z)*y";
    static final String SELECT_ONE = "Select one answer.";
    static final String SELECT_ALL = "Select every statement that is true.";
    static final String PREDICT = "Your prediction (commit it before you run the experiment):";
    static final String CARRIED_BACKWARD = "Gradients are judged given your own upstream values: a gradient marked "
            + "“correct, given your own gradients” follows from what you entered for the nodes after it, "
            + "which are not all right yet.";
    static final String CARRIED_FORWARD = "Values are judged given your own earlier values: a value marked "
            + "“correct, given your own values” follows from what you entered for the nodes before it, "
            + "which are not all right yet.";
    static final String RUN_LOCKED = "Commit a prediction first; then you can run the experiment.";
    static final String EXPERIMENT_FAILED = "The experiment could not run in this page: ";

    static final String EXPLORE = "Explore: change the network and the chart redraws (not submitted)";
    static final String RESET_SETTINGS = "Back to the exercise's settings";

    private Messages() {
    }

    /** The label of an experiment setting's control ({@code experiment}: the experiment's id). */
    static String settingLabel(String experiment, String name) {
        switch (name) {
            case "depth":
                return hiddenLayers(experiment) ? "Depth (hidden layers)" : "Depth (layers)";
            case "width":
                return "Width (neurons per layer)";
            case "tanh":
                return "tanh instead of sigmoid";
            default:
                return name;
        }
    }

    /** A setting's value in words, for a slider's {@code aria-valuetext}: "20 layers", "1 neuron per layer". */
    static String settingValue(String experiment, String name, int value) {
        switch (name) {
            case "depth":
                return value + (hiddenLayers(experiment) ? " hidden" : "") + (value == 1 ? " layer" : " layers");
            case "width":
                return value + (value == 1 ? " neuron per layer" : " neurons per layer");
            default:
                return String.valueOf(value);
        }
    }

    /** Whether an experiment's depth counts hidden layers (between input and output) rather than all layers. */
    private static boolean hiddenLayers(String experiment) {
        return "paths-vs-backprop".equals(experiment);
    }

    /** "Submitted: 1 of 2 correct (score 50%)". */
    static String submitted(int correct, int total, double score) {
        return "Submitted: " + correct + " of " + total + " correct (score " + NumberText.percent(score) + ")";
    }

    /** After an accepted prediction. */
    static String committed(boolean correct) {
        return "Prediction committed (" + (correct ? "correct" : "not correct")
                + "). Now run the experiment and see what happens.";
    }

    static String serverError(int status) {
        return "The server could not take the submission (HTTP " + status + "). Your answers are still here.";
    }

    /** " (partial credit 67%)" for a share strictly between 0 and 1, else "". */
    static String partialCredit(double credit) {
        return credit > 0 && credit < 1 ? " (partial credit " + NumberText.percent(credit) + ")" : "";
    }

    /** "You can use: x, w1 and sigmoid, tanh, ...". */
    static String canUse(String names, String functions) {
        return "You can use: " + names + " and " + functions;
    }

    /** "(3 × 2)". */
    static String shape(int rows, int cols) {
        return "(" + rows + " × " + cols + ")";
    }

    /** "3 rows of 2, e.g. 0.1 0.2; 0.3 0.4; 0.5 0.6". */
    static String matrixPlaceholder(int rows, int cols) {
        StringBuilder example = new StringBuilder();
        int k = 0;
        for (int i = 0; i < rows; i++) {
            example.append(i == 0 ? "" : "; ");
            for (int j = 0; j < cols; j++) {
                k++;
                example.append(j == 0 ? "" : " ").append(k / 10).append('.').append(k % 10);
            }
        }
        return rows + (rows == 1 ? " row of " : " rows of ") + cols + ", e.g. " + example;
    }
}
