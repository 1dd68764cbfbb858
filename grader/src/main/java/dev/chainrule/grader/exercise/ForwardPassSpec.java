package dev.chainrule.grader.exercise;

import java.util.List;

/**
 * The forward-pass kind: the value at chosen nodes of a graph (all statements when {@code nodes}
 * is empty). Answers are keyed by node name and graded with error carried forward.
 */
public record ForwardPassSpec(String id, String title, String prompt, String graph, List<ParamSpec> params,
                              List<String> nodes, Tolerance tolerance) implements ExerciseSpec {
    public ForwardPassSpec {
        params = List.copyOf(params);
        nodes = List.copyOf(nodes);
        if (tolerance == null) {
            tolerance = Tolerance.DEFAULT;
        }
    }

    @Override
    public Kind kind() {
        return Kind.FORWARD_PASS;
    }
}
