package dev.chainrule.grader.engine;

import java.util.List;

/**
 * A small dense matrix node of the reverse-mode engine (vectors are n x 1). Like {@link Value},
 * each op's backward rule sits in {@link #propagate} beside the forward rule in its factory method.
 * Element-wise activations use the scalar {@link Op} rules, so a {@link BackwardRules} mistake
 * applies to matrices as it does to scalars.
 */
public final class Tensor implements Topology.Node<Tensor> {
    /** The operations; {@code k} holds a constant (leaky-ReLU slope, scale factor). */
    public enum TensorOp { LEAF, MATMUL, TRANSPOSE, ADD, SUB, MUL, SCALE, ACTIVATION, SUM, MEAN, MEAN_COLUMNS, SOFTMAX }

    private final int rows;
    private final int cols;
    private final double[] data;
    private final double[] grad;
    private final TensorOp op;
    private final Op activation;
    private final Tensor[] inputs;
    private final double k;

    private Tensor(int rows, int cols, double[] data, TensorOp op, Op activation, double k, Tensor... inputs) {
        this.rows = rows;
        this.cols = cols;
        this.data = data;
        this.grad = new double[data.length];
        this.op = op;
        this.activation = activation;
        this.k = k;
        this.inputs = inputs;
    }

    /** A leaf holding {@code values} in row-major order. */
    public static Tensor of(int rows, int cols, double... values) {
        if (rows <= 0 || cols <= 0 || values.length != rows * cols) {
            throw new IllegalArgumentException("a " + rows + "x" + cols + " tensor needs " + rows * cols + " values, got " + values.length);
        }
        return new Tensor(rows, cols, values.clone(), TensorOp.LEAF, null, 0);
    }

    public int rows() { return rows; }
    public int cols() { return cols; }
    public double get(int r, int c) { return data[r * cols + c]; }
    public double gradAt(int r, int c) { return grad[r * cols + c]; }
    public TensorOp op() { return op; }

    /** The values, row-major (a copy). */
    public double[] values() { return data.clone(); }

    /** The gradient, row-major (a copy). */
    public double[] gradient() { return grad.clone(); }

    public Tensor matmul(Tensor b) {
        if (cols != b.rows) {
            throw new IllegalArgumentException("cannot multiply " + shape() + " by " + b.shape());
        }
        double[] out = new double[rows * b.cols];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < b.cols; j++) {
                double s = 0;
                for (int t = 0; t < cols; t++) {
                    s += data[i * cols + t] * b.data[t * b.cols + j];
                }
                out[i * b.cols + j] = s;
            }
        }
        return new Tensor(rows, b.cols, out, TensorOp.MATMUL, null, 0, this, b);
    }

    public Tensor transpose() {
        double[] out = new double[data.length];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                out[j * rows + i] = data[i * cols + j];
            }
        }
        return new Tensor(cols, rows, out, TensorOp.TRANSPOSE, null, 0, this);
    }

    public Tensor add(Tensor b) { return elementwise(b, TensorOp.ADD); }
    public Tensor sub(Tensor b) { return elementwise(b, TensorOp.SUB); }
    /** Element-wise (Hadamard) product. */
    public Tensor mul(Tensor b) { return elementwise(b, TensorOp.MUL); }

    public Tensor scale(double factor) {
        double[] out = new double[data.length];
        for (int i = 0; i < data.length; i++) {
            out[i] = data[i] * factor;
        }
        return new Tensor(rows, cols, out, TensorOp.SCALE, null, factor, this);
    }

    public Tensor sigmoid() { return activate(Op.SIGMOID, 0); }
    public Tensor tanh() { return activate(Op.TANH, 0); }
    public Tensor relu() { return activate(Op.RELU, 0); }
    /** max(x, slope * x) element-wise, for 0 <= slope < 1. */
    public Tensor leakyRelu(double slope) { return activate(Op.LEAKY_RELU, slope); }

    /** The sum of every entry, 1 x 1. */
    public Tensor sum() {
        double s = 0;
        for (double v : data) {
            s += v;
        }
        return new Tensor(1, 1, new double[] {s}, TensorOp.SUM, null, 0, this);
    }

    /** The mean of every entry, 1 x 1. */
    public Tensor mean() {
        return new Tensor(1, 1, new double[] {sum().data[0] / data.length}, TensorOp.MEAN, null, 0, this);
    }

    /** The mean over columns (samples): rows x 1. */
    public Tensor meanColumns() {
        double[] out = new double[rows];
        for (int i = 0; i < rows; i++) {
            double s = 0;
            for (int j = 0; j < cols; j++) {
                s += data[i * cols + j];
            }
            out[i] = s / cols;
        }
        return new Tensor(rows, 1, out, TensorOp.MEAN_COLUMNS, null, 0, this);
    }

    /** Softmax of each column, computed without overflow. */
    public Tensor softmax() {
        double[] out = new double[data.length];
        for (int j = 0; j < cols; j++) {
            double max = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < rows; i++) {
                max = Math.max(max, data[i * cols + j]);
            }
            double total = 0;
            for (int i = 0; i < rows; i++) {
                out[i * cols + j] = Math.exp(data[i * cols + j] - max);
                total += out[i * cols + j];
            }
            for (int i = 0; i < rows; i++) {
                out[i * cols + j] /= total;
            }
        }
        return new Tensor(rows, cols, out, TensorOp.SOFTMAX, null, 0, this);
    }

    private Tensor elementwise(Tensor b, TensorOp kind) {
        if (rows != b.rows || cols != b.cols) {
            throw new IllegalArgumentException("shapes differ: " + shape() + " and " + b.shape());
        }
        double[] out = new double[data.length];
        for (int i = 0; i < data.length; i++) {
            out[i] = kind == TensorOp.ADD ? data[i] + b.data[i] : kind == TensorOp.SUB ? data[i] - b.data[i] : data[i] * b.data[i];
        }
        return new Tensor(rows, cols, out, kind, null, 0, this, b);
    }

    private Tensor activate(Op f, double slope) {
        double[] out = new double[data.length];
        for (int i = 0; i < data.length; i++) {
            out[i] = f.forward(data[i], 0, slope);
        }
        return new Tensor(rows, cols, out, TensorOp.ACTIVATION, f, slope, this);
    }

    public String shape() {
        return rows + "x" + cols;
    }

    public void backward() {
        backward(BackwardRules.EXACT);
    }

    /** Reverse-mode differentiation of this (1 x 1) tensor under {@code rules}. */
    public void backward(BackwardRules rules) {
        if (data.length != 1) {
            throw new IllegalStateException("backward() starts from a 1x1 tensor, not " + shape());
        }
        List<Tensor> order = topologicalOrder();
        for (Tensor t : order) {
            java.util.Arrays.fill(t.grad, 0);
        }
        grad[0] = rules.seed();
        for (int i = order.size() - 1; i >= 0; i--) {
            order.get(i).propagate(rules);
        }
    }

    private void propagate(BackwardRules rules) {
        switch (op) {
            case LEAF:
                return;
            case MATMUL: {
                Tensor a = inputs[0];
                Tensor b = inputs[1];
                // dA = G B^T, dB = A^T G (a missed transpose is a shape error, so the rules cannot mutate it)
                for (int i = 0; i < rows; i++) {
                    for (int j = 0; j < cols; j++) {
                        double g = grad[i * cols + j];
                        for (int t = 0; t < a.cols; t++) {
                            a.grad[i * a.cols + t] += g * b.data[t * b.cols + j];
                            b.grad[t * b.cols + j] += a.data[i * a.cols + t] * g;
                        }
                    }
                }
                return;
            }
            case TRANSPOSE:
                for (int i = 0; i < rows; i++) {
                    for (int j = 0; j < cols; j++) {
                        inputs[0].grad[j * rows + i] += grad[i * cols + j];
                    }
                }
                return;
            case ADD:
            case SUB:
            case MUL: {
                double[] local = new double[2];
                for (int i = 0; i < data.length; i++) {
                    Op scalar = op == TensorOp.ADD ? Op.ADD : op == TensorOp.SUB ? Op.SUB : Op.MUL;
                    rules.localGradients(scalar, inputs[0].data[i], inputs[1].data[i], 0, data[i], local);
                    inputs[0].grad[i] += local[0] * grad[i];
                    inputs[1].grad[i] += local[1] * grad[i];
                }
                return;
            }
            case SCALE:
                for (int i = 0; i < data.length; i++) {
                    inputs[0].grad[i] += k * grad[i];
                }
                return;
            case ACTIVATION: {
                double[] local = new double[2];
                for (int i = 0; i < data.length; i++) {
                    rules.localGradients(activation, inputs[0].data[i], 0, k, data[i], local);
                    inputs[0].grad[i] += local[0] * grad[i];
                }
                return;
            }
            case SUM:
            case MEAN: {
                double share = op == TensorOp.SUM || !rules.averages() ? grad[0] : grad[0] / inputs[0].data.length;
                for (int i = 0; i < inputs[0].data.length; i++) {
                    inputs[0].grad[i] += share;
                }
                return;
            }
            case MEAN_COLUMNS: {
                Tensor in = inputs[0];
                for (int i = 0; i < in.rows; i++) {
                    double share = rules.averages() ? grad[i] / in.cols : grad[i];
                    for (int j = 0; j < in.cols; j++) {
                        in.grad[i * in.cols + j] += share;
                    }
                }
                return;
            }
            default: {
                // softmax: for each column s, dx_i = s_i (g_i - sum_j g_j s_j)
                Tensor in = inputs[0];
                for (int j = 0; j < cols; j++) {
                    double dot = 0;
                    for (int i = 0; i < rows; i++) {
                        dot += grad[i * cols + j] * data[i * cols + j];
                    }
                    for (int i = 0; i < rows; i++) {
                        in.grad[i * cols + j] += data[i * cols + j] * (grad[i * cols + j] - dot);
                    }
                }
            }
        }
    }

    private List<Tensor> topologicalOrder() {
        return Topology.order(this);
    }

    /** Set by each topological ordering that reaches this node (see {@link Topology}); not part of the tensor. */
    private Object visitMark;

    @Override
    public Tensor[] topologyInputs() {
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
}
