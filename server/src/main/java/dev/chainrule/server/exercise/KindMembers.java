package dev.chainrule.server.exercise;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.chainrule.grader.exercise.ChoiceSpec;
import dev.chainrule.grader.exercise.Tolerance;

import java.util.List;
import java.util.Map;

/**
 * The members of an exercise's JSON that depend on its kind (docs/API.md): everything the page's grader needs to
 * rebuild the same spec, and nothing it must not see (a derivative-expression's solution). Built by {@link ExerciseViews}.
 */
public sealed interface KindMembers {

    /** {@code gradients}: the graph and how close answers must be. */
    record Gradients(String graph, ToleranceView tolerance) implements KindMembers {
    }

    /** {@code forward-pass}: the graph and the asked nodes (the same names as {@code ask}). */
    record ForwardPass(String graph, List<String> nodes, ToleranceView tolerance) implements KindMembers {
    }

    /** {@code backward-pass}: the graph and the nodes whose gradient is asked ({@code ask} is {@code dOUT/dNODE} for each). */
    record BackwardPass(String graph, List<String> nodes, ToleranceView tolerance) implements KindMembers {
    }

    /** {@code layer}: the network's layer sizes, activation id, sample count and each asked field's {@code [rows, cols]}. */
    record Layer(List<Integer> sizes, String activation, int samples, Map<String, List<Integer>> shapes,
                 ToleranceView tolerance) implements KindMembers {
    }

    /** {@code derivative-expression}: the graph, the names a formula may use and how each parameter is drawn. */
    record DerivativeExpression(String graph, List<String> variables, Map<String, DrawView> draws,
                                ToleranceView tolerance) implements KindMembers {
    }

    /** {@code choice}: the options, right ones marked (the server grades every submission again). */
    record Choice(List<OptionView> options, boolean multiple) implements KindMembers {
    }

    /** {@code experiment}: which computation the page runs, with which whole-number settings, and the predictions. */
    record Experiment(String experiment, Map<String, Integer> settings, List<OptionView> options) implements KindMembers {
    }

    /** How close an answer must be: {@code |answer - reference| <= atol + rtol * |reference|}. */
    record ToleranceView(double rtol, double atol) {

        static ToleranceView of(Tolerance tolerance) {
            return new ToleranceView(tolerance.rtol(), tolerance.atol());
        }
    }

    /** One option of a choice or experiment; {@code feedback} is sent as {@code null} when the author gave none. */
    record OptionView(String id, String text, boolean correct, @JsonInclude(JsonInclude.Include.ALWAYS) String feedback) {

        static List<OptionView> of(List<ChoiceSpec.Option> options) {
            return options.stream().map(o -> new OptionView(o.id(), o.text(), o.correct(), o.feedback())).toList();
        }
    }

    /** How one parameter is drawn: {@code {"range": [min, max], "decimals": n}} or {@code {"choose": [...]}}. */
    sealed interface DrawView {
    }

    /** A uniform draw in {@code range} with exactly {@code decimals} decimals. */
    record RangeDraw(List<Double> range, int decimals) implements DrawView {
    }

    /** One of the listed numbers. */
    record ChooseDraw(List<Double> choose) implements DrawView {
    }
}
