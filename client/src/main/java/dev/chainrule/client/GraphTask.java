package dev.chainrule.client;

import dev.chainrule.grader.exercise.BackwardPassSpec;
import dev.chainrule.grader.exercise.Derivative;
import dev.chainrule.grader.exercise.ExerciseSpec;
import dev.chainrule.grader.exercise.ForwardPassSpec;
import dev.chainrule.grader.exercise.GradientsSpec;
import dev.chainrule.grader.exercise.Tolerance;
import dev.chainrule.grader.util.Numbers;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An exercise worked on its drawn graph: the graph's facts, whether learners type gradients (backward-pass, and
 * gradients of the output) or values (forward-pass), and which node each asked field sits on, in asked order.
 * Plain Java: tested on the JVM.
 */
record GraphTask(GraphFacts facts, boolean gradients, Map<String, String> nodeOfField, Tolerance tolerance) {

    /** The task for a graph kind, or null when the exercise is not one a graph shows (e.g. dz/da and ds/da). */
    static GraphTask of(ExerciseSpec spec, Map<String, Double> params, List<String> ask) {
        String source;
        Tolerance tolerance;
        boolean gradients;
        if (spec instanceof ForwardPassSpec f) {
            source = f.graph();
            tolerance = f.tolerance();
            gradients = false;
        } else if (spec instanceof BackwardPassSpec b) {
            source = b.graph();
            tolerance = b.tolerance();
            gradients = true;
        } else if (spec instanceof GradientsSpec g) {
            source = g.graph();
            tolerance = g.tolerance();
            gradients = true;
        } else {
            return null;
        }
        GraphFacts facts = GraphFacts.of(source, params);
        Map<String, String> nodes = new LinkedHashMap<>();
        for (String field : ask) {
            String node = gradients ? gradientNode(field, facts) : field;
            if (node == null || facts.node(node) == null || nodes.containsValue(node)) {
                return null;
            }
            nodes.put(field, node);
        }
        return new GraphTask(facts, gradients, nodes, tolerance);
    }

    /** The node of {@code dOUT/dNODE} when OUT is the graph's output, else null. */
    private static String gradientNode(String field, GraphFacts facts) {
        Derivative d = Derivative.parse(field);
        return d != null && d.of().equals(facts.output()) ? d.wrt() : null;
    }

    /** The field asked at {@code node}, or null. */
    String fieldAt(String node) {
        for (Map.Entry<String, String> e : nodeOfField.entrySet()) {
            if (e.getValue().equals(node)) {
                return e.getKey();
            }
        }
        return null;
    }

    /** The right answer of {@code field}: the node's value, or the output's gradient at it. */
    double truth(String field) {
        GraphFacts.Node node = facts.node(nodeOfField.get(field));
        return gradients ? node.grad() : node.value();
    }

    /**
     * Whether a field the grader marked correct is right only given the learner's own other answers (error carried
     * forward): the answer itself is not the true value. Worked out from numbers, so it holds in every language.
     */
    boolean carried(String field, String answer, String statusName) {
        if (!VerdictText.CORRECT.equals(statusName) || !nodeOfField.containsKey(field)) {
            return false;
        }
        Numbers.Input input = Numbers.parse(answer);
        return input.kind() == Numbers.InputKind.NUMBER && !tolerance.accepts(input.value(), truth(field));
    }
}
