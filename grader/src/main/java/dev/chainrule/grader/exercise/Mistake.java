package dev.chainrule.grader.exercise;

import dev.chainrule.grader.engine.BackwardRules;
import dev.chainrule.grader.engine.Op;

/**
 * The named mistakes the grader recognises. Each one that concerns the backward pass is a set of
 * {@link BackwardRules} that differs from calculus in one rule; re-running the reference under it
 * gives the answer a learner who made that slip would give.
 */
public enum Mistake implements BackwardRules {
    ACTIVATION_DERIVATIVE_OMITTED("activation-derivative-omitted",
            "It looks like you left out the activation's derivative: multiply by the gate's local slope, such as z(1 - z) for a sigmoid.",
            "활성화 함수의 도함수를 빠뜨린 것 같습니다. 게이트의 국소 기울기(시그모이드라면 z(1 - z))를 곱해야 합니다.") {
        @Override
        public void localGradients(Op op, double a, double b, double k, double y, double[] out) {
            if (op == Op.SIGMOID || op == Op.TANH) {
                out[0] = 1;
            } else {
                op(op, a, b, k, y, out);
            }
        }
    },
    SIGMA_PRIME_AS_SIGMA("sigma-prime-as-sigma",
            "It looks like you used the sigmoid's value where its derivative belongs: the local slope is z(1 - z), not z.",
            "시그모이드의 도함수를 써야 할 자리에 시그모이드의 값을 쓴 것 같습니다. 국소 기울기는 z가 아니라 z(1 - z)입니다.") {
        @Override
        public void localGradients(Op op, double a, double b, double k, double y, double[] out) {
            if (op == Op.SIGMOID || op == Op.TANH) {
                out[0] = y;
            } else {
                op(op, a, b, k, y, out);
            }
        }
    },
    SIGMA_PRIME_FROM_PREACTIVATION("sigma-prime-from-preactivation",
            "It looks like you computed the sigmoid's slope from its input: use its output z in z(1 - z), not the pre-activation.",
            "시그모이드의 기울기를 출력이 아닌 입력으로 계산한 것 같습니다. z(1 - z)에는 활성화 이전의 값이 아니라 출력 z를 넣어야 합니다.") {
        @Override
        public void localGradients(Op op, double a, double b, double k, double y, double[] out) {
            if (op == Op.SIGMOID) {
                out[0] = a * (1 - a);
            } else if (op == Op.TANH) {
                out[0] = 1 - a * a;
            } else {
                op(op, a, b, k, y, out);
            }
        }
    },
    PERFORMANCE_SIGN_FLIPPED("performance-sign-flipped",
            "Your answer has the right size but the opposite sign: check the sign of each factor, and remember that the performance P = -1/2 (d - z)^2 is the negative of the squared-error loss.",
            "크기는 맞지만 부호가 반대입니다. 각 인수의 부호를 확인하십시오. 성능함수(P = -1/2 (d - z)^2)는 제곱 오차 손실에 음의 부호를 붙인 것이라는 점도 기억하십시오.") {
        @Override
        public double seed() {
            return -1;
        }
    },
    BRANCHES_NOT_SUMMED("branches-not-summed",
            "A value that feeds several nodes gets the sum of the gradients from every branch; it looks like you kept only one.",
            "여러 노드로 들어가는 값은 모든 분기에서 돌아오는 그래디언트를 합한 값을 받습니다. 그중 하나만 남긴 것 같습니다.") {
        @Override
        public boolean sumsBranches() {
            return false;
        }
    },
    MUL_NOT_SWITCHED("mul-not-switched",
            "The multiply gate switches its inputs: the gradient to one input is the upstream gradient times the other input.",
            "곱셈 게이트는 입력을 서로 맞바꿉니다. 한 입력으로 가는 그래디언트는 상류 그래디언트에 다른 입력을 곱한 값입니다.") {
        @Override
        public void localGradients(Op op, double a, double b, double k, double y, double[] out) {
            if (op == Op.MUL) {
                out[0] = a;
                out[1] = b;
            } else {
                op(op, a, b, k, y, out);
            }
        }
    },
    MAX_ROUTED_TO_SMALLER("max-routed-to-smaller",
            "The max gate routes the whole gradient to the larger input; it looks like you sent it to the smaller one.",
            "max 게이트는 그래디언트 전체를 더 큰 입력으로 보냅니다. 더 작은 입력으로 보낸 것 같습니다.") {
        @Override
        public void localGradients(Op op, double a, double b, double k, double y, double[] out) {
            if (op == Op.MAX) {
                out[0] = a >= b ? 0 : 1;
                out[1] = a >= b ? 1 : 0;
            } else {
                op(op, a, b, k, y, out);
            }
        }
    },
    RELU_PASSES_NEGATIVE("relu-passes-negative",
            "A ReLU whose input is negative passes no gradient at all; it looks like you let the gradient through.",
            "입력이 음수인 ReLU는 그래디언트를 전혀 통과시키지 않습니다. 그래디언트를 그대로 통과시킨 것 같습니다.") {
        @Override
        public void localGradients(Op op, double a, double b, double k, double y, double[] out) {
            if (op == Op.RELU || op == Op.LEAKY_RELU) {
                out[0] = 1;
            } else {
                op(op, a, b, k, y, out);
            }
        }
    },
    /** Recognised from the shape or values of a typed matrix, not by re-running the engine. */
    TRANSPOSE_MISSED("transpose-missed",
            "Your matrix is the transpose of the right one: the weight gradient has one row per output neuron, delta times z transposed.",
            "입력한 행렬은 정답 행렬의 전치입니다. 가중치 그래디언트는 출력 뉴런마다 한 행을 차지하며, δ에 z의 전치를 곱한 값입니다."),
    ONE_OVER_N_MISSED("one-over-n-missed",
            "The performance is averaged over the samples, so each sample's contribution to the weight gradient is divided by N; it looks like you left out the 1/N.",
            "성능함수는 샘플들에 대한 평균이므로, 각 샘플이 가중치 그래디언트에 더하는 몫은 N으로 나누어집니다. 1/N을 빠뜨린 것 같습니다.") {
        @Override
        public boolean averages() {
            return false;
        }
    };

    /** The mistakes that are wrong backward-pass rules, which re-running a scalar graph can reveal. */
    static final Mistake[] BACKWARD = {
        ACTIVATION_DERIVATIVE_OMITTED, SIGMA_PRIME_AS_SIGMA, SIGMA_PRIME_FROM_PREACTIVATION, PERFORMANCE_SIGN_FLIPPED,
        BRANCHES_NOT_SUMMED, MUL_NOT_SWITCHED, MAX_ROUTED_TO_SMALLER, RELU_PASSES_NEGATIVE
    };

    private final String id;
    private final String english;
    private final String korean;

    /** Each mistake's explanation is given in every {@link Language}: English first, then Korean. */
    Mistake(String id, String english, String korean) {
        this.id = id;
        this.english = english;
        this.korean = korean;
    }

    /** Stable id for storage, JSON and message bundles. */
    public String id() {
        return id;
    }

    /** One sentence for the learner, in English. */
    public String explanation() {
        return english;
    }

    /** The explanation for the learner in {@code language}. */
    public String explanation(Language language) {
        return language == Language.KO ? korean : english;
    }

    /** The mistake with this id, or null. */
    public static Mistake byId(String id) {
        for (Mistake m : values()) {
            if (m.id.equals(id)) {
                return m;
            }
        }
        return null;
    }

    private static void op(Op op, double a, double b, double k, double y, double[] out) {
        EXACT.localGradients(op, a, b, k, y, out);
    }
}
