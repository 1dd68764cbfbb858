package dev.chainrule.client;

import dev.chainrule.grader.exercise.GradientsSpec;
import dev.chainrule.grader.exercise.ParamSpec;
import dev.chainrule.grader.exercise.Tolerance;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One exercise variant as the page hands it over: what is asked, and the parameter values to check against. */
record ExerciseVariant(String id, String kind, String title, String prompt, String graph,
        LinkedHashMap<String, Double> params, List<String> ask, Map<String, String> labels,
        double rtol, double atol, int variant) {

    static final String KIND_GRADIENTS = "gradients";

    boolean isGradients() {
        return KIND_GRADIENTS.equals(kind);
    }

    /**
     * The grader spec for local checking. The page gives parameter values, not how to draw them; the grader wants
     * every graph parameter declared, so each is declared as a choice of exactly the value the page gave.
     */
    GradientsSpec toGradientsSpec() {
        List<ParamSpec> fixed = new ArrayList<>();
        for (Map.Entry<String, Double> param : params.entrySet()) {
            fixed.add(new ParamSpec.Choice(param.getKey(), List.of(param.getValue())));
        }
        return new GradientsSpec(id, title, prompt, graph, List.copyOf(fixed), ask, new Tolerance(rtol, atol));
    }

    /** The TeX label the page gave for an asked name, or null. */
    String labelTex(String askName) {
        return labels.get(askName);
    }
}
