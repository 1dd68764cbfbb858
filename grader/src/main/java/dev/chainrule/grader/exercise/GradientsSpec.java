package dev.chainrule.grader.exercise;

import java.util.List;

/**
 * The gradients kind: numeric values of chosen partial derivatives of a graph written in the
 * expression language. {@code ask} entries read {@code dOUT/dNAME}.
 */
public record GradientsSpec(String id, String title, String prompt, String graph, List<ParamSpec> params,
                            List<String> ask, Tolerance tolerance) implements ExerciseSpec {
    public GradientsSpec {
        params = List.copyOf(params);
        ask = List.copyOf(ask);
        if (tolerance == null) {
            tolerance = Tolerance.DEFAULT;
        }
    }

    @Override
    public Kind kind() {
        return Kind.GRADIENTS;
    }
}
