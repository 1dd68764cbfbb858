package dev.chainrule.client;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The forward pass and then the backward pass of a graph, one node per step, each with the sentence that says what
 * happens there: the forward step evaluates a statement from its inputs' values; the backward step applies the
 * statement's local rule (add distributes, multiply switches, max routes, the sigmoid's z(1 - z), ...) to its
 * gradient and adds the result into each input's gradient. Plain Java: tested on the JVM.
 */
final class PassSteps {
    enum Phase { FORWARD, BACKWARD }

    /**
     * One step: the node it is about, the inputs its edges come from, its sentence, and for a backward step each
     * node's gradient as it stands after the step (running sums: a branching value collects its contributions).
     */
    record Step(Phase phase, String node, List<String> inputs, String text, Map<String, Double> gradients) {
    }

    private final GraphFacts facts;
    private final List<Step> steps = new ArrayList<>();

    private PassSteps(GraphFacts facts) {
        this.facts = facts;
    }

    static PassSteps of(GraphFacts facts) {
        PassSteps passes = new PassSteps(facts);
        passes.forward();
        passes.backward();
        return passes;
    }

    List<Step> steps() {
        return steps;
    }

    /** How many steps the forward pass takes (the backward steps follow). */
    int forwardCount() {
        int n = 0;
        for (Step s : steps) {
            n += s.phase() == Phase.FORWARD ? 1 : 0;
        }
        return n;
    }

    private Map<String, Double> values() {
        Map<String, Double> values = new LinkedHashMap<>();
        for (GraphFacts.Node n : facts.nodes()) {
            values.put(n.name(), n.value());
        }
        return values;
    }

    private void forward() {
        Map<String, Double> values = values();
        for (GraphFacts.Node n : facts.statements()) {
            String text = Messages.format(UiText.STEP_FORWARD, ExprText.name(n.name()), ExprText.of(n.expression()),
                    ExprText.of(n.expression(), values), ExprText.number(n.value()));
            steps.add(new Step(Phase.FORWARD, n.name(), n.inputs(), text, Map.of()));
        }
    }

    private void backward() {
        String out = facts.output();
        Map<String, Double> grads = new LinkedHashMap<>();
        grads.put(out, 1.0);
        String outName = ExprText.name(out);
        steps.add(new Step(Phase.BACKWARD, out, List.of(), Messages.format(UiText.STEP_SEED, outName),
                new LinkedHashMap<>(grads)));
        List<GraphFacts.Node> statements = facts.statements();
        for (int i = statements.size() - 1; i >= 0; i--) {
            GraphFacts.Node n = statements.get(i);
            Double upstream = grads.get(n.name());
            if (upstream == null) {
                continue; // not on a path to the output: no gradient flows through it
            }
            StringBuilder text = new StringBuilder(rule(n, upstream));
            for (String input : n.inputs()) {
                double local = n.local().get(input);
                double contribution = local * upstream;
                grads.put(input, grads.getOrDefault(input, 0.0) + contribution);
                // a formula, the same in every language: ∂P/∂x += 1.5 × (−0.12) = −0.18
                text.append(' ').append('∂').append(outName).append("/∂").append(ExprText.name(input)).append(" += ")
                        .append(wrapped(local)).append(" × ").append(wrapped(upstream)).append(" = ")
                        .append(ExprText.number(contribution)).append('.');
            }
            steps.add(new Step(Phase.BACKWARD, n.name(), n.inputs(), text.toString(), new LinkedHashMap<>(grads)));
        }
    }

    /** The sentence naming the node's local rule, with its numbers. */
    private String rule(GraphFacts.Node n, double upstream) {
        String name = ExprText.name(n.name());
        String expression = name + " = " + ExprText.of(n.expression());
        String g = ExprText.number(upstream);
        List<String> in = n.inputs();
        switch (n.rule()) {
            case ADD:
                return Messages.format(UiText.RULE_ADD, expression, g);
            case SUBTRACT:
                return Messages.format(UiText.RULE_SUBTRACT, expression, g);
            case MULTIPLY:
                return Messages.format(UiText.RULE_MULTIPLY, expression);
            case MAX: {
                String winner = in.get(0);
                for (String input : in) {
                    if (n.local().get(input) > 0) {
                        winner = input;
                    }
                }
                return Messages.format(UiText.RULE_MAX, expression, ExprText.name(winner));
            }
            case SIGMOID: {
                String z = ExprText.number(n.value());
                return Messages.format(UiText.RULE_SIGMOID, expression, z, ExprText.number(n.value() * (1 - n.value())));
            }
            case TANH:
                return Messages.format(UiText.RULE_TANH, expression, ExprText.number(1 - n.value() * n.value()));
            case RELU:
                return Messages.format(n.local().get(in.get(0)) > 0 ? UiText.RULE_RELU_PASSES : UiText.RULE_RELU_BLOCKS,
                        expression);
            case EXP:
                return Messages.format(UiText.RULE_EXP, expression, ExprText.number(n.value()));
            case NEGATE:
                return Messages.format(UiText.RULE_NEGATE, expression);
            default:
                return Messages.format(UiText.RULE_LOCAL, expression);
        }
    }

    /** A number ready to stand in a product: negative ones in parentheses. */
    private static String wrapped(double value) {
        String text = ExprText.number(value);
        return value < 0 ? "(" + text + ")" : text;
    }
}
