package dev.chainrule.grader.exercise;

import dev.chainrule.grader.util.Numbers;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Compares typed answers with reference values: tolerance, partial credit per field, clear messages for bad input. */
final class AnswerChecker {
    private AnswerChecker() {}

    /**
     * Grades each field; a wrong answer that matches what a named mistake gives (and that the mistake
     * changes) is reported with that mistake. Messages are written by {@code say}.
     */
    static Verdict check(List<String> fields, Map<String, Double> expected, Map<String, String> answers, Tolerance tolerance,
                         Map<Mistake, Map<String, Double>> mutants, Feedback say) {
        List<FieldVerdict> verdicts = new ArrayList<>();
        int correct = 0;
        for (String field : fields) {
            FieldVerdict v = checkOne(field, expected.get(field), answers.get(field), tolerance, say);
            if (v.status() == Status.INCORRECT) {
                v = diagnose(v, Numbers.parse(answers.get(field)).value(), expected.get(field), field, tolerance, mutants, say);
            }
            if (v.status() == Status.CORRECT) {
                correct++;
            }
            verdicts.add(v);
        }
        return new Verdict(fields.isEmpty() ? 0 : (double) correct / fields.size(), verdicts);
    }

    static FieldVerdict checkOne(String field, double expected, String raw, Tolerance tolerance, Feedback say) {
        Numbers.Input input = Numbers.parse(raw);
        switch (input.kind()) {
            case EMPTY:
                return new FieldVerdict(field, Status.INVALID, say.noNumber(field));
            case NOT_A_NUMBER:
                return new FieldVerdict(field, Status.INVALID, say.notANumber(quote(raw), field, raw.indexOf(',') >= 0));
            case NOT_FINITE:
                return new FieldVerdict(field, Status.INVALID, say.notFinite(field));
            default:
                if (tolerance.accepts(input.value(), expected)) {
                    return new FieldVerdict(field, Status.CORRECT, say.correct());
                }
                return new FieldVerdict(field, Status.INCORRECT, say.notWithinTolerance(field, Numbers.format(tolerance.rtol() * 100, 2)));
        }
    }

    /** No mistake's answer differs from the right one yet passes as correct (then it could be neither caught nor named). */
    static boolean mistakesStandApart(Map<String, Double> exact, Map<Mistake, Map<String, Double>> mutants, Tolerance tolerance) {
        for (Map<String, Double> wrong : mutants.values()) {
            for (Map.Entry<String, Double> e : wrong.entrySet()) {
                double right = exact.get(e.getKey());
                if (e.getValue() != right && tolerance.accepts(e.getValue(), right)) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * Whether an asked gradient makes a fair, hand-workable answer: not huge, and not tiny unless it is exactly zero
     * because a max gate or a closed ReLU routes the gradient away (a zero that a weight of 0 causes is degenerate).
     */
    static boolean fairGradient(String field, double value, Map<Mistake, Map<String, Double>> mutants, double min, double max) {
        double abs = Math.abs(value);
        boolean routedAway = abs == 0 && (mutants.get(Mistake.MAX_ROUTED_TO_SMALLER).get(field) != 0
                || mutants.get(Mistake.RELU_PASSES_NEGATIVE).get(field) != 0);
        return abs <= max && (abs >= min || routedAway);
    }

    /** Numbers as answer text that reads back to the same double on the JVM. */
    static Map<String, String> asText(Map<String, Double> values) {
        Map<String, String> out = new java.util.LinkedHashMap<>();
        for (Map.Entry<String, Double> e : values.entrySet()) {
            out.put(e.getKey(), Double.toString(e.getValue()));
        }
        return out;
    }

    static FieldVerdict diagnose(FieldVerdict verdict, double given, double expected, String field, Tolerance tolerance,
                                 Map<Mistake, Map<String, Double>> mutants, Feedback say) {
        for (Map.Entry<Mistake, Map<String, Double>> m : mutants.entrySet()) {
            Double wrong = m.getValue().get(field);
            if (wrong != null && !tolerance.accepts(wrong, expected) && tolerance.accepts(given, wrong)) {
                return new FieldVerdict(field, Status.INCORRECT, say.mistake(m.getKey()), m.getKey());
            }
        }
        return verdict;
    }

    /** The typed text in quotes, cut after 24 characters. */
    static String quote(String raw) {
        String s = raw.length() > 24 ? raw.substring(0, 24) + "…" : raw;
        return "'" + s + "'";
    }
}
