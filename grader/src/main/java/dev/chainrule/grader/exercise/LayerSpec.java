package dev.chainrule.grader.exercise;

import java.util.List;

/**
 * The layer kind: vectors and matrices of a small MLP, z^l = act(U^l z^(l-1)) with z^0 = x, and the
 * performance P = -1/2 mean over samples of |d - z^L|^2. Asked fields: {@code z<l>} (activations),
 * {@code delta<l>} (per-sample deltas dP_s/dp^l, one column per sample) and {@code dU<l>} (dP/dU^l),
 * each typed as a matrix and graded per entry.
 */
public record LayerSpec(String id, String title, String prompt, List<Integer> sizes, Activation activation, int samples,
                        ParamSpec inputs, ParamSpec weights, ParamSpec targets, List<String> ask, Tolerance tolerance)
        implements ExerciseSpec {
    /** The activations a layer exercise can use. */
    public enum Activation {
        SIGMOID("sigmoid"), TANH("tanh"), RELU("relu"), LEAKY_RELU("leaky-relu");

        private final String id;

        Activation(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }

        public static Activation byId(String id) {
            for (Activation a : values()) {
                if (a.id.equals(id)) {
                    return a;
                }
            }
            return null;
        }
    }

    public LayerSpec {
        sizes = List.copyOf(sizes);
        ask = List.copyOf(ask);
        if (tolerance == null) {
            tolerance = Tolerance.DEFAULT;
        }
    }

    @Override
    public Kind kind() {
        return Kind.LAYER;
    }
}
