package dev.chainrule.server.reliability;

import dev.chainrule.grader.exercise.FieldVerdict;
import dev.chainrule.grader.exercise.Verdict;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A submission as a simulated learner sends it: the exercise and variant number it answers, the answers, the
 * {@code Idempotency-Key} that names it (so that it can be sent again after a lost reply without counting twice), and
 * the grade the grader gives it.
 */
record Submission(int learner, String exercise, int variant, Map<String, String> answers, String key, Verdict expected) {

    /** Each field's status as the API writes it, in asked order. */
    List<String> statuses() {
        return expected.fields().stream().map(f -> f.status().name().toLowerCase(Locale.ROOT)).toList();
    }

    /** Field -> named mistake, for the fields whose answer matches one. */
    Map<String, String> mistakes() {
        Map<String, String> mistakes = new LinkedHashMap<>();
        for (FieldVerdict field : expected.fields()) {
            if (field.mistake() != null) {
                mistakes.put(field.field(), field.mistake().id());
            }
        }
        return mistakes;
    }

    /** This submission, acknowledged as attempt {@code attempt}. */
    Acknowledged acknowledged(long attempt) {
        return new Acknowledged(attempt, this);
    }
}
