package dev.chainrule.grader.exercise;

import java.util.List;
import java.util.Map;

/** The grader's entry point for the server and the browser client: validate, draw variants, grade, solve. */
public final class Exercises {
    private Exercises() {}

    /** Checks that the spec can be used; throws {@link SpecException} naming the field at fault. */
    public static void validate(ExerciseSpec spec) {
        CompiledExercise compiled = compile(spec);
        if (compiled instanceof DerivativeExpressionExercise d) {
            d.checkSolution();
        }
    }

    /** The variant for {@code seed}: the same numbers on every runtime. */
    public static Variant generate(ExerciseSpec spec, long seed) {
        return compile(spec).generate(seed);
    }

    /**
     * Grades answers as typed ({@code answers} maps field name to raw text; missing fields count as no answer),
     * with every message in English.
     */
    public static Verdict check(ExerciseSpec spec, Map<String, Double> params, Map<String, String> answers) {
        return check(spec, params, answers, Language.EN);
    }

    /** The same, with every message (verdicts, named mistakes, formula errors) written in {@code language}. */
    public static Verdict check(ExerciseSpec spec, Map<String, Double> params, Map<String, String> answers, Language language) {
        return compile(spec).check(params, answers, language == null ? Language.EN : language);
    }

    /** Answers that score 1 for this variant, as text. */
    public static Map<String, String> solution(ExerciseSpec spec, Map<String, Double> params) {
        return compile(spec).solution(params);
    }

    /** The exact answer of every asked field of a gradients exercise, keyed by field name, in asked order. */
    public static Map<String, Double> reference(ExerciseSpec spec, Map<String, Double> params) {
        if (!(spec instanceof GradientsSpec g)) {
            throw new IllegalArgumentException(spec.kind().id() + " exercises have no numeric reference map; use solution()");
        }
        return GradientsExercise.compile(g).reference(params);
    }

    /** The names of the fields a learner fills in, in order (the keys of {@code answers}). */
    public static List<String> fields(ExerciseSpec spec) {
        if (spec instanceof GradientsSpec g) {
            return g.ask();
        }
        if (spec instanceof ForwardPassSpec f) {
            return ForwardPassExercise.compile(f).fields();
        }
        if (spec instanceof BackwardPassSpec b) {
            return BackwardPassExercise.compile(b).fields();
        }
        if (spec instanceof LayerSpec l) {
            return l.ask();
        }
        if (spec instanceof DerivativeExpressionSpec d) {
            return List.of(d.ask());
        }
        return List.of(spec instanceof ChoiceSpec ? ChoiceSpec.FIELD : ExperimentSpec.FIELD);
    }

    /** Each field's label as KaTeX source, in field order. */
    public static Map<String, String> labels(ExerciseSpec spec) {
        Map<String, String> labels = new java.util.LinkedHashMap<>();
        for (String field : fields(spec)) {
            labels.put(field, spec instanceof LayerSpec ? layerLabel(field) : labelTex(field));
        }
        return labels;
    }

    private static String layerLabel(String field) {
        String layer = field.substring(field.length() - 1);
        if (field.startsWith("dU")) {
            return "\\frac{\\partial P}{\\partial U^{(" + layer + ")}}";
        }
        return (field.startsWith("delta") ? "\\delta" : "z") + "^{(" + layer + ")}";
    }

    /** {rows, columns} of a layer exercise's matrix field. */
    public static int[] shape(LayerSpec spec, String field) {
        int[] shape = LayerExercise.compile(spec).shape(field);
        if (shape == null) {
            throw new IllegalArgumentException("'" + field + "' is not a field of " + spec.id());
        }
        return shape;
    }

    /** The KaTeX label of a field: {@code dP/dw1} -> {@code \frac{\partial P}{\partial w_{1}}}, a node name -> {@code w_{1}}. */
    public static String labelTex(String field) {
        Derivative d = Derivative.parse(field);
        if (d != null) {
            return d.tex();
        }
        if (Derivative.isName(field)) {
            return TexNames.of(field);
        }
        StringBuilder plain = new StringBuilder("\\text{");
        for (int i = 0; i < field.length(); i++) {
            char c = field.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '/' || c == ' ') {
                plain.append(c);
            }
        }
        return plain.append('}').toString();
    }

    private static CompiledExercise compile(ExerciseSpec spec) {
        if (spec instanceof GradientsSpec g) {
            return GradientsExercise.compile(g);
        }
        if (spec instanceof ForwardPassSpec f) {
            return ForwardPassExercise.compile(f);
        }
        if (spec instanceof BackwardPassSpec b) {
            return BackwardPassExercise.compile(b);
        }
        if (spec instanceof LayerSpec l) {
            return LayerExercise.compile(l);
        }
        if (spec instanceof DerivativeExpressionSpec d) {
            return DerivativeExpressionExercise.compile(d);
        }
        if (spec instanceof ChoiceSpec c) {
            return ChoiceExercise.compile(c);
        }
        ExperimentSpec e = (ExperimentSpec) spec;
        try {
            e.experiment().resolve(e.settings());
        } catch (IllegalArgumentException bad) {
            throw new SpecException("settings", bad.getMessage());
        }
        return ChoiceExercise.compile(new ChoiceSpec(e.id(), e.title(), e.prompt(), e.options(), false), ExperimentSpec.FIELD);
    }
}
