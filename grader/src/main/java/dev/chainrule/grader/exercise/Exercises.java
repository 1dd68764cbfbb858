package dev.chainrule.grader.exercise;

import java.util.Map;

/** The grader's entry point for the server and the browser client: validate, draw variants, compute references, check answers. */
public final class Exercises {
    private Exercises() {}

    /** Checks that the spec can be used; throws {@link SpecException} naming the field at fault. */
    public static void validate(ExerciseSpec spec) {
        compile(spec);
    }

    /** The variant for {@code seed}: the same numbers on every runtime. */
    public static Variant generate(ExerciseSpec spec, long seed) {
        return compile(spec).generate(seed);
    }

    /** The exact answer of every asked field at these parameters, keyed by field name, in asked order. */
    public static Map<String, Double> reference(ExerciseSpec spec, Map<String, Double> params) {
        return compile(spec).reference(params);
    }

    /** Grades answers as typed ({@code answers} maps field name to raw text; missing fields count as no answer). */
    public static Verdict check(ExerciseSpec spec, Map<String, Double> params, Map<String, String> answers) {
        return compile(spec).check(params, answers);
    }

    /** The KaTeX label of an asked field: {@code dP/dw1} -> {@code \frac{\partial P}{\partial w_{1}}}. */
    public static String askLabelTex(String ask) {
        Derivative d = Derivative.parse(ask);
        if (d != null) {
            return d.tex();
        }
        StringBuilder plain = new StringBuilder("\\text{");
        for (int i = 0; i < ask.length(); i++) {
            char c = ask.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '/' || c == ' ') {
                plain.append(c);
            }
        }
        return plain.append('}').toString();
    }

    private static GradientsExercise compile(ExerciseSpec spec) {
        return GradientsExercise.compile((GradientsSpec) spec);
    }
}
