package dev.chainrule.grader.exercise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GradientsExerciseTest {
    private static final String TWO_NEURONS = """
            p1 = w1 * x
            y  = sigmoid(p1)
            p2 = w2 * y
            z  = sigmoid(p2)
            P  = -0.5 * (d - z)^2
            """;

    private static GradientsSpec twoNeurons(List<String> ask, Tolerance tolerance) {
        return new GradientsSpec("two-neurons", "Two neurons", "Compute.", TWO_NEURONS, List.of(
                new ParamSpec.Range("x", -2, 2, 1),
                new ParamSpec.Range("w1", -1.5, 1.5, 1),
                new ParamSpec.Range("w2", -1.5, 1.5, 1),
                new ParamSpec.Choice("d", List.of(0.0, 1.0))), ask, tolerance);
    }

    private static Map<String, Double> params(double x, double w1, double w2, double d) {
        Map<String, Double> p = new LinkedHashMap<>();
        p.put("x", x);
        p.put("w1", w1);
        p.put("w2", w2);
        p.put("d", d);
        return p;
    }

    @Test
    void twoNeuronGradientsMatchTheHandWorkedChainRule() {
        // x = 2, w1 = 0.5, w2 = 1, d = 1.
        // Forward: p1 = 1, y = sigmoid(1) = 0.731059, p2 = 0.731059, z = sigmoid(0.731059) = 0.675038.
        // dP/dz = d - z = 0.324962; dz/dp2 = z(1 - z) = 0.219362; so dP/dp2 = 0.071284.
        // dP/dw2 = dP/dp2 * y = 0.071284 * 0.731059 = 0.052113.
        // dP/dy = dP/dp2 * w2 = 0.071284; dy/dp1 = y(1 - y) = 0.196612; dP/dp1 = 0.014015.
        // dP/dw1 = dP/dp1 * x = 0.028031.
        GradientsSpec spec = twoNeurons(List.of("dP/dw2", "dP/dy", "dP/dw1", "dz/dp2"), null);
        Map<String, Double> ref = Exercises.reference(spec, params(2, 0.5, 1, 1));
        assertEquals(0.052113, ref.get("dP/dw2"), 1e-6);
        assertEquals(0.071284, ref.get("dP/dy"), 1e-6);
        assertEquals(0.028031, ref.get("dP/dw1"), 1e-6);
        assertEquals(0.219362, ref.get("dz/dp2"), 1e-6);
        assertEquals(List.of("dP/dw2", "dP/dy", "dP/dw1", "dz/dp2"), List.copyOf(ref.keySet()));
    }

    @Test
    void referenceMatchesFiniteDifferencesOfTheGraphForManyVariants() {
        GradientsSpec spec = twoNeurons(List.of("dP/dw1", "dP/dw2", "dP/dx"), null);
        for (long seed = 0; seed < 200; seed++) {
            Map<String, Double> p = Exercises.generate(spec, seed).params();
            Map<String, Double> ref = Exercises.reference(spec, p);
            for (String name : List.of("w1", "w2", "x")) {
                double h = 1e-6;
                Map<String, Double> plus = new LinkedHashMap<>(p);
                Map<String, Double> minus = new LinkedHashMap<>(p);
                plus.put(name, p.get(name) + h);
                minus.put(name, p.get(name) - h);
                double numeric = (performance(plus) - performance(minus)) / (2 * h);
                assertEquals(numeric, ref.get("dP/d" + name), 1e-8, "seed " + seed + " d" + name);
            }
        }
    }

    /** P written out directly in Java, independent of the engine and the parser. */
    private static double performance(Map<String, Double> p) {
        double y = 1 / (1 + Math.exp(-p.get("w1") * p.get("x")));
        double z = 1 / (1 + Math.exp(-p.get("w2") * y));
        return -0.5 * (p.get("d") - z) * (p.get("d") - z);
    }

    @Test
    void variantsAreDeterministicHandWorkableAndNotDegenerate() {
        GradientsSpec spec = twoNeurons(List.of("dP/dw1", "dP/dw2"), null);
        for (long seed = -50; seed < 500; seed++) {
            Variant v = Exercises.generate(spec, seed);
            assertEquals(v, Exercises.generate(spec, seed));
            assertEquals(List.of("x", "w1", "w2", "d"), List.copyOf(v.params().keySet()));
            for (String name : List.of("x", "w1", "w2")) {
                double value = v.params().get(name);
                double tenths = value * 10;
                assertEquals(Math.rint(tenths), tenths, 1e-9, "one decimal: " + value);
                assertTrue(Math.abs(value) <= (name.equals("x") ? 2 : 1.5), name + " in range: " + value);
            }
            assertTrue(v.params().get("d") == 0.0 || v.params().get("d") == 1.0);
            for (double g : Exercises.reference(spec, v.params()).values()) {
                assertTrue(Math.abs(g) >= 1e-3, "not degenerate: " + g + " for seed " + seed);
            }
        }
    }

    @Test
    void differentSeedsGiveDifferentNumbers() {
        GradientsSpec spec = twoNeurons(List.of("dP/dw2"), null);
        long distinct = java.util.stream.LongStream.range(0, 50)
                .mapToObj(s -> Exercises.generate(spec, s).params())
                .distinct().count();
        assertTrue(distinct > 40, "distinct variants: " + distinct);
    }

    @Test
    void answersWithinToleranceAreCorrectAndOthersAreNot() {
        GradientsSpec spec = twoNeurons(List.of("dP/dw2", "dP/dw1"), new Tolerance(0.02, 1e-6));
        Map<String, Double> p = params(2, 0.5, 1, 1);
        // dP/dw2 = 0.052113: 0.0521 is within 2%; dP/dw1 = 0.028031: 0.0300 is 7% off.
        Verdict v = Exercises.check(spec, p, Map.of("dP/dw2", "0.0521", "dP/dw1", "0.0300"));
        assertEquals(0.5, v.score());
        assertEquals(Status.CORRECT, v.fields().get(0).status());
        assertEquals(Status.INCORRECT, v.fields().get(1).status());
        assertEquals("Not correct: dP/dw1 is not within 2% of the value the grader computes.", v.fields().get(1).message());
        assertEquals(1.0, Exercises.check(spec, p, Map.of("dP/dw2", "0.05211", "dP/dw1", "2.8031e-2")).score());
    }

    @Test
    void emptyUnparseableAndNonFiniteAnswersAreRejectedNamingTheField() {
        GradientsSpec spec = twoNeurons(List.of("dP/dw2", "dP/dw1", "dP/dx", "dP/dy"), null);
        Map<String, String> answers = new LinkedHashMap<>();
        answers.put("dP/dw2", "");
        answers.put("dP/dw1", "abc");
        answers.put("dP/dx", "NaN");
        Verdict v = Exercises.check(spec, params(2, 0.5, 1, 1), answers);
        assertEquals(0, v.score());
        assertEquals(List.of(Status.INVALID, Status.INVALID, Status.INVALID, Status.INVALID),
                v.fields().stream().map(FieldVerdict::status).toList());
        assertEquals("No answer for dP/dw2: enter a number.", v.fields().get(0).message());
        assertEquals("'abc' is not a number (dP/dw1): write a decimal like -0.25.", v.fields().get(1).message());
        assertEquals("dP/dx must be a finite number.", v.fields().get(2).message());
        assertEquals("No answer for dP/dy: enter a number.", v.fields().get(3).message());
        assertEquals("'0,05' is not a number (dP/dw2): write a decimal like -0.25, with a point, not a comma.",
                Exercises.check(spec, params(2, 0.5, 1, 1), Map.of("dP/dw2", "0,05")).fields().get(0).message());
    }

    @Test
    void absoluteToleranceAcceptsAnswersNearAZeroReference() {
        // dP/dx is exactly 0 when w1 = 0 (x only enters through w1 * x).
        GradientsSpec spec = twoNeurons(List.of("dP/dx"), new Tolerance(0.01, 1e-3));
        assertEquals(1.0, Exercises.check(spec, params(1, 0, 1, 1), Map.of("dP/dx", "0.0005")).score());
        assertEquals(0.0, Exercises.check(spec, params(1, 0, 1, 1), Map.of("dP/dx", "0.002")).score());
    }

    @Test
    void specProblemsNameTheField() {
        SpecException graph = assertThrows(SpecException.class, () -> Exercises.validate(
                new GradientsSpec("g", "t", "p", "a = x *\nb = a", List.of(), List.of("db/dx"), null)));
        assertEquals("graph", graph.field());
        assertEquals(1, graph.line());
        SpecException undeclared = assertThrows(SpecException.class, () -> Exercises.validate(twoNeuronsWithout("d")));
        assertEquals("params: the graph uses 'd' but params does not declare how to draw it", undeclared.getMessage());
        SpecException badAsk = assertThrows(SpecException.class, () -> Exercises.validate(twoNeurons(List.of("P/w1"), null)));
        assertEquals("ask: 'P/w1' is not a derivative of the form dOUT/dNAME, like dP/dw1", badAsk.getMessage());
        SpecException unknown = assertThrows(SpecException.class, () -> Exercises.validate(twoNeurons(List.of("dP/dq"), null)));
        assertEquals("ask: 'dP/dq' names 'q', which the graph does not define", unknown.getMessage());
        SpecException nothing = assertThrows(SpecException.class, () -> Exercises.validate(twoNeurons(List.of(), null)));
        assertEquals("ask", nothing.field());
    }

    private static GradientsSpec twoNeuronsWithout(String param) {
        GradientsSpec full = twoNeurons(List.of("dP/dw1"), null);
        return new GradientsSpec(full.id(), full.title(), full.prompt(), full.graph(),
                full.params().stream().filter(p -> !p.name().equals(param)).toList(), full.ask(), null);
    }

    @Test
    void specWhoseGradientsAreAlwaysZeroIsRefusedRatherThanLooping() {
        GradientsSpec flat = new GradientsSpec("flat", "t", "p", "y = x * 0", List.of(new ParamSpec.Range("x", 1, 3, 1)),
                List.of("dy/dx"), null);
        SpecException e = assertThrows(SpecException.class, () -> Exercises.generate(flat, 1));
        assertEquals("params", e.field());
    }

    @Test
    void askLabelsAreWrittenAsPartialDerivatives() {
        assertEquals("\\frac{\\partial P}{\\partial w_{1}}", Exercises.labelTex("dP/dw1"));
        assertEquals("\\frac{\\partial P}{\\partial \\delta_{2}}", Exercises.labelTex("dP/ddelta2"));
        assertEquals("\\frac{\\partial \\mathrm{loss}}{\\partial x_{\\mathrm{in}}}", Exercises.labelTex("dloss/dx_in"));
        assertEquals("\\frac{\\partial P}{\\partial p_{2,1}}", Exercises.labelTex("dP/dp2_1"));
    }
}
