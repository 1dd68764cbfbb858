package dev.chainrule.client;

import dev.chainrule.grader.exercise.Language;

/**
 * The client's words in the page's language ({@code <html lang>}, set once by {@link ChainruleClient#main}), and the
 * sentences built from them. The texts themselves are in {@link UiText}.
 */
final class Messages {
    /** Marks that read without colour: not words, the same in every language. */
    static final String CORRECT_MARK = "✓";
    static final String WRONG_MARK = "✗";

    private static Language language = Language.EN;

    private Messages() {
    }

    /** Switches every later message, and the grader's feedback, to {@code next}. */
    static void use(Language next) {
        language = next == null ? Language.EN : next;
    }

    static Language language() {
        return language;
    }

    static boolean korean() {
        return language == Language.KO;
    }

    static String get(UiText text) {
        return korean() ? text.ko() : text.en();
    }

    /** The text with {@code {0}}, {@code {1}}, ... replaced by {@code args} (no MessageFormat: it is not in TeaVM). */
    static String format(UiText text, Object... args) {
        String pattern = get(text);
        StringBuilder out = new StringBuilder(pattern.length() + 16);
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            int close = c == '{' ? pattern.indexOf('}', i) : -1;
            if (close > i + 1 && close <= i + 3 && isDigits(pattern, i + 1, close)) {
                int index = Integer.parseInt(pattern.substring(i + 1, close));
                out.append(index < args.length ? String.valueOf(args[index]) : "");
                i = close;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean isDigits(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    /** A label the grader's experiments write in English, in the page's language (unknown labels as given). */
    static String experimentText(String english) {
        for (UiText text : UiText.values()) {
            if (text.name().startsWith("EXP_") && text.en().equals(english)) {
                return get(text);
            }
        }
        return english;
    }

    /** The label of an experiment setting's control ({@code experiment}: the experiment's id). */
    static String settingLabel(String experiment, String name) {
        switch (name) {
            case "depth":
                return get(hiddenLayers(experiment) ? UiText.SETTING_DEPTH_HIDDEN : UiText.SETTING_DEPTH);
            case "width":
                return get(UiText.SETTING_WIDTH);
            case "tanh":
                return get(UiText.SETTING_TANH);
            default:
                return name;
        }
    }

    /** A setting's value in words, for a slider's {@code aria-valuetext}: "20 layers", "1 neuron per layer". */
    static String settingValue(String experiment, String name, int value) {
        switch (name) {
            case "depth":
                if (hiddenLayers(experiment)) {
                    return value == 1 ? get(UiText.VALUE_HIDDEN_LAYER) : format(UiText.VALUE_HIDDEN_LAYERS, value);
                }
                return value == 1 ? get(UiText.VALUE_LAYER) : format(UiText.VALUE_LAYERS, value);
            case "width":
                return value == 1 ? get(UiText.VALUE_NEURON) : format(UiText.VALUE_NEURONS, value);
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
        return format(UiText.SUBMITTED, correct, total, NumberText.percent(score));
    }

    /** After an accepted prediction. */
    static String committed(boolean correct) {
        return format(UiText.COMMITTED, get(correct ? UiText.COMMITTED_CORRECT : UiText.COMMITTED_WRONG));
    }

    static String serverError(int status) {
        return format(UiText.SERVER_ERROR, status);
    }

    /** " (partial credit 67%)" for a share strictly between 0 and 1, else "". */
    static String partialCredit(double credit) {
        return credit > 0 && credit < 1 ? format(UiText.PARTIAL_CREDIT, NumberText.percent(credit)) : "";
    }

    /** "You can use: x, w1 and sigmoid, tanh, ...". */
    static String canUse(String names, String functions) {
        return format(UiText.CAN_USE, names, functions);
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
        return format(rows == 1 ? UiText.MATRIX_ROW : UiText.MATRIX_ROWS, rows, cols, example);
    }
}
