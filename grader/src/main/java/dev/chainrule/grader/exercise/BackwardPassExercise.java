package dev.chainrule.grader.exercise;

import dev.chainrule.grader.engine.BackwardRules;
import dev.chainrule.grader.expr.Graph;
import dev.chainrule.grader.util.Numbers;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A checked {@link BackwardPassSpec}. Each asked node n is judged by its local rule applied to the
 * learner's own upstream gradients: expected(n) = sum over the nodes S that read n of
 * dS/dn * (the learner's dOUT/dS, or the true one where they gave none). One early slip costs one node.
 */
final class BackwardPassExercise implements CompiledExercise {
    private final BackwardPassSpec spec;
    private final GraphModel model;
    private final List<String> nodes;
    private final List<Derivative> asked = new ArrayList<>();
    private final List<String> fields = new ArrayList<>();

    private BackwardPassExercise(BackwardPassSpec spec, GraphModel model, List<String> nodes) {
        this.spec = spec;
        this.model = model;
        this.nodes = nodes;
        for (String n : nodes) {
            Derivative d = new Derivative(model.output(), n);
            asked.add(d);
            fields.add(d.toString());
        }
    }

    static BackwardPassExercise compile(BackwardPassSpec spec) {
        GraphModel model = GraphModel.compile(spec.graph(), spec.params());
        return new BackwardPassExercise(spec, model, NodeSpecs.backwardNodes(model, spec.nodes()));
    }

    /** The asked field names, {@code dOUT/dNODE}, in asked order. */
    List<String> fields() {
        return fields;
    }

    @Override
    public Variant generate(long seed) {
        return model.drawUntil(seed, this::usable, "node gradients stay tiny, huge or not finite; move the ranges");
    }

    private boolean usable(Map<String, Double> params) {
        if (!GraphModel.wellDefined(model.build(params))) {
            return false;
        }
        Map<String, Double> exact = GradientsExercise.values(model, asked, fields, params, BackwardRules.EXACT);
        Map<Mistake, Map<String, Double>> mutants = new LinkedHashMap<>();
        for (Mistake m : Mistake.BACKWARD) {
            mutants.put(m, GradientsExercise.values(model, asked, fields, params, m));
        }
        for (Map.Entry<String, Double> g : exact.entrySet()) {
            if (!AnswerChecker.fairGradient(g.getKey(), g.getValue(), mutants, GradientsExercise.MIN_GRADIENT, GradientsExercise.MAX_GRADIENT)) {
                return false;
            }
        }
        return AnswerChecker.mistakesStandApart(exact, mutants, spec.tolerance());
    }

    @Override
    public Verdict check(Map<String, Double> params, Map<String, String> answers, Language language) {
        Feedback say = Feedback.in(language);
        Graph graph = model.build(params);
        Map<String, Map<String, Double>> local = model.localPartials(graph, BackwardRules.EXACT);
        Map<String, Double> truth = GradientsExercise.values(model, asked, fields, params, BackwardRules.EXACT);
        Map<String, Double> upstream = new LinkedHashMap<>();
        for (int i = 0; i < nodes.size(); i++) {
            Numbers.Input in = Numbers.parse(answers.get(fields.get(i)));
            upstream.put(nodes.get(i), in.kind() == Numbers.InputKind.NUMBER ? in.value() : truth.get(fields.get(i)));
        }
        Map<String, Double> exactGrads = trueGradients(local, 1);
        List<FieldVerdict> verdicts = new ArrayList<>();
        int correct = 0;
        boolean chain = true;
        for (int i = 0; i < nodes.size(); i++) {
            String node = nodes.get(i);
            String field = fields.get(i);
            double expected = carried(node, local, upstream, exactGrads, 1);
            FieldVerdict v = AnswerChecker.checkOne(field, expected, answers.get(field), spec.tolerance(), say);
            if (v.status() == Status.INCORRECT && spec.tolerance().accepts(upstream.get(node), truth.get(field))) {
                v = new FieldVerdict(field, Status.CORRECT, say.correct());
            }
            if (v.status() == Status.INCORRECT) {
                v = diagnose(v, node, field, expected, graph, upstream, answers, say);
            }
            boolean exact = v.status() == Status.CORRECT && spec.tolerance().accepts(upstream.get(node), truth.get(field));
            if (v.status() == Status.CORRECT && !exact) {
                v = new FieldVerdict(field, Status.CORRECT, say.correctGivenLaterGradients());
            }
            chain &= exact;
            correct += v.status() == Status.CORRECT ? 1 : 0;
            verdicts.add(v);
        }
        return new Verdict((double) correct / nodes.size(), verdicts, chain);
    }

    /** Gradients of the output at every named node from the local partials, starting from {@code seed}. */
    private Map<String, Double> trueGradients(Map<String, Map<String, Double>> local, double seed) {
        Map<String, Double> grads = new LinkedHashMap<>();
        for (String name : model.program().names()) {
            grads.put(name, 0.0);
        }
        grads.put(model.output(), seed);
        List<String> statements = new ArrayList<>(local.keySet());
        for (int i = statements.size() - 1; i >= 0; i--) {
            String s = statements.get(i);
            for (Map.Entry<String, Double> e : local.get(s).entrySet()) {
                grads.put(e.getKey(), grads.get(e.getKey()) + e.getValue() * grads.get(s));
            }
        }
        return grads;
    }

    /** sum over readers S of n: dS/dn * upstream(S); the output's upstream is {@code seed}, unasked nodes use true gradients. */
    private double carried(String node, Map<String, Map<String, Double>> local, Map<String, Double> upstream,
                           Map<String, Double> exactGrads, double seed) {
        double sum = 0;
        for (Map.Entry<String, Map<String, Double>> s : local.entrySet()) {
            Double partial = s.getValue().get(node);
            if (partial != null) {
                sum += partial * upstreamOf(s.getKey(), upstream, exactGrads, seed);
            }
        }
        return sum;
    }

    private double upstreamOf(String statement, Map<String, Double> upstream, Map<String, Double> exactGrads, double seed) {
        if (statement.equals(model.output())) {
            return seed;
        }
        Double own = upstream.get(statement);
        return own != null ? own : exactGrads.get(statement);
    }

    /** Names the mistake whose local rules, applied to the learner's own upstream gradients, give their answer. */
    private FieldVerdict diagnose(FieldVerdict verdict, String node, String field, double expected, Graph graph,
                                  Map<String, Double> upstream, Map<String, String> answers, Feedback say) {
        double given = Numbers.parse(answers.get(field)).value();
        for (Mistake m : Mistake.BACKWARD) {
            Map<String, Map<String, Double>> local = model.localPartials(graph, m);
            Map<String, Double> grads = trueGradients(local, m.seed());
            List<Double> candidates = new ArrayList<>();
            candidates.add(carried(node, local, upstream, grads, m.seed()));
            if (m == Mistake.BRANCHES_NOT_SUMMED) {
                for (Map.Entry<String, Map<String, Double>> s : local.entrySet()) {
                    Double partial = s.getValue().get(node);
                    if (partial != null) {
                        candidates.add(partial * upstreamOf(s.getKey(), upstream, grads, 1));
                    }
                }
            }
            for (double wrong : candidates) {
                if (!spec.tolerance().accepts(wrong, expected) && spec.tolerance().accepts(given, wrong)) {
                    return new FieldVerdict(field, Status.INCORRECT, say.mistake(m), m);
                }
            }
        }
        return verdict;
    }

    @Override
    public Map<String, String> solution(Map<String, Double> params) {
        return AnswerChecker.asText(GradientsExercise.values(model, asked, fields, params, BackwardRules.EXACT));
    }
}
