package dev.chainrule.grader.exercise;

import dev.chainrule.grader.engine.BackwardRules;
import dev.chainrule.grader.engine.Op;
import dev.chainrule.grader.engine.Value;
import dev.chainrule.grader.expr.ExpressionException;
import dev.chainrule.grader.expr.Graph;
import dev.chainrule.grader.expr.Program;
import dev.chainrule.grader.expr.Statement;
import dev.chainrule.grader.util.SplitMix64;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The parsed graph and declared parameters that the graph-based kinds share: validation, drawing, evaluation. */
final class GraphModel {
    /** Draws tried per seed before a spec is declared unusable. */
    static final int MAX_DRAWS = 500;

    private final Program program;
    private final List<ParamSpec> params;

    private GraphModel(Program program, List<ParamSpec> params) {
        this.program = program;
        this.params = params;
    }

    /** Parses the graph and checks that every parameter it uses is declared and every declared one is used. */
    static GraphModel compile(String graph, List<ParamSpec> params) {
        Program program;
        try {
            program = Program.parse(graph);
        } catch (ExpressionException e) {
            throw new SpecException("graph", e.line(), e.getMessage());
        }
        List<String> declared = new ArrayList<>();
        for (ParamSpec p : params) {
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
        return new GraphModel(program, params);
    }

    Program program() {
        return program;
    }

    /** The output node: the last statement. */
    String output() {
        return program.output();
    }

    void requireName(String field, String name, String context) {
        if (!program.names().contains(name)) {
            throw new SpecException(field, "'" + context + "' names '" + name + "', which the graph does not define");
        }
    }

    Graph build(Map<String, Double> values) {
        return Graph.build(program, values);
    }

    /** Draws from {@code seed} until {@code usable} accepts the numbers; {@code why} says what kept failing. */
    Variant drawUntil(long seed, java.util.function.Predicate<Map<String, Double>> usable, String why) {
        SplitMix64 rng = new SplitMix64(seed);
        for (int attempt = 0; attempt < MAX_DRAWS; attempt++) {
            Map<String, Double> params = draw(rng);
            if (usable.test(params)) {
                return new Variant(seed, params);
            }
        }
        throw new SpecException("params", "no usable variant in " + MAX_DRAWS + " draws for seed " + seed + ": " + why);
    }

    Map<String, Double> draw(SplitMix64 rng) {
        Map<String, Double> values = new LinkedHashMap<>();
        for (ParamSpec p : params) {
            values.put(p.name(), draw(p, rng));
        }
        return values;
    }

    /** Every named node's value is finite and no max gate sees a tie (its gradient would be ambiguous). */
    static boolean wellDefined(Graph graph) {
        for (Value named : graph.nodes().values()) {
            for (Value v : named.topologicalOrder()) {
                if (!Double.isFinite(v.data())) {
                    return false;
                }
                if (v.op() == Op.MAX && Math.abs(v.inputs().get(0).data() - v.inputs().get(1).data()) < 1e-9) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * For each statement, the partial derivative of its value with respect to each name it reads
     * directly, the other names held fixed: the local rule of that node of the drawn graph.
     */
    Map<String, Map<String, Double>> localPartials(Graph graph, BackwardRules rules) {
        BackwardRules local = new BackwardRules() {
            @Override
            public void localGradients(Op op, double a, double b, double k, double y, double[] out) {
                rules.localGradients(op, a, b, k, y, out);
            }

            @Override
            public boolean sumsBranches() {
                return rules.sumsBranches();
            }
        };
        Map<String, Map<String, Double>> partials = new LinkedHashMap<>();
        for (Statement s : program.statements()) {
            Map<String, Value> leaves = new LinkedHashMap<>();
            for (String name : program.names()) {
                if (graph.nodes().containsKey(name)) {
                    leaves.put(name, Value.parameter(graph.node(name).data()));
                }
            }
            Value out = Graph.evaluateStatement(s, leaves);
            out.backward(local);
            Map<String, Double> row = new LinkedHashMap<>();
            for (String name : Graph.namesRead(s)) {
                row.put(name, leaves.get(name).grad());
            }
            partials.put(s.name(), row);
        }
        return partials;
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
