package dev.chainrule.grader.exercise;

import dev.chainrule.grader.engine.Value;
import dev.chainrule.grader.expr.Graph;
import dev.chainrule.grader.expr.Statement;
import dev.chainrule.grader.util.Numbers;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A checked {@link ForwardPassSpec}: node values graded with error carried forward. */
final class ForwardPassExercise implements CompiledExercise {
    /** Node values beyond this are not hand-workable. */
    static final double MAX_VALUE = 1e4;

    private final ForwardPassSpec spec;
    private final GraphModel model;
    private final List<String> nodes;

    private ForwardPassExercise(ForwardPassSpec spec, GraphModel model, List<String> nodes) {
        this.spec = spec;
        this.model = model;
        this.nodes = nodes;
    }

    static ForwardPassExercise compile(ForwardPassSpec spec) {
        GraphModel model = GraphModel.compile(spec.graph(), spec.params());
        return new ForwardPassExercise(spec, model, NodeSpecs.forwardNodes(model, spec.nodes()));
    }

    /** The asked field names: the nodes, in asked order. */
    List<String> fields() {
        return nodes;
    }

    @Override
    public Variant generate(long seed) {
        return model.drawUntil(seed, params -> {
            Graph graph = model.build(params);
            return GraphModel.wellDefined(graph) && bounded(graph);
        }, "node values stay huge or not finite; narrow the ranges");
    }

    private boolean bounded(Graph graph) {
        for (String n : nodes) {
            if (Math.abs(graph.node(n).data()) > MAX_VALUE) {
                return false;
            }
        }
        return true;
    }

    @Override
    public Verdict check(Map<String, Double> params, Map<String, String> answers, Language language) {
        Feedback say = Feedback.in(language);
        Graph graph = model.build(params);
        // the learner's value where they gave a usable one, the true value elsewhere
        Map<String, Value> own = new LinkedHashMap<>();
        for (String name : model.program().names()) {
            double truth = graph.node(name).data();
            Numbers.Input in = Numbers.parse(answers.get(name));
            boolean usable = nodes.contains(name) && in.kind() == Numbers.InputKind.NUMBER;
            own.put(name, Value.parameter(usable ? in.value() : truth));
        }
        Map<String, Double> carried = new LinkedHashMap<>();
        for (Statement s : model.program().statements()) {
            carried.put(s.name(), Graph.evaluateStatement(s, own).data());
        }
        List<FieldVerdict> verdicts = new ArrayList<>();
        int correct = 0;
        boolean chain = true;
        for (String n : nodes) {
            double truth = graph.node(n).data();
            FieldVerdict v = AnswerChecker.checkOne(n, carried.get(n), answers.get(n), spec.tolerance(), say);
            if (v.status() == Status.INCORRECT && spec.tolerance().accepts(own.get(n).data(), truth)) {
                v = new FieldVerdict(n, Status.CORRECT, say.correct());
            }
            boolean exact = v.status() == Status.CORRECT && spec.tolerance().accepts(own.get(n).data(), truth);
            if (v.status() == Status.CORRECT && !exact) {
                v = new FieldVerdict(n, Status.CORRECT, say.correctGivenEarlierValues());
            }
            chain &= exact;
            correct += v.status() == Status.CORRECT ? 1 : 0;
            verdicts.add(v);
        }
        return new Verdict((double) correct / nodes.size(), verdicts, chain);
    }

    @Override
    public Map<String, String> solution(Map<String, Double> params) {
        Graph graph = model.build(params);
        Map<String, Double> values = new LinkedHashMap<>();
        for (String n : nodes) {
            values.put(n, graph.node(n).data());
        }
        return AnswerChecker.asText(values);
    }
}
