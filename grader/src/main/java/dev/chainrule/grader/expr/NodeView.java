package dev.chainrule.grader.expr;

import java.util.List;

/**
 * One node of a graph as drawings and per-node exercises see it: a name (the program's name, or
 * {@code #k} for an unnamed intermediate), its op symbol, the names of its inputs, its forward
 * value and its gradient from the last backward pass.
 */
public record NodeView(String name, String op, List<String> inputs, double value, double grad, boolean named) {
    public NodeView {
        inputs = List.copyOf(inputs);
    }
}
