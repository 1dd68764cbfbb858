package dev.chainrule.grader.exercise;

import dev.chainrule.grader.engine.BackwardRules;
import dev.chainrule.grader.expr.Graph;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A checked {@link GradientsSpec}: its parsed graph and asked derivatives, ready to draw variants and grade. */
final class GradientsExercise implements CompiledExercise {
    /** Asked gradients smaller than this are degenerate (they round to zero by hand). */
    static final double MIN_GRADIENT = 1e-3;
    /** Asked gradients larger than this are not hand-workable. */
    static final double MAX_GRADIENT = 1e4;

    private final GradientsSpec spec;
    private final GraphModel model;
    private final List<Derivative> asked;

    private GradientsExercise(GradientsSpec spec, GraphModel model, List<Derivative> asked) {
        this.spec = spec;
        this.model = model;
        this.asked = asked;
    }

    /** Parses and checks the spec; throws {@link SpecException} naming the field at fault. */
    static GradientsExercise compile(GradientsSpec spec) {
        GraphModel model = GraphModel.compile(spec.graph(), spec.params());
        return new GradientsExercise(spec, model, derivatives(model, spec.ask()));
    }

    static List<Derivative> derivatives(GraphModel model, List<String> ask) {
        if (ask.isEmpty()) {
            throw new SpecException("ask", "asks for nothing: list at least one derivative like dP/dw1");
        }
        List<Derivative> asked = new ArrayList<>();
        for (String a : ask) {
            Derivative d = Derivative.parse(a);
            if (d == null) {
                throw new SpecException("ask", "'" + a + "' is not a derivative of the form dOUT/dNAME, like dP/dw1");
            }
            model.requireName("ask", d.of(), a);
            model.requireName("ask", d.wrt(), a);
            if (asked.contains(d)) {
                throw new SpecException("ask", "'" + a + "' is asked twice");
            }
            asked.add(d);
        }
        return asked;
    }

    /** The exact value of every asked derivative at these parameters, keyed by the ask text. */
    Map<String, Double> reference(Map<String, Double> params) {
        return reference(params, BackwardRules.EXACT);
    }

    /** The asked derivatives as a backward pass under {@code rules} computes them (a mistake's rules give its wrong answers). */
    Map<String, Double> reference(Map<String, Double> params, BackwardRules rules) {
        return values(model, asked, spec.ask(), params, rules);
    }

    static Map<String, Double> values(GraphModel model, List<Derivative> asked, List<String> keys, Map<String, Double> params,
                                      BackwardRules rules) {
        Map<String, Double> result = new LinkedHashMap<>();
        Map<String, Graph> byOutput = new LinkedHashMap<>();
        for (int i = 0; i < asked.size(); i++) {
            Derivative d = asked.get(i);
            Graph graph = byOutput.get(d.of());
            if (graph == null) {
                graph = model.build(params);
                graph.node(d.of()).backward(rules);
                byOutput.put(d.of(), graph);
            }
            result.put(keys.get(i), graph.node(d.wrt()).grad());
        }
        return result;
    }

    @Override
    public Variant generate(long seed) {
        return model.drawUntil(seed, this::usable, "the asked gradients stay near zero, huge or not finite; widen or move the ranges");
    }

    @Override
    public Verdict check(Map<String, Double> params, Map<String, String> answers, Language language) {
        return AnswerChecker.check(spec.ask(), reference(params), answers, spec.tolerance(), mutants(params), Feedback.in(language));
    }

    @Override
    public Map<String, String> solution(Map<String, Double> params) {
        return AnswerChecker.asText(reference(params));
    }

    /** What each named mistake would answer, field by field. */
    private Map<Mistake, Map<String, Double>> mutants(Map<String, Double> params) {
        Map<Mistake, Map<String, Double>> out = new LinkedHashMap<>();
        for (Mistake m : Mistake.BACKWARD) {
            out.put(m, reference(params, m));
        }
        return out;
    }

    private boolean usable(Map<String, Double> params) {
        if (!GraphModel.wellDefined(model.build(params))) {
            return false;
        }
        Map<String, Double> exact = reference(params);
        Map<Mistake, Map<String, Double>> mutants = mutants(params);
        for (Map.Entry<String, Double> g : exact.entrySet()) {
            if (!AnswerChecker.fairGradient(g.getKey(), g.getValue(), mutants, GradientsExercise.MIN_GRADIENT, GradientsExercise.MAX_GRADIENT)) {
                return false;
            }
        }
        return AnswerChecker.mistakesStandApart(exact, mutants, spec.tolerance());
    }
}
