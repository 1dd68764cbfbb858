package dev.chainrule.grader.exercise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The forward-pass and backward-pass kinds, graded per node with error carried forward. */
class NodePassExercisesTest {
    private static final String SUM_TIMES = "q = x + y\nf = q * z";
    private static final String TWO_NEURONS = "p1 = w1 * x; y = sigmoid(p1); p2 = w2 * y; z = sigmoid(p2); P = -0.5 * (d - z)^2";

    private static List<ParamSpec> fixed(Map<String, Double> values) {
        return values.entrySet().stream().map(e -> (ParamSpec) new ParamSpec.Choice(e.getKey(), List.of(e.getValue()))).toList();
    }

    private static Map<String, Double> ordered(Object... pairs) {
        Map<String, Double> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put((String) pairs[i], ((Number) pairs[i + 1]).doubleValue());
        }
        return m;
    }

    private static Map<String, String> answers(String... pairs) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put(pairs[i], pairs[i + 1]);
        }
        return m;
    }

    private static final Map<String, Double> SUM_AT = ordered("x", -2, "y", 5, "z", -4);

    private static BackwardPassSpec backward(String graph, Map<String, Double> at) {
        return new BackwardPassSpec("b", "t", "p", graph, fixed(at), List.of(), null);
    }

    @Test
    void backwardPassAsksEveryNodeButTheOutputFromTheOutputBackwards() {
        assertEquals(List.of("df/dq", "df/dz", "df/dy", "df/dx"), Exercises.fields(backward(SUM_TIMES, SUM_AT)));
    }

    @Test
    void backwardPassSolvedByHandScoresFull() {
        // f = (x + y) z at x=-2, y=5, z=-4: df/dq = z = -4, df/dz = q = 3, and the add gate copies -4 to x and y.
        Verdict v = Exercises.check(backward(SUM_TIMES, SUM_AT), SUM_AT,
                answers("df/dq", "-4", "df/dz", "3", "df/dy", "-4", "df/dx", "-4"));
        assertEquals(1.0, v.score());
        assertTrue(v.chainCorrect());
        assertEquals(Map.of("df/dq", "-4.0", "df/dz", "3.0", "df/dy", "-4.0", "df/dx", "-4.0"),
                Exercises.solution(backward(SUM_TIMES, SUM_AT), SUM_AT));
    }

    @Test
    void oneEarlySlipCostsOneNodeNotTheChain() {
        // df/dq written as -5 (wrong); the add gate then passes the learner's -5 on, so df/dx = -5 is right
        // given their own upstream value; df/dy = -4 (the true value) is right as well.
        Verdict v = Exercises.check(backward(SUM_TIMES, SUM_AT), SUM_AT,
                answers("df/dq", "-5", "df/dz", "3", "df/dy", "-4", "df/dx", "-5"));
        assertEquals(List.of(Status.INCORRECT, Status.CORRECT, Status.CORRECT, Status.CORRECT),
                v.fields().stream().map(FieldVerdict::status).toList());
        assertEquals(0.75, v.score());
        assertFalse(v.chainCorrect());
        assertEquals("Correct, given your own gradients for the nodes after it.", v.fields().get(3).message());
    }

    @Test
    void backwardPassNamesTheMistakeAtTheNodeWhereItWasMade() {
        // Two neurons at x=2, w1=0.5, w2=1, d=1: z = 0.675038, d - z = 0.324962, z(1 - z) = 0.219362.
        // dP/dz = 0.324962. A learner who forgets the sigmoid's slope writes dP/dp2 = 0.324962 (not 0.071284),
        // then dP/dw2 = dP/dp2 * y = 0.324962 * 0.731059 = 0.237566, correct given their own dP/dp2.
        Map<String, Double> at = ordered("w1", 0.5, "x", 2, "w2", 1, "d", 1);
        BackwardPassSpec spec = new BackwardPassSpec("b", "t", "p", TWO_NEURONS, fixed(at), List.of("z", "p2", "w2"), null);
        double y = 1 / (1 + Math.exp(-1.0));
        double z = 1 / (1 + Math.exp(-y));
        Verdict v = Exercises.check(spec, at, answers("dP/dz", Double.toString(1 - z), "dP/dp2", Double.toString(1 - z),
                "dP/dw2", Double.toString((1 - z) * y)));
        assertEquals(Status.CORRECT, v.fields().get(0).status());
        assertEquals(Status.INCORRECT, v.fields().get(1).status());
        assertEquals(Mistake.ACTIVATION_DERIVATIVE_OMITTED, v.fields().get(1).mistake());
        assertEquals(Status.CORRECT, v.fields().get(2).status());
        assertFalse(v.chainCorrect());
    }

    @Test
    void backwardPassNamesBranchesNotSummed() {
        // q = x * y; f = q + x at x=2, y=3: df/dq = 1, df/dx = y * 1 + 1 = 4; keeping only the branch through q gives 3.
        Map<String, Double> at = ordered("x", 2, "y", 3);
        Verdict v = Exercises.check(backward("q = x * y\nf = q + x", at), at, answers("df/dq", "1", "df/dy", "2", "df/dx", "3"));
        assertEquals(Mistake.BRANCHES_NOT_SUMMED, v.fields().get(2).mistake());
    }

    @Test
    void forwardPassCarriesTheLearnersOwnValuesForward() {
        // x=2, w1=0.5, w2=1, d=1: p1 = 1, y = 0.7311, p2 = 0.7311, z = 0.6750, P = -0.0528.
        // A learner who writes y = 0.8 (wrong) and then p2 = w2 * 0.8 = 0.8 gets p2 right given their y.
        Map<String, Double> at = ordered("w1", 0.5, "x", 2, "w2", 1, "d", 1);
        ForwardPassSpec spec = new ForwardPassSpec("f", "t", "p", TWO_NEURONS, fixed(at), List.of("p1", "y", "p2"), null);
        Verdict v = Exercises.check(spec, at, answers("p1", "1", "y", "0.8", "p2", "0.8"));
        assertEquals(List.of(Status.CORRECT, Status.INCORRECT, Status.CORRECT), v.fields().stream().map(FieldVerdict::status).toList());
        assertFalse(v.chainCorrect());
        assertEquals(1.0, Exercises.check(spec, at, answers("p1", "1", "y", "0.7311", "p2", "0.7311")).score());
        assertEquals(List.of("p1", "P"), Exercises.fields(
                new ForwardPassSpec("f", "t", "p", TWO_NEURONS, fixed(at), List.of("p1", "P"), null)));
        assertEquals(List.of("p1", "y", "p2", "z", "P"), Exercises.fields(
                new ForwardPassSpec("f", "t", "p", TWO_NEURONS, fixed(at), List.of(), null)));
    }

    @Test
    void nodeListsAreCheckedAgainstTheGraph() {
        Map<String, Double> at = ordered("w1", 0.5, "x", 2, "w2", 1, "d", 1);
        assertEquals("nodes: 'x' is a parameter: its value is given, ask for computed nodes", assertThrows(SpecException.class,
                () -> Exercises.validate(new ForwardPassSpec("f", "t", "p", TWO_NEURONS, fixed(at), List.of("x"), null))).getMessage());
        assertEquals("nodes: 'P' is the output: its gradient is 1 by definition", assertThrows(SpecException.class,
                () -> Exercises.validate(new BackwardPassSpec("b", "t", "p", TWO_NEURONS, fixed(at), List.of("P"), null))).getMessage());
        assertEquals("nodes: 'q' names 'q', which the graph does not define", assertThrows(SpecException.class,
                () -> Exercises.validate(new BackwardPassSpec("b", "t", "p", TWO_NEURONS, fixed(at), List.of("q"), null))).getMessage());
    }

    @Test
    void variantsOfNodeKindsAreDeterministicAndAvoidMaxTies() {
        BackwardPassSpec spec = new BackwardPassSpec("b", "t", "p", "m = max(x, y); f = m * z",
                List.of(new ParamSpec.Range("x", -2, 2, 0), new ParamSpec.Range("y", -2, 2, 0), new ParamSpec.Range("z", 1, 3, 0)),
                List.of(), null);
        for (long seed = 0; seed < 100; seed++) {
            Variant v = Exercises.generate(spec, seed);
            assertEquals(v, Exercises.generate(spec, seed));
            assertTrue(!v.params().get("x").equals(v.params().get("y")), "no tie at seed " + seed);
            assertEquals(1.0, Exercises.check(spec, v.params(), Exercises.solution(spec, v.params())).score());
        }
    }
}
