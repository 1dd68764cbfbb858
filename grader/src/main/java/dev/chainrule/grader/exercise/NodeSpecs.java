package dev.chainrule.grader.exercise;

import java.util.ArrayList;
import java.util.List;

/** Which nodes a forward-pass or backward-pass exercise asks about, checked against its graph. */
final class NodeSpecs {
    private NodeSpecs() {}

    /** Forward pass: the listed statement names, or every statement when none are listed. */
    static List<String> forwardNodes(GraphModel model, List<String> listed) {
        List<String> statements = new ArrayList<>(model.program().names());
        statements.removeAll(model.program().parameters());
        if (listed.isEmpty()) {
            return statements;
        }
        for (String n : listed) {
            model.requireName("nodes", n, n);
            if (!statements.contains(n)) {
                throw new SpecException("nodes", "'" + n + "' is a parameter: its value is given, ask for computed nodes");
            }
        }
        return unique(listed);
    }

    /** Backward pass: the listed names, or every name but the output, from the output backwards. */
    static List<String> backwardNodes(GraphModel model, List<String> listed) {
        String output = model.output();
        if (listed.isEmpty()) {
            List<String> all = new ArrayList<>();
            List<String> names = model.program().names();
            for (int i = names.size() - 1; i >= 0; i--) {
                if (!names.get(i).equals(output)) {
                    all.add(names.get(i));
                }
            }
            return all;
        }
        for (String n : listed) {
            model.requireName("nodes", n, n);
            if (n.equals(output)) {
                throw new SpecException("nodes", "'" + n + "' is the output: its gradient is 1 by definition");
            }
        }
        return unique(listed);
    }

    private static List<String> unique(List<String> names) {
        List<String> out = new ArrayList<>();
        for (String n : names) {
            if (out.contains(n)) {
                throw new SpecException("nodes", "'" + n + "' is listed twice");
            }
            out.add(n);
        }
        return out;
    }
}
