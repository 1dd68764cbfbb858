package dev.chainrule.server.exercise;

import dev.chainrule.grader.exercise.BackwardPassSpec;
import dev.chainrule.grader.exercise.ChoiceSpec;
import dev.chainrule.grader.exercise.DerivativeExpressionSpec;
import dev.chainrule.grader.exercise.ExerciseSpec;
import dev.chainrule.grader.exercise.Exercises;
import dev.chainrule.grader.exercise.ExperimentSpec;
import dev.chainrule.grader.exercise.ForwardPassSpec;
import dev.chainrule.grader.exercise.GradientsSpec;
import dev.chainrule.grader.exercise.LayerSpec;
import dev.chainrule.grader.exercise.ParamSpec;
import dev.chainrule.grader.expr.Program;
import dev.chainrule.server.exercise.KindMembers.ToleranceView;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds the view of a stored variant: the spec's text, its kind's members and the parameters regenerated from the stored seed. */
public final class ExerciseViews {

    private ExerciseViews() {
    }

    public static ExerciseView of(ExerciseSpec spec, StoredVariant variant) {
        return of(spec, Exercises.generate(spec, variant.seed()).params(), variant.number());
    }

    /** The view of given parameter values (the golden cases fix them rather than drawing them from a seed). */
    public static ExerciseView of(ExerciseSpec spec, Map<String, Double> params, int number) {
        return new ExerciseView(spec.id(), spec.kind().id(), spec.title(), spec.prompt(), number, new LinkedHashMap<>(params),
                List.copyOf(Exercises.fields(spec)), Exercises.labels(spec), members(spec));
    }

    /** The kind's own members; one small mapping per kind of the sealed {@link ExerciseSpec}. */
    static KindMembers members(ExerciseSpec spec) {
        if (spec instanceof GradientsSpec g) {
            return new KindMembers.Gradients(g.graph(), ToleranceView.of(g.tolerance()));
        }
        if (spec instanceof ForwardPassSpec f) {
            return new KindMembers.ForwardPass(f.graph(), List.copyOf(Exercises.fields(f)), ToleranceView.of(f.tolerance()));
        }
        if (spec instanceof BackwardPassSpec b) {
            return new KindMembers.BackwardPass(b.graph(), backwardNodes(b), ToleranceView.of(b.tolerance()));
        }
        if (spec instanceof LayerSpec l) {
            return layer(l);
        }
        if (spec instanceof DerivativeExpressionSpec d) {
            return derivativeExpression(d);
        }
        if (spec instanceof ChoiceSpec c) {
            return new KindMembers.Choice(KindMembers.OptionView.of(c.options()), c.multiple());
        }
        ExperimentSpec e = (ExperimentSpec) spec;
        return new KindMembers.Experiment(e.experiment().id(), e.settings(), KindMembers.OptionView.of(e.options()));
    }

    /** The node of each asked {@code dOUT/dNODE}, in asked order (names cannot hold a slash). */
    private static List<String> backwardNodes(BackwardPassSpec spec) {
        return Exercises.fields(spec).stream().map(field -> field.substring(field.lastIndexOf('/') + 2)).toList();
    }

    private static KindMembers layer(LayerSpec spec) {
        Map<String, List<Integer>> shapes = new LinkedHashMap<>();
        for (String field : spec.ask()) {
            int[] shape = Exercises.shape(spec, field);
            shapes.put(field, List.of(shape[0], shape[1]));
        }
        return new KindMembers.Layer(spec.sizes(), spec.activation().id(), spec.samples(), shapes, ToleranceView.of(spec.tolerance()));
    }

    /** Never the solution: the page gets the graph, the usable names and the draws the checker takes its extra points from. */
    private static KindMembers derivativeExpression(DerivativeExpressionSpec spec) {
        List<String> variables = spec.variables().isEmpty() ? Program.parse(spec.graph()).names() : spec.variables();
        Map<String, KindMembers.DrawView> draws = new LinkedHashMap<>();
        for (ParamSpec param : spec.params()) {
            draws.put(param.name(), draw(param));
        }
        return new KindMembers.DerivativeExpression(spec.graph(), List.copyOf(variables), draws, ToleranceView.of(spec.tolerance()));
    }

    private static KindMembers.DrawView draw(ParamSpec param) {
        if (param instanceof ParamSpec.Range range) {
            return new KindMembers.RangeDraw(List.of(range.min(), range.max()), range.decimals());
        }
        return new KindMembers.ChooseDraw(((ParamSpec.Choice) param).values());
    }
}
