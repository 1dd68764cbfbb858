package dev.chainrule.client;

import dev.chainrule.grader.exercise.ChoiceSpec;
import dev.chainrule.grader.exercise.DerivativeExpressionSpec;
import dev.chainrule.grader.exercise.ExerciseSpec;
import dev.chainrule.grader.exercise.ExperimentSpec;
import dev.chainrule.grader.exercise.Kind;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One exercise variant as the page hands it over: what is asked, the variant's numbers, and the grader spec rebuilt
 * from the page data for local checking. {@code shapes} holds {rows, cols} per field for the layer kind (else empty).
 */
record ExerciseVariant(String id, Kind kind, String title, String prompt, LinkedHashMap<String, Double> params,
        List<String> ask, Map<String, String> labels, ExerciseSpec spec, Map<String, int[]> shapes, int variant) {

    /** The TeX label of a field: the page's, or the grader's own when the page gave none. */
    String labelTex(String field) {
        return labels.get(field);
    }

    /** The options of a choice or experiment exercise, else null. */
    List<ChoiceSpec.Option> options() {
        if (spec instanceof ChoiceSpec c) {
            return c.options();
        }
        return spec instanceof ExperimentSpec e ? e.options() : null;
    }

    /** Whether several options may be selected (choice with {@code multiple}). */
    boolean multiple() {
        return spec instanceof ChoiceSpec c && c.multiple();
    }

    /** The names a derivative-expression formula may use, else an empty list. */
    List<String> variables() {
        return spec instanceof DerivativeExpressionSpec d ? d.variables() : List.of();
    }
}
