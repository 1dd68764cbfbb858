package dev.chainrule.grader.exercise;

import java.util.List;

/**
 * The derivative-expression kind: the learner types a formula for {@code ask} (like {@code dP/dw2})
 * in the expression language, using the names in {@code variables} (every graph name when empty).
 * It is graded by evaluating it against the engine's gradient at several points drawn from
 * {@code params}. {@code solution} is the author's formula, checked when the exercise is loaded
 * and never sent to the learner.
 */
public record DerivativeExpressionSpec(String id, String title, String prompt, String graph, List<ParamSpec> params,
                                       String ask, List<String> variables, String solution, Tolerance tolerance)
        implements ExerciseSpec {
    public DerivativeExpressionSpec {
        params = List.copyOf(params);
        variables = List.copyOf(variables);
        if (tolerance == null) {
            tolerance = Tolerance.DEFAULT;
        }
    }

    @Override
    public Kind kind() {
        return Kind.DERIVATIVE_EXPRESSION;
    }
}
