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
        List<Integer> next = new ArrayList<>();
        stack.add(root);
        next.add(0);
        visited.add(root);
        while (!stack.isEmpty()) {
            int top = stack.size() - 1;
            T node = stack.get(top);
            int i = next.get(top);
            T[] in = inputs.apply(node);
            if (i < in.length) {
                next.set(top, i + 1);
                if (visited.add(in[i])) {
                    stack.add(in[i]);
                    next.add(0);
                }
            } else {
                order.add(node);
                stack.remove(top);
                next.remove(top);
            }
        }
        return order;
    }
}
