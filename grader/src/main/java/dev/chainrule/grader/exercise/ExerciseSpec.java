package dev.chainrule.grader.exercise;

/** What an exercise file declares, parsed and typed; one record per kind. */
public sealed interface ExerciseSpec permits GradientsSpec, ForwardPassSpec, BackwardPassSpec, LayerSpec,
        DerivativeExpressionSpec, ChoiceSpec, ExperimentSpec {
    String id();

    String title();

    /** The task, in Markdown with math. */
    String prompt();

    Kind kind();
}
