package dev.chainrule.client;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.chainrule.grader.exercise.Exercises;
import dev.chainrule.grader.exercise.FieldVerdict;
import dev.chainrule.grader.exercise.GradientsSpec;
import dev.chainrule.grader.exercise.Tolerance;
import dev.chainrule.grader.exercise.Status;
import dev.chainrule.grader.exercise.Verdict;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The grader spec the widget builds from page data, checked on the JVM against finite differences. */
class PageDataSpecTest {
    private static final String GRAPH = "p1 = w1 * x\ny = sigmoid(p1)\np2 = w2 * y\nz = sigmoid(p2)\nP = -0.5 * (d - z)^2";

    private static LinkedHashMap<String, Double> params() {
        LinkedHashMap<String, Double> params = new LinkedHashMap<>();
        params.put("x", 1.5);
        params.put("w1", -0.3);
        params.put("w2", 0.8);
        params.put("d", 1.0);
        return params;
    }

    /** The spec as PageData rebuilds it from the harness page's gradients exercise. */
    private static GradientsSpec harnessSpec() {
        return new GradientsSpec("two-neuron-weights", "Weights", "Compute both.", GRAPH, PageData.fixed(params()),
                List.of("dP/dw1", "dP/dw2"), new Tolerance(0.02, 1e-6));
    }

    /** The performance of the two-neuron network, written out independently of the grader. */
    private static double performance(Map<String, Double> p) {
        double y = 1 / (1 + Math.exp(-p.get("w1") * p.get("x")));
        double z = 1 / (1 + Math.exp(-p.get("w2") * y));
        return -0.5 * (p.get("d") - z) * (p.get("d") - z);
    }

    private static double finiteDifference(String name) {
        double h = 1e-6;
        Map<String, Double> up = params();
        Map<String, Double> down = params();
        up.put(name, up.get(name) + h);
        down.put(name, down.get(name) - h);
        return (performance(up) - performance(down)) / (2 * h);
    }

    private static Status statusOf(Verdict verdict, String field) {
        for (FieldVerdict f : verdict.fields()) {
            if (f.field().equals(field)) {
                return f.status();
            }
        }
        throw new AssertionError("no verdict for " + field);
    }

    @Test
    void answersNearTheFiniteDifferenceAreCorrectAndFarOnesAreNot() {
        Map<String, String> answers = new LinkedHashMap<>();
        answers.put("dP/dw1", Double.toString(finiteDifference("w1") * 1.5));
        answers.put("dP/dw2", " " + finiteDifference("w2") + " ");
        Verdict verdict = Exercises.check(harnessSpec(), params(), answers);
        assertEquals(Status.INCORRECT, statusOf(verdict, "dP/dw1"));
        assertEquals(Status.CORRECT, statusOf(verdict, "dP/dw2"));
        assertEquals(0.5, verdict.score(), 1e-12);
    }

    @Test
    void emptyAndNonNumericAnswersAreInvalid() {
        Map<String, String> answers = new LinkedHashMap<>();
        answers.put("dP/dw1", "");
        answers.put("dP/dw2", "1/0");
        Verdict verdict = Exercises.check(harnessSpec(), params(), answers);
        assertEquals(Status.INVALID, statusOf(verdict, "dP/dw1"));
        assertEquals(Status.INVALID, statusOf(verdict, "dP/dw2"));
    }

    @Test
    void theSpecCarriesThePageToleranceAndFixesEachParameterToItsValue() {
        var spec = harnessSpec();
        assertEquals(0.02, spec.tolerance().rtol());
        assertEquals(1e-6, spec.tolerance().atol());
        assertEquals(List.of("x", "w1", "w2", "d"), spec.params().stream().map(p -> p.name()).toList());
        Exercises.validate(spec);
    }
}
