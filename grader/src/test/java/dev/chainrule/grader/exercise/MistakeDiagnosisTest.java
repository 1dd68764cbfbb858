package dev.chainrule.grader.exercise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Each named mistake: an answer worked by hand with that slip is graded incorrect and the slip is named. */
class MistakeDiagnosisTest {
    private static final String TWO_NEURONS = "p1 = w1 * x; y = sigmoid(p1); p2 = w2 * y; z = sigmoid(p2); P = -0.5 * (d - z)^2";

    private static FieldVerdict grade(String graph, Map<String, Double> params, String ask, double answer) {
        List<ParamSpec> specs = new ArrayList<>();
        for (String name : params.keySet()) {
            specs.add(new ParamSpec.Choice(name, List.of(params.get(name))));
        }
        GradientsSpec spec = new GradientsSpec("m", "t", "p", graph, specs, List.of(ask), new Tolerance(0.01, 1e-6));
        FieldVerdict v = Exercises.check(spec, params, Map.of(ask, Double.toString(answer))).fields().get(0);
        assertEquals(Status.INCORRECT, v.status(), v.toString());
        return v;
    }

    private static Map<String, Double> twoNeuronParams() {
        Map<String, Double> p = new LinkedHashMap<>();
        p.put("w1", 0.5);
        p.put("x", 2.0);
        p.put("w2", 1.0);
        p.put("d", 1.0);
        return p;
    }

    // Two neurons at x = 2, w1 = 0.5, w2 = 1, d = 1: y = 0.731059, p2 = 0.731059, z = 0.675038, d - z = 0.324962.
    // The right dP/dw2 = (d - z) z (1 - z) y = 0.324962 * 0.219362 * 0.731059 = 0.052113.
    private static final double Y = 1 / (1 + Math.exp(-1.0));
    private static final double Z = 1 / (1 + Math.exp(-Y));

    @Test
    void leavingOutTheSigmoidDerivativeIsNamed() {
        // (d - z) * y, without z (1 - z): 0.324962 * 0.731059 = 0.237566
        FieldVerdict v = grade(TWO_NEURONS, twoNeuronParams(), "dP/dw2", (1 - Z) * Y);
        assertEquals(Mistake.ACTIVATION_DERIVATIVE_OMITTED, v.mistake());
        assertTrue(v.message().contains("left out the activation's derivative"), v.message());
    }

    @Test
    void takingSigmaPrimeAsSigmaIsNamed() {
        // (d - z) * z * y = 0.324962 * 0.675038 * 0.731059 = 0.160366
        assertEquals(Mistake.SIGMA_PRIME_AS_SIGMA, grade(TWO_NEURONS, twoNeuronParams(), "dP/dw2", (1 - Z) * Z * Y).mistake());
    }

    @Test
    void computingSigmaPrimeFromThePreActivationIsNamed() {
        // (d - z) * p2 (1 - p2) * y with p2 = y = 0.731059: 0.324962 * 0.196612 * 0.731059 = 0.046708
        assertEquals(Mistake.SIGMA_PRIME_FROM_PREACTIVATION,
                grade(TWO_NEURONS, twoNeuronParams(), "dP/dw2", (1 - Z) * Y * (1 - Y) * Y).mistake());
    }

    @Test
    void flippingTheSignOfThePerformanceIsNamed() {
        // the gradient of the loss 1/2 (d - z)^2 instead of P: -0.052113
        assertEquals(Mistake.PERFORMANCE_SIGN_FLIPPED,
                grade(TWO_NEURONS, twoNeuronParams(), "dP/dw2", -(1 - Z) * Z * (1 - Z) * Y).mistake());
    }

    @Test
    void notSummingTheBranchesIsNamed() {
        // f = x * y + x at x = 2, y = 3: df/dx = y + 1 = 4; keeping only the branch through the product gives 3.
        FieldVerdict v = grade("q = x * y; f = q + x", Map.of("x", 2.0, "y", 3.0), "df/dx", 3);
        assertEquals(Mistake.BRANCHES_NOT_SUMMED, v.mistake());
    }

    @Test
    void notSwitchingTheMulGateIsNamed() {
        // f = x * y + y at x = 3, y = -4: df/dx = y = -4; without the switch the gate sends x: df/dx = 3.
        assertEquals(Mistake.MUL_NOT_SWITCHED, grade("q = x * y; f = q + y", Map.of("x", 3.0, "y", -4.0), "df/dx", 3).mistake());
    }

    @Test
    void routingTheMaxGateToTheSmallerInputIsNamed() {
        // f = max(x, y) * z at x = 1, y = 4, z = 5: y is larger, so df/dx = 0 and df/dy = 5; routed to x instead: df/dx = 5.
        assertEquals(Mistake.MAX_ROUTED_TO_SMALLER,
                grade("m = max(x, y); f = m * z", Map.of("x", 1.0, "y", 4.0, "z", 5.0), "df/dy", 0).mistake());
    }

    @Test
    void lettingTheGradientThroughANegativeReluIsNamed() {
        // f = 3 * relu(w * x) + w at w = 2, x = -1.5: w x = -3 < 0, so df/dw = 1; passing the ReLU: 3 x + 1 = -3.5.
        assertEquals(Mistake.RELU_PASSES_NEGATIVE,
                grade("h = relu(w * x); f = 3 * h + w", Map.of("w", 2.0, "x", -1.5), "df/dw", -3.5).mistake());
    }

    @Test
    void aWrongAnswerThatMatchesNoMistakeNamesNone() {
        FieldVerdict v = grade(TWO_NEURONS, twoNeuronParams(), "dP/dw2", 0.3);
        assertNull(v.mistake());
        assertEquals("Not correct: dP/dw2 is not within 1% of the value the grader computes.", v.message());
    }

    @Test
    void everyMistakeHasAStableIdAndAnExplanation() {
        for (Mistake m : Mistake.values()) {
            assertEquals(m, Mistake.byId(m.id()));
            assertTrue(m.explanation().endsWith("."), m.id());
        }
    }
}
