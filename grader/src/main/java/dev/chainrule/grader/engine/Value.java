package dev.chainrule.grader.engine;

import java.util.List;

/**
 * One node of a scalar computation: its forward value, the op that made it, its inputs, and the
 * gradient of the output that {@link #backward()} was last called on with respect to this node.
 */
public final class Value implements Topology.Node<Value> {
    private static final Value[] NO_INPUTS = new Value[0];

    private final double data;
    private final Op op;
    private final Value[] inputs;
    private final double exponent;
    private double grad;

    private Value(double data, Op op, Value[] inputs, double exponent) {
        this.data = data;
        this.op = op;
        this.inputs = inputs;
        this.exponent = exponent;
    }

    public static Value constant(double value) {
        return new Value(value, Op.CONSTANT, NO_INPUTS, 0);
    }

    public static Value parameter(double value) {
        return new Value(value, Op.PARAMETER, NO_INPUTS, 0);
    }

    private static Value unary(Op op, Value a, double k) {
        return new Value(op.forward(a.data, 0, k), op, new Value[] {a}, k);
    }

    private static Value binary(Op op, Value a, Value b) {
        return new Value(op.forward(a.data, b.data, 0), op, new Value[] {a, b}, 0);
    }

    public Value add(Value other) { return binary(Op.ADD, this, other); }
    public Value sub(Value other) { return binary(Op.SUB, this, other); }
    public Value mul(Value other) { return binary(Op.MUL, this, other); }
    public Value div(Value other) { return binary(Op.DIV, this, other); }
    public Value max(Value other) { return binary(Op.MAX, this, other); }
    public Value neg() { return unary(Op.NEG, this, 0); }
    public Value pow(double exponent) { return unary(Op.POW, this, exponent); }
    public Value exp() { return unary(Op.EXP, this, 0); }
    public Value log() { return unary(Op.LOG, this, 0); }
    public Value sigmoid() { return unary(Op.SIGMOID, this, 0); }
    public Value tanh() { return unary(Op.TANH, this, 0); }
    public Value relu() { return unary(Op.RELU, this, 0); }

    public double data() { return data; }
    public double grad() { return grad; }
    public Op op() { return op; }
    /** The constant exponent of a {@link Op#POW} node (0 for other ops). */
    public double exponent() { return exponent; }

    public List<Value> inputs() {
        return List.of(inputs);
    }

    /**
     * Reverse-mode differentiation from this node: sets every upstream node's {@link #grad()} to
     * d(this)/d(node). A node used by several others receives the sum of their contributions.
     */
    public void backward() {
        backward(BackwardRules.EXACT);
    }

    /** The backward pass under {@code rules} (the exact ones, or a named mistake's). */
    public void backward(BackwardRules rules) {
        List<Value> order = topologicalOrder();
        for (Value v : order) {
            v.grad = 0;
        }
        grad = rules.seed();
        boolean sum = rules.sumsBranches();
        double[] local = new double[2];
        for (int i = order.size() - 1; i >= 0; i--) {
            Value v = order.get(i);
            if (v.inputs.length == 0) {
                continue;
            }
            double a = v.inputs[0].data;
            double b = v.inputs.length > 1 ? v.inputs[1].data : 0;
            rules.localGradients(v.op, a, b, v.exponent, v.data, local);
            for (int j = 0; j < v.inputs.length; j++) {
                Value input = v.inputs[j];
                input.grad = sum ? input.grad + local[j] * v.grad : local[j] * v.grad;
            }
        }
    }

    /** Every node this one depends on, inputs before the nodes that use them; iterative, no recursion. */
    public List<Value> topologicalOrder() {
        return Topology.order(this);
    }

    /** Set by each topological ordering that reaches this node (see {@link Topology}); not part of the value. */
    private Object visitMark;

    @Override
    public Value[] topologyInputs() {
        return inputs;
    }

    @Override
    public Object visitMark() {
        return visitMark;
    }

    @Override
    public void visitMark(Object token) {
        visitMark = token;
    }

    @Override
    public String toString() {
        return "Value(" + op.symbol() + ", data=" + data + ", grad=" + grad + ")";
    }
}
