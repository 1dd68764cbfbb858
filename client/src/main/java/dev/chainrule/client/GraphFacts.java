package dev.chainrule.client;

import dev.chainrule.grader.engine.Value;
import dev.chainrule.grader.expr.Expr;
import dev.chainrule.grader.expr.Graph;
import dev.chainrule.grader.expr.Program;
import dev.chainrule.grader.expr.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The named nodes of an exercise's graph at the variant's numbers, computed with the grader's own engine: each node's
 * inputs, the expression and local rule of a statement, its value, the output's gradient at it, and its local slopes
 * (d node / d input). What the graph widget draws and the step-through tells. Plain Java: tested on the JVM.
 */
final class GraphFacts {
    /** The local rule a statement applies in the backward pass, by the shape of its expression. */
    enum Rule {
        PARAMETER, ADD, SUBTRACT, MULTIPLY, DIVIDE, MAX, SIGMOID, TANH, RELU, EXP, LOG, POWER, NEGATE, COMPOUND
    }

    /** One named node: a parameter (no inputs, no expression) or a statement. {@code local}: input -> slope. */
    record Node(String name, boolean parameter, List<String> inputs, Expr expression, Rule rule, double value,
            double grad, Map<String, Double> local) {
    }

    private final List<Node> nodes;
    private final String output;

    private GraphFacts(List<Node> nodes, String output) {
        this.nodes = List.copyOf(nodes);
        this.output = output;
    }

    /** Parses {@code source} and evaluates it at {@code params}; throws the grader's exceptions on bad input. */
    static GraphFacts of(String source, Map<String, Double> params) {
        Program program = Program.parse(source);
        Graph graph = Graph.build(program, params);
        Value out = graph.node(program.output());
        out.backward();
        List<Node> nodes = new ArrayList<>();
        for (String p : program.parameters()) {
            Value v = graph.node(p);
            nodes.add(new Node(p, true, List.of(), null, Rule.PARAMETER, v.data(), v.grad(), Map.of()));
        }
        for (Statement s : program.statements()) {
            Value v = graph.node(s.name());
            List<String> inputs = Graph.namesRead(s);
            nodes.add(new Node(s.name(), false, inputs, s.expression(), rule(s.expression()), v.data(), v.grad(),
                    localSlopes(s, inputs, graph)));
        }
        return new GraphFacts(nodes, program.output());
    }

    /** d(statement)/d(input) for each name it reads, the other names held at their values. */
    private static Map<String, Double> localSlopes(Statement s, List<String> inputs, Graph graph) {
        Map<String, Value> leaves = new LinkedHashMap<>();
        for (String name : inputs) {
            leaves.put(name, Value.parameter(graph.node(name).data()));
        }
        Graph.evaluateStatement(s, leaves).backward();
        Map<String, Double> local = new LinkedHashMap<>();
        for (String name : inputs) {
            local.put(name, leaves.get(name).grad());
        }
        return local;
    }

    /** The rule of a statement whose expression is one operation on names and numbers; COMPOUND otherwise. */
    static Rule rule(Expr e) {
        if (e instanceof Expr.Binary b && leaf(b.left()) && leaf(b.right())) {
            return switch (b.operator()) {
                case '+' -> Rule.ADD;
                case '-' -> Rule.SUBTRACT;
                case '*' -> Rule.MULTIPLY;
                default -> Rule.DIVIDE;
            };
        }
        if (e instanceof Expr.Call c && c.arguments().stream().allMatch(GraphFacts::leaf)) {
            return switch (c.function()) {
                case SIGMOID -> Rule.SIGMOID;
                case TANH -> Rule.TANH;
                case RELU -> Rule.RELU;
                case EXP -> Rule.EXP;
                case LOG -> Rule.LOG;
                default -> Rule.MAX;
            };
        }
        if (e instanceof Expr.Power p && leaf(p.base())) {
            return Rule.POWER;
        }
        if (e instanceof Expr.Negate n && leaf(n.operand())) {
            return Rule.NEGATE;
        }
        return e instanceof Expr.Name ? Rule.ADD : Rule.COMPOUND;
    }

    private static boolean leaf(Expr e) {
        return e instanceof Expr.Name || e instanceof Expr.Number;
    }

    List<Node> nodes() {
        return nodes;
    }

    String output() {
        return output;
    }

    /** The node named {@code name}, or null. */
    Node node(String name) {
        for (Node n : nodes) {
            if (n.name().equals(name)) {
                return n;
            }
        }
        return null;
    }

    int index(String name) {
        for (int i = 0; i < nodes.size(); i++) {
            if (nodes.get(i).name().equals(name)) {
                return i;
            }
        }
        return -1;
    }

    /** The statements that read {@code name}, in program order. */
    List<String> users(String name) {
        List<String> users = new ArrayList<>();
        for (Node n : nodes) {
            if (n.inputs().contains(name)) {
                users.add(n.name());
            }
        }
        return users;
    }

    /** The statements, in program order (the forward pass). */
    List<Node> statements() {
        List<Node> out = new ArrayList<>();
        for (Node n : nodes) {
            if (!n.parameter()) {
                out.add(n);
            }
        }
        return out;
    }
}
