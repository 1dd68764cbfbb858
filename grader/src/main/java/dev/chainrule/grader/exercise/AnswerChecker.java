package dev.chainrule.grader.exercise;

import dev.chainrule.grader.util.Numbers;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Compares typed answers with reference values: tolerance, partial credit per field, clear messages for bad input. */
final class AnswerChecker {
    private AnswerChecker() {}

    static Verdict check(List<String> fields, Map<String, Double> expected, Map<String, String> answers, Tolerance tolerance) {
        List<FieldVerdict> verdicts = new ArrayList<>();
        int correct = 0;
        for (String field : fields) {
            FieldVerdict v = checkOne(field, expected.get(field), answers.get(field), tolerance);
            if (v.status() == Status.CORRECT) {
                correct++;
            }
            verdicts.add(v);
        }
        return new Verdict(fields.isEmpty() ? 0 : (double) correct / fields.size(), verdicts);
    }

    static FieldVerdict checkOne(String field, double expected, String raw, Tolerance tolerance) {
        Numbers.Input input = Numbers.parse(raw);
        switch (input.kind()) {
            case EMPTY:
                return new FieldVerdict(field, Status.INVALID, "No answer for " + field + ": enter a number.");
            case NOT_A_NUMBER:
                return new FieldVerdict(field, Status.INVALID, quote(raw) + " is not a number (" + field + "): write a decimal like -0.25"
                        + (raw.indexOf(',') >= 0 ? ", with a point, not a comma." : "."));
            case NOT_FINITE:
                return new FieldVerdict(field, Status.INVALID, field + " must be a finite number.");
            default:
                if (tolerance.accepts(input.value(), expected)) {
                    return new FieldVerdict(field, Status.CORRECT, "Correct.");
                }
                return new FieldVerdict(field, Status.INCORRECT, "Not correct: " + field + " is not within "
                        + Numbers.format(tolerance.rtol() * 100, 2) + "% of the value the grader computes.");
        }
    }

    private static String quote(String raw) {
        String s = raw.length() > 24 ? raw.substring(0, 24) + "…" : raw;
        return "'" + s + "'";
    }
}
