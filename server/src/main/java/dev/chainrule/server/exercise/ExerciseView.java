package dev.chainrule.server.exercise;

import java.util.List;
import java.util.Map;

/** The JSON a learner gets for their current variant of an exercise (API reply and the lesson page's embedded data). */
public record ExerciseView(String id, String kind, String title, String prompt, String graph, Map<String, Double> params,
                           List<String> ask, Map<String, String> labels, ToleranceView tolerance, int variant) {

    /** How close an answer must be: {@code |answer - reference| <= atol + rtol * |reference|}. */
    public record ToleranceView(double rtol, double atol) {
    }
}
