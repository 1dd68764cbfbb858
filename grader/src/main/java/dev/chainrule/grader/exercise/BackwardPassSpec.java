package dev.chainrule.grader.exercise;

import java.util.List;

/**
 * The backward-pass kind: the gradient of the output at chosen nodes (every node but the output
 * when {@code nodes} is empty). Answers are keyed {@code dOUT/dNODE} and graded with error carried
 * forward: each node is judged by its local rule applied to the learner's own upstream gradients.
 */
public record BackwardPassSpec(String id, String title, String prompt, String graph, List<ParamSpec> params,
                               List<String> nodes, Tolerance tolerance) implements ExerciseSpec {
    public BackwardPassSpec {
        params = List.copyOf(params);
        nodes = List.copyOf(nodes);
        if (tolerance == null) {
            tolerance = Tolerance.DEFAULT;
        }
    }

    @Override
    public Kind kind() {
        return Kind.BACKWARD_PASS;
    }
}
