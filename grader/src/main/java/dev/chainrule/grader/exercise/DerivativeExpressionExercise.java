package dev.chainrule.grader.exercise;

import dev.chainrule.grader.engine.BackwardRules;
import dev.chainrule.grader.engine.Value;
import dev.chainrule.grader.expr.Expr;
import dev.chainrule.grader.expr.ExpressionException;
import dev.chainrule.grader.expr.Graph;
import dev.chainrule.grader.expr.Program;
import dev.chainrule.grader.util.SplitMix64;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A checked {@link DerivativeExpressionSpec}: a typed formula compared with the engine's gradient at several points. */
final class DerivativeExpressionExercise implements CompiledExercise {
    /** Points a formula is evaluated at: the variant's own numbers and this many more. */
    static final int EXTRA_POINTS = 6;
    /** Longer formulas are refused. */
    static final int MAX_FORMULA_LENGTH = 500;

    private final DerivativeExpressionSpec spec;
    private final GraphModel model;
    private final Derivative derivative;
    private final List<String> variables;

    private DerivativeExpressionExercise(DerivativeExpressionSpec spec, GraphModel model, Derivative derivative, List<String> variables) {
        this.spec = spec;
        this.model = model;
        this.derivative = derivative;
        this.variables = variables;
    }

    static DerivativeExpressionExercise compile(DerivativeExpressionSpec spec) {
        GraphModel model = GraphModel.compile(spec.graph(), spec.params());
        Derivative d = GradientsExercise.derivatives(model, List.of(spec.ask())).get(0);
        List<String> variables = spec.variables().isEmpty() ? model.program().names() : spec.variables();
        for (String v : variables) {
            model.requireName("variables", v, v);
        }
        return new DerivativeExpressionExercise(spec, model, d, variables);
    }

    /** The author's formula must be graded correct (the page never receives it, so only the course check needs it). */
    void checkSolution() {
        if (spec.solution() == null || spec.solution().isBlank()) {
            throw new SpecException("solution", "give the right formula, so the course can be checked");
        }
        FieldVerdict own = grade(generate(0).params(), spec.solution(), Feedback.in(Language.EN));
        if (own.status() != Status.CORRECT) {
            throw new SpecException("solution", "'" + spec.solution() + "' is not graded correct: " + own.message());
        }
    }

    @Override
    public Variant generate(long seed) {
        return model.drawUntil(seed, params -> GraphModel.wellDefined(model.build(params)), "the graph is not defined there");
    }

    @Override
    public Verdict check(Map<String, Double> params, Map<String, String> answers, Language language) {
        FieldVerdict v = grade(params, answers.get(spec.ask()), Feedback.in(language));
        return new Verdict(v.status() == Status.CORRECT ? 1 : 0, List.of(v));
    }

    @Override
    public Map<String, String> solution(Map<String, Double> params) {
        return Map.of(spec.ask(), spec.solution());
    }

    private FieldVerdict grade(Map<String, Double> params, String formula, Feedback say) {
        String field = spec.ask();
        if (formula == null || formula.trim().isEmpty()) {
            return new FieldVerdict(field, Status.INVALID, say.noFormula(field));
        }
        if (formula.length() > MAX_FORMULA_LENGTH) {
            return new FieldVerdict(field, Status.INVALID, say.formulaTooLong(MAX_FORMULA_LENGTH));
        }
        Expr expr;
        try {
            expr = Program.parseExpression(formula);
        } catch (ExpressionException e) {
            return new FieldVerdict(field, Status.INVALID, say.formulaError(e));
        }
        for (Expr.Name n : Program.names(expr)) {
            if (!variables.contains(n.name())) {
                return new FieldVerdict(field, Status.INVALID, say.unknownName(n.column(), n.name(), variables));
            }
        }
        List<Map<String, Double>> points = points(params);
        List<Double> given = new ArrayList<>();
        for (Map<String, Double> point : points) {
            given.add(evaluate(expr, model.build(point)));
        }
        if (matches(given, points, BackwardRules.EXACT)) {
            return new FieldVerdict(field, Status.CORRECT, say.formulaCorrect(points.size()));
        }
        for (Mistake m : Mistake.BACKWARD) {
            if (!matches(gradients(points, m), points, BackwardRules.EXACT) && matches(given, points, m)) {
                return new FieldVerdict(field, Status.INCORRECT, say.mistake(m), m);
            }
        }
        return new FieldVerdict(field, Status.INCORRECT, say.formulaDiffers(describe(points.get(0)), field));
    }

    private static double evaluate(Expr expr, Graph graph) {
        Map<String, Value> env = new LinkedHashMap<>();
        for (Map.Entry<String, Value> e : graph.nodes().entrySet()) {
            env.put(e.getKey(), Value.constant(e.getValue().data()));
        }
        return Graph.evaluateExpression(expr, env).data();
    }

    /** Whether {@code values} agree at every point with the gradient the {@code rules} give. */
    private boolean matches(List<Double> values, List<Map<String, Double>> points, BackwardRules rules) {
        List<Double> expected = gradients(points, rules);
        for (int i = 0; i < points.size(); i++) {
            if (!Double.isFinite(values.get(i)) || !spec.tolerance().accepts(values.get(i), expected.get(i))) {
                return false;
            }
        }
        return true;
    }

    private List<Double> gradients(List<Map<String, Double>> points, BackwardRules rules) {
        List<Double> out = new ArrayList<>();
        for (Map<String, Double> point : points) {
            Graph graph = model.build(point);
            graph.node(derivative.of()).backward(rules);
            out.add(graph.node(derivative.wrt()).grad());
        }
        return out;
    }

    /** The variant's own numbers, then points drawn from the declared ranges with a seed fixed by the exercise id. */
    private List<Map<String, Double>> points(Map<String, Double> params) {
        List<Map<String, Double>> points = new ArrayList<>();
        points.add(params);
        SplitMix64 rng = new SplitMix64(0x5DEECE66DL ^ spec.id().hashCode());
        for (int tries = 0; points.size() <= EXTRA_POINTS && tries < GraphModel.MAX_DRAWS; tries++) {
            Map<String, Double> p = model.draw(rng);
            if (GraphModel.wellDefined(model.build(p))) {
                points.add(p);
            }
        }
        return points;
    }

    private static String describe(Map<String, Double> point) {
        StringBuilder out = new StringBuilder();
        for (Map.Entry<String, Double> e : point.entrySet()) {
            out.append(out.length() == 0 ? "" : ", ").append(e.getKey()).append(" = ")
                    .append(dev.chainrule.grader.util.Numbers.format(e.getValue(), 6));
        }
        return out.toString();
    }
}
