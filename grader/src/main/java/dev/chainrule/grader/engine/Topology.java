package dev.chainrule.grader.engine;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/** Depth-first topological order of a node and everything it depends on, inputs first; iterative, so deep graphs cannot overflow the stack. */
final class Topology {
    private Topology() {}

    static <T> List<T> order(T root, Function<T, T[]> inputs) {
        List<T> order = new ArrayList<>();
        Set<T> visited = new HashSet<>();
        List<T> stack = new ArrayList<>();
        int[] next = new int[16];
        stack.add(root);
        visited.add(root);
        while (!stack.isEmpty()) {
            int top = stack.size() - 1;
            T node = stack.get(top);
            T[] in = inputs.apply(node);
            if (next[top] < in.length) {
                T child = in[next[top]++];
                if (visited.add(child)) {
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
