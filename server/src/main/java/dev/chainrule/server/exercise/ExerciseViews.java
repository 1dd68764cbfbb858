package dev.chainrule.server.exercise;

import dev.chainrule.grader.exercise.Exercises;
import dev.chainrule.grader.exercise.ExerciseSpec;
import dev.chainrule.grader.exercise.GradientsSpec;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds the view of a stored variant: the spec's text plus the parameter values regenerated from the stored seed. */
public final class ExerciseViews {

    private ExerciseViews() {
    }

    /** The names of the fields the exercise asks for, in order. */
    public static List<String> ask(ExerciseSpec spec) {
        if (spec instanceof GradientsSpec gradients) {
            return List.copyOf(gradients.ask());
        }
        throw new IllegalArgumentException("no asked fields for exercise kind " + spec.kind());
    }

    public static ExerciseView of(ExerciseSpec spec, StoredVariant variant) {
        Map<String, Double> params = new LinkedHashMap<>(Exercises.generate(spec, variant.seed()).params());
        if (spec instanceof GradientsSpec gradients) {
            Map<String, String> labels = new LinkedHashMap<>();
            gradients.ask().forEach(ask -> labels.put(ask, Exercises.askLabelTex(ask)));
            return new ExerciseView(spec.id(), spec.kind().id(), spec.title(), spec.prompt(), gradients.graph(), params,
                    List.copyOf(gradients.ask()), labels,
                    new ExerciseView.ToleranceView(gradients.tolerance().rtol(), gradients.tolerance().atol()),
                    variant.number());
        }
        throw new IllegalArgumentException("no view for exercise kind " + spec.kind());
    }
}
