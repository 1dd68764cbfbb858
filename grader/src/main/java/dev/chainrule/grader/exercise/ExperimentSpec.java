package dev.chainrule.grader.exercise;

import dev.chainrule.grader.experiment.Experiment;
import java.util.List;
import java.util.Map;

/**
 * The experiment kind: the learner commits to a prediction (one of {@code options}, field
 * {@link #FIELD}) and then runs {@code experiment} live in the page with {@code settings}.
 * Graded on the prediction.
 */
public record ExperimentSpec(String id, String title, String prompt, Experiment experiment, Map<String, Integer> settings,
                             List<ChoiceSpec.Option> options) implements ExerciseSpec {
    /** The one field an experiment asks for. */
    public static final String FIELD = "prediction";

    public ExperimentSpec {
        Map<String, Integer> sorted = new java.util.LinkedHashMap<>();
        for (String name : Experiment.sortedNames(settings)) {
            sorted.put(name, settings.get(name));
        }
        settings = java.util.Collections.unmodifiableMap(sorted);
        options = List.copyOf(options);
    }

    @Override
    public Kind kind() {
        return Kind.EXPERIMENT;
    }
}
