package dev.chainrule.server.exercise;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

import java.util.List;
import java.util.Map;

/**
 * The JSON a learner gets for their current variant of an exercise (API reply and the lesson page's embedded data):
 * the members every kind has, then the kind's own {@link KindMembers} inlined beside them.
 */
public record ExerciseView(String id, String kind, String title, String prompt, int variant, Map<String, Double> params,
                           List<String> ask, Map<String, String> labels, @JsonUnwrapped KindMembers members) {
}
