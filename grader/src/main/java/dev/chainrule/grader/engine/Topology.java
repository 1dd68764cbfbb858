package dev.chainrule.grader.engine;

import java.util.ArrayList;
import java.util.List;

/** Depth-first topological order of a node and everything it depends on, inputs first; iterative, so deep graphs cannot overflow the stack. */
final class Topology {
    private Topology() {}

    /**
     * A node of a graph to order. Each traversal marks the nodes it reaches with a token of its own, a field read
     * instead of a set lookup: hashing every node was most of the ordering's cost, in the browser most of all.
     */
    interface Node<T extends Node<T>> {
        T[] topologyInputs();

        Object visitMark();

        void visitMark(Object token);
    }

    static <T extends Node<T>> List<T> order(T root) {
        Object token = new Object(); // this traversal's own mark: no other traversal, on any thread, uses it
        List<T> order = new ArrayList<>();
        List<T> stack = new ArrayList<>();
        int[] next = new int[16];
        stack.add(root);
        root.visitMark(token);
        while (!stack.isEmpty()) {
            int top = stack.size() - 1;
            T node = stack.get(top);
            T[] in = node.topologyInputs();
            if (next[top] < in.length) {
                T child = in[next[top]++];
                if (child.visitMark() != token) {
                    child.visitMark(token);
                    if (top + 1 == next.length) {
                        next = java.util.Arrays.copyOf(next, next.length * 2);
                    }
                    next[top + 1] = 0;
                    stack.add(child);
                }
            } else {
                order.add(node);
                stack.remove(top);
            }
        }
        return order;
    }
}
