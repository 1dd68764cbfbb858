package dev.chainrule.grader.exercise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DerivativeExpressionTest {
    private static final String TWO_NEURONS = "p1 = w1 * x\ny = sigmoid(p1)\np2 = w2 * y\nz = sigmoid(p2)\nP = -0.5 * (d - z)^2";
    private static final List<ParamSpec> PARAMS = List.of(new ParamSpec.Range("w1", -1.5, 1.5, 1), new ParamSpec.Range("x", -2, 2, 1),
            new ParamSpec.Range("w2", -1.5, 1.5, 1), new ParamSpec.Choice("d", List.of(0.0, 1.0)));

    private static DerivativeExpressionSpec spec(String solution) {
        return new DerivativeExpressionSpec("dw2-formula", "t", "p", TWO_NEURONS, PARAMS, "dP/dw2", List.of("x", "w1", "w2", "d", "y", "z"),
                solution, null);
    }

    private static FieldVerdict grade(String formula) {
        DerivativeExpressionSpec spec = spec("(d - z) * z * (1 - z) * y");
        Variant v = Exercises.generate(spec, 3);
        return Exercises.check(spec, v.params(), Map.of("dP/dw2", formula)).fields().get(0);
    }

    @Test
    void theChainRuleWrittenAsAFormulaIsCorrectInAnyEquivalentForm() {
        // dP/dw2 = dP/dz * dz/dp2 * dp2/dw2 = (d - z) * z (1 - z) * y
        assertEquals(Status.CORRECT, grade("(d - z) * z * (1 - z) * y").status());
        assertEquals(Status.CORRECT, grade("y*z*(1-z)*(d-z)").status());
        assertEquals(Status.CORRECT, grade("(d*z - z^2) * (y - y*z)").status());
        assertEquals("Correct: your formula agrees with the gradient at 7 points.", grade("y*z*(1-z)*(d-z)").message());
    }

    @Test
    void wrongFormulasAreNamedWhenTheyMatchAMistake() {
        assertEquals(Mistake.ACTIVATION_DERIVATIVE_OMITTED, grade("(d - z) * y").mistake());
        assertEquals(Mistake.SIGMA_PRIME_AS_SIGMA, grade("(d - z) * z * y").mistake());
        assertEquals(Mistake.PERFORMANCE_SIGN_FLIPPED, grade("(z - d) * z * (1 - z) * y").mistake());
        FieldVerdict other = grade("z * y");
        assertEquals(Status.INCORRECT, other.status());
        assertEquals(null, other.mistake());
    }

    @Test
    void syntaxErrorsAndUnknownNamesAreReportedWithTheirColumn() {
        assertEquals("Column 9: expected ')' to close '(' opened at column 3, found end of input.", grade("z*(1-z*y").message());
        assertEquals("Column 1: unknown name 'p2'; you can use x, w1, w2, d, y, z.", grade("p2 * y").message());
        assertEquals(Status.INVALID, grade("").status());
    }

    @Test
    void aWrongAuthorSolutionIsCaughtWhenTheExerciseLoads() {
        SpecException e = assertThrows(SpecException.class, () -> Exercises.validate(spec("(d - z) * y")));
        assertEquals("solution", e.field());
    }
}
