package dev.chainrule.grader.exercise;

import dev.chainrule.grader.engine.BackwardRules;
import dev.chainrule.grader.engine.Value;
import dev.chainrule.grader.expr.ExpressionException;
import dev.chainrule.grader.expr.Graph;
import dev.chainrule.grader.expr.Program;
import dev.chainrule.grader.util.SplitMix64;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A checked {@link GradientsSpec}: its parsed graph and asked derivatives, ready to draw variants and grade. */
final class GradientsExercise {
    /** Draws tried per seed before the spec is declared unusable. */
    static final int MAX_DRAWS = 500;
    /** Asked gradients smaller than this are degenerate (they round to zero by hand). */
    static final double MIN_GRADIENT = 1e-3;
    /** Asked gradients larger than this are not hand-workable. */
    static final double MAX_GRADIENT = 1e4;

    private final GradientsSpec spec;
    private final Program program;
    private final List<Derivative> asked;

    private GradientsExercise(GradientsSpec spec, Program program, List<Derivative> asked) {
        this.spec = spec;
        this.program = program;
        this.asked = asked;
    }

    /** Parses and checks the spec; throws {@link SpecException} naming the field at fault. */
    static GradientsExercise compile(GradientsSpec spec) {
        Program program;
        try {
            program = Program.parse(spec.graph());
        } catch (ExpressionException e) {
            throw new SpecException("graph", e.line(), e.getMessage());
        }
        List<String> declared = new ArrayList<>();
        for (ParamSpec p : spec.params()) {
            if (declared.contains(p.name())) {
                throw new SpecException("params", "'" + p.name() + "' is declared twice");
            }
            declared.add(p.name());
            if (!program.parameters().contains(p.name())) {
                throw new SpecException("params", "'" + p.name() + "' is declared but the graph does not use it"
                        + (program.names().contains(p.name()) ? " as a parameter (the graph assigns it)" : ""));
            }
        }
        for (String p : program.parameters()) {
            if (!declared.contains(p)) {
                throw new SpecException("params", "the graph uses '" + p + "' but params does not declare how to draw it");
            }
        }
        if (spec.ask().isEmpty()) {
            throw new SpecException("ask", "asks for nothing: list at least one derivative like dP/dw1");
        }
        List<Derivative> asked = new ArrayList<>();
        for (String a : spec.ask()) {
            Derivative d = Derivative.parse(a);
            if (d == null) {
                throw new SpecException("ask", "'" + a + "' is not a derivative of the form dOUT/dNAME, like dP/dw1");
            }
            for (String name : new String[] {d.of(), d.wrt()}) {
                if (!program.names().contains(name)) {
                    throw new SpecException("ask", "'" + a + "' names '" + name + "', which the graph does not define");
                }
            }
            if (asked.contains(d)) {
                throw new SpecException("ask", "'" + a + "' is asked twice");
            }
            asked.add(d);
        }
        return new GradientsExercise(spec, program, asked);
    }

    /** The exact value of every asked derivative at these parameters, keyed by the ask text. */
    Map<String, Double> reference(Map<String, Double> params) {
        return reference(params, BackwardRules.EXACT);
    }

    /** The asked derivatives as a backward pass under {@code rules} computes them (a mistake's rules give its wrong answers). */
    Map<String, Double> reference(Map<String, Double> params, BackwardRules rules) {
        Map<String, Double> result = new LinkedHashMap<>();
        Map<String, Graph> byOutput = new LinkedHashMap<>();
        for (int i = 0; i < asked.size(); i++) {
            Derivative d = asked.get(i);
            Graph graph = byOutput.get(d.of());
            if (graph == null) {
                graph = Graph.build(program, params);
                graph.node(d.of()).backward(rules);
                byOutput.put(d.of(), graph);
            }
            result.put(spec.ask().get(i), graph.node(d.wrt()).grad());
        }
        return result;
    }

    /** Deterministic in {@code seed}: draws until the asked gradients are finite and hand-workable. */
    Variant generate(long seed) {
        SplitMix64 rng = new SplitMix64(seed);
        for (int attempt = 0; attempt < MAX_DRAWS; attempt++) {
            Map<String, Double> params = new LinkedHashMap<>();
            for (ParamSpec p : spec.params()) {
                params.put(p.name(), draw(p, rng));
            }
            if (usable(params)) {
                return new Variant(seed, params);
            }
        }
        throw new SpecException("params", "no usable variant in " + MAX_DRAWS + " draws for seed " + seed
                + ": the asked gradients stay near zero, huge or not finite; widen or move the ranges");
    }

    Verdict check(Map<String, Double> params, Map<String, String> answers) {
        Map<String, Double> expected = reference(params);
        return AnswerChecker.check(spec.ask(), expected, answers, spec.tolerance(), mutants(params));
    }

    /** What each named mistake would answer, field by field. */
    private Map<Mistake, Map<String, Double>> mutants(Map<String, Double> params) {
        Map<Mistake, Map<String, Double>> out = new LinkedHashMap<>();
        for (Mistake m : Mistake.values()) {
            out.put(m, reference(params, m));
        }
        return out;
    }

    private boolean usable(Map<String, Double> params) {
        Graph graph = Graph.build(program, params);
        for (Value v : graph.nodes().values()) {
            if (Double.isNaN(v.data()) || Double.isInfinite(v.data())) {
                return false;
            }
        }
        Map<String, Double> exact = reference(params);
        for (double g : exact.values()) {
            double abs = Math.abs(g);
            if (!(abs >= MIN_GRADIENT && abs <= MAX_GRADIENT)) {
                return false;
            }
        }
        // a mistake whose answer would pass as correct could neither be caught nor named
        for (Map<String, Double> wrong : mutants(params).values()) {
            for (Map.Entry<String, Double> e : wrong.entrySet()) {
                double right = exact.get(e.getKey());
                if (e.getValue() != right && spec.tolerance().accepts(e.getValue(), right)) {
                    return false;
                }
            }
        }
        return true;
    }

    static double draw(ParamSpec p, SplitMix64 rng) {
        if (p instanceof ParamSpec.Choice c) {
            return c.values().get((int) rng.nextLong(c.values().size()));
        }
        ParamSpec.Range r = (ParamSpec.Range) p;
        double scale = 1;
        for (int i = 0; i < r.decimals(); i++) {
            scale *= 10;
        }
        long lo = (long) Math.ceil(r.min() * scale - 1e-9);
        long hi = (long) Math.floor(r.max() * scale + 1e-9);
        if (hi < lo) {
            throw new SpecException("params", r.name() + ": no number with " + r.decimals() + " decimals lies in ["
                    + r.min() + ", " + r.max() + "]");
        }
        return (lo + rng.nextLong(hi - lo + 1)) / scale;
    }
}
