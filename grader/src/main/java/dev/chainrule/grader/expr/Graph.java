package dev.chainrule.grader.expr;

import dev.chainrule.grader.engine.Value;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A program evaluated at given parameter values: every named node (parameters, then statements) as a {@link Value}. */
public final class Graph {
    private final Program program;
    private final Map<String, Value> nodes;

    private Graph(Program program, Map<String, Value> nodes) {
        this.program = program;
        this.nodes = Collections.unmodifiableMap(nodes);
    }

    /**
     * Builds the graph; {@code parameters} must give a value for every parameter of the program.
     *
     * @throws IllegalArgumentException naming a parameter that has no value
     */
    public static Graph build(Program program, Map<String, Double> parameters) {
        Map<String, Value> nodes = new LinkedHashMap<>();
        for (String p : program.parameters()) {
            Double v = parameters.get(p);
            if (v == null) {
                throw new IllegalArgumentException("no value for parameter '" + p + "'");
            }
            nodes.put(p, Value.parameter(v));
        }
        for (Statement s : program.statements()) {
            nodes.put(s.name(), evaluate(s.expression(), nodes));
        }
        return new Graph(program, nodes);
    }

    public Program program() {
        return program;
    }

    /** Named nodes in order: parameters first, then one per statement. */
    public Map<String, Value> nodes() {
        return nodes;
    }

    public Value node(String name) {
        Value v = nodes.get(name);
        if (v == null) {
            throw new IllegalArgumentException("no node named '" + name + "'");
        }
        return v;
    }

    public List<String> names() {
        return List.copyOf(nodes.keySet());
    }

    /**
     * A read-only view of every node {@code output} depends on, inputs before their users, after a
     * backward pass from {@code output}: names, ops, values and gradients, for drawing the graph.
     */
    public List<NodeView> view(String output) {
        Value out = node(output);
        out.backward();
        Map<Value, String> names = new java.util.HashMap<>();
        for (Map.Entry<String, Value> e : nodes.entrySet()) {
            names.putIfAbsent(e.getValue(), e.getKey());
        }
        List<NodeView> views = new java.util.ArrayList<>();
        int unnamed = 0;
        for (Value v : out.topologicalOrder()) {
            String name = names.get(v);
            boolean named = name != null;
            if (!named) {
                name = v.op() == dev.chainrule.grader.engine.Op.CONSTANT ? dev.chainrule.grader.util.Numbers.format(v.data(), 6)
                        : "#" + (++unnamed);
                names.put(v, name);
            }
            List<String> inputs = new java.util.ArrayList<>();
            for (Value in : v.inputs()) {
                inputs.add(names.get(in));
            }
            views.add(new NodeView(name, v.op().symbol(), inputs, v.data(), v.grad(), named));
        }
        return views;
    }

    /** The value of one statement's expression with its names bound to {@code env} (used for local derivatives). */
    public static Value evaluateStatement(Statement s, Map<String, Value> env) {
        return evaluate(s.expression(), env);
    }

    /** The value of an expression with its names bound to {@code env}. */
    public static Value evaluateExpression(Expr e, Map<String, Value> env) {
        return evaluate(e, env);
    }

    /** The distinct names a statement reads, in reading order. */
    public static List<String> namesRead(Statement s) {
        List<String> names = new java.util.ArrayList<>();
        for (Expr.Name n : Program.names(s.expression())) {
            if (!names.contains(n.name())) {
                names.add(n.name());
            }
        }
        return names;
    }

    static Value evaluate(Expr e, Map<String, Value> env) {
        if (e instanceof Expr.Number n) {
            return Value.constant(n.value());
        }
        if (e instanceof Expr.Name n) {
            Value v = env.get(n.name());
            if (v == null) {
                throw new ExpressionException(n.line(), n.column(), ExpressionError.UNKNOWN_NAME, n.name());
            }
            return v;
        }
        if (e instanceof Expr.Negate neg) {
            return evaluate(neg.operand(), env).neg();
        }
        if (e instanceof Expr.Power p) {
            return evaluate(p.base(), env).pow(p.exponent());
        }
        if (e instanceof Expr.Binary b) {
            Value left = evaluate(b.left(), env);
            Value right = evaluate(b.right(), env);
            switch (b.operator()) {
                case '+': return left.add(right);
                case '-': return left.sub(right);
                case '*': return left.mul(right);
                default: return left.div(right);
            }
        }
        Expr.Call c = (Expr.Call) e;
        Value a = evaluate(c.arguments().get(0), env);
        switch (c.function()) {
            case SIGMOID: return a.sigmoid();
            case TANH: return a.tanh();
            case RELU: return a.relu();
            case EXP: return a.exp();
            case LOG: return a.log();
            default: return a.max(evaluate(c.arguments().get(1), env));
        }
    }
}
