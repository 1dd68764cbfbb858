package dev.chainrule.grader.exercise;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * English feedback is worded exactly as before the Korean edition (the content module's golden
 * cases compare it): the strings below are copied from the grader's earlier output.
 */
class EnglishFeedbackTest {
    private static final String TWO_NEURONS = "p1 = w1 * x\ny = sigmoid(p1)\np2 = w2 * y\nz = sigmoid(p2)\nP = -0.5 * (d - z)^2";
    private static final List<ParamSpec> PARAMS = List.of(new ParamSpec.Range("w1", -1.5, 1.5, 1), new ParamSpec.Range("x", -2, 2, 1),
            new ParamSpec.Range("w2", -1.5, 1.5, 1), new ParamSpec.Choice("d", List.of(0.0, 1.0)));

    private static Map<String, String> answers(String... pairs) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put(pairs[i], pairs[i + 1]);
        }
        return m;
    }

    private static List<String> messages(ExerciseSpec spec, Map<String, Double> params, Map<String, String> answers) {
        List<String> english = Exercises.check(spec, params, answers, Language.EN).fields().stream().map(FieldVerdict::message).toList();
        assertEquals(english, Exercises.check(spec, params, answers).fields().stream().map(FieldVerdict::message).toList());
        return english;
    }

    @Test
    void numericAnswersAreAnsweredInTheEnglishOfBefore() {
        GradientsSpec spec = new GradientsSpec("g", "t", "p", TWO_NEURONS, PARAMS, List.of("dP/dw1", "dP/dw2", "dP/dx", "dP/dz"), null);
        Map<String, Double> p = Exercises.generate(spec, 0).params();
        Map<String, Double> flipped = GradientsExercise.compile(spec).reference(p, Mistake.PERFORMANCE_SIGN_FLIPPED);
        assertEquals(List.of(
                "Not correct. Your answer has the right size but the opposite sign: check the sign of each factor, and remember that "
                        + "the performance P = -1/2 (d - z)^2 is the negative of the squared-error loss.",
                "'1,5' is not a number (dP/dw2): write a decimal like -0.25, with a point, not a comma.",
                "dP/dx must be a finite number.",
                "No answer for dP/dz: enter a number."),
                messages(spec, p, answers("dP/dw1", flipped.get("dP/dw1").toString(), "dP/dw2", "1,5", "dP/dx", "-inf", "dP/dz", " ")));
    }

    @Test
    void nodeKindsCarryCreditInTheEnglishOfBefore() {
        ForwardPassSpec spec = new ForwardPassSpec("f", "t", "p", TWO_NEURONS, PARAMS, List.of("p1", "y"), null);
        Map<String, Double> p = Exercises.generate(spec, 0).params();
        double p1 = Double.parseDouble(Exercises.solution(spec, p).get("p1")) + 1;
        assertEquals(List.of("Not correct: p1 is not within 1% of the value the grader computes.",
                "Correct, given your own values for the nodes before it."),
                messages(spec, p, answers("p1", Double.toString(p1), "y", Double.toString(1 / (1 + Math.exp(-p1))))));
    }

    @Test
    void matricesAreAnsweredInTheEnglishOfBefore() {
        LayerSpec spec = new LayerSpec("layer", "t", "p", List.of(2, 3), LayerSpec.Activation.SIGMOID, 1, new ParamSpec.Range("i", -1, 1, 1),
                new ParamSpec.Range("w", -1, 1, 1), new ParamSpec.Choice("t", List.of(0.0, 1.0)), List.of("z1", "delta1", "dU1"), null);
        Map<String, Double> p = Exercises.generate(spec, 0).params();
        assertEquals(List.of("z1: no answer: enter the entries, rows separated by ';'.", "delta1: row 2 has 1 entries but row 1 has 2.",
                "dU1 is 3 x 2 (3 rows of 2 entries), but you wrote 2 x 3 (2 rows of 3 entries)."),
                messages(spec, p, answers("z1", "", "delta1", "1 2; 3", "dU1", "9 9 9; 9 9 9")));
        assertEquals(List.of("z1: row 1, entry 2: 'x' is not a finite number.", "Not correct: 0 of 3 entries are right; look again at row 1, column 1.",
                "Correct."),
                messages(spec, p, answers("z1", "1 x", "delta1", "9; 9; 9", "dU1", Exercises.solution(spec, p).get("dU1"))));
    }

    @Test
    void formulasAreAnsweredInTheEnglishOfBefore() {
        DerivativeExpressionSpec spec = new DerivativeExpressionSpec("dw2-formula", "t", "p", TWO_NEURONS, PARAMS, "dP/dw2",
                List.of("x", "w1", "w2", "d", "y", "z"), "(d - z) * z * (1 - z) * y", null);
        Map<String, Double> p = Exercises.generate(spec, 0).params();
        assertEquals(List.of("Not correct: at w1 = 0.8, x = 1.5, w2 = 0.1, d = 0 your formula gives a different value from dP/dw2."),
                messages(spec, p, answers("dP/dw2", "z * y")));
        assertEquals(List.of("Column 3: unexpected character U+00B2."), messages(spec, p, answers("dP/dw2", "z ² y")));
        assertEquals(List.of("Column 2: expected digits after the exponent 'e'."), messages(spec, p, answers("dP/dw2", "1e")));
        assertEquals(List.of("Column 3: the exponent after '^' must be a number between -100 and 100."),
                messages(spec, p, answers("dP/dw2", "z^1000")));
        assertEquals(List.of("Column 1: unknown function 'foo' (known: sigmoid, tanh, relu, exp, log, max)."),
                messages(spec, p, answers("dP/dw2", "foo(z)")));
        assertEquals(List.of("Column 1: sigmoid takes 1 argument, found 2."), messages(spec, p, answers("dP/dw2", "sigmoid(z, y)")));
        assertEquals(List.of("Column 65: expression nested more than 64 levels deep."),
                messages(spec, p, answers("dP/dw2", "(".repeat(70) + "z" + ")".repeat(70))));
        assertEquals(List.of("The formula is longer than 500 characters."), messages(spec, p, answers("dP/dw2", "x".repeat(501))));
    }

    @Test
    void choicesAreAnsweredInTheEnglishOfBefore() {
        ChoiceSpec spec = new ChoiceSpec("c", "t", "p", List.of(new ChoiceSpec.Option("a", "A", true, null),
                new ChoiceSpec.Option("b", "B", false, null), new ChoiceSpec.Option("c", "C", true, null)), true);
        assertEquals(List.of("Not correct: look at each statement again; every true one, and only those, must be selected."),
                messages(spec, Map.of(), answers("choice", "a,b")));
        assertEquals(List.of("Select every option that is true."), messages(spec, Map.of(), answers("choice", ",,")));
        assertEquals(List.of("'xxxxxxxxxxxxxxxxxxxxxxxx…' is not one of the options."),
                messages(spec, Map.of(), answers("choice", "x".repeat(40))));
    }
}
