package dev.chainrule.grader.exercise;

import static dev.chainrule.grader.i18n.KoreanText.assertKorean;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.chainrule.grader.experiment.Experiment;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every kind writes its feedback in Korean when asked, and grades exactly as it does in English. */
class KoreanFeedbackTest {
    private static final String TWO_NEURONS = "p1 = w1 * x\ny = sigmoid(p1)\np2 = w2 * y\nz = sigmoid(p2)\nP = -0.5 * (d - z)^2";
    private static final List<String> TWO_NEURON_NAMES = List.of("x", "w1", "w2", "d", "p1", "y", "p2", "z", "P");
    private static final Map<String, Double> AT = ordered("w1", 0.5, "x", 2, "w2", 1, "d", 1);

    private static Map<String, Double> ordered(Object... pairs) {
        Map<String, Double> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put((String) pairs[i], ((Number) pairs[i + 1]).doubleValue());
        }
        return m;
    }

    private static Map<String, String> answers(String... pairs) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put(pairs[i], pairs[i + 1]);
        }
        return m;
    }

    private static List<ParamSpec> fixed(Map<String, Double> values) {
        return values.entrySet().stream().map(e -> (ParamSpec) new ParamSpec.Choice(e.getKey(), List.of(e.getValue()))).toList();
    }

    /** Grades in Korean, checks every message reads as Korean and that the grade is the English one. */
    private static Verdict korean(ExerciseSpec spec, Map<String, Double> params, Map<String, String> answers, List<String> identifiers) {
        Verdict ko = Exercises.check(spec, params, answers, Language.KO);
        Verdict en = Exercises.check(spec, params, answers);
        assertEquals(en.score(), ko.score());
        assertEquals(en.chainCorrect(), ko.chainCorrect());
        for (int i = 0; i < ko.fields().size(); i++) {
            FieldVerdict k = ko.fields().get(i);
            FieldVerdict e = en.fields().get(i);
            assertEquals(List.of(e.field(), e.status(), String.valueOf(e.mistake()), e.credit()),
                    List.of(k.field(), k.status(), String.valueOf(k.mistake()), k.credit()));
            List<String> allowed = new ArrayList<>(identifiers);
            allowed.add(k.field());
            String typed = answers.get(k.field());
            if (typed != null) {
                allowed.add(typed);
            }
            assertKorean(k.message(), allowed);
            assertNotEquals(e.message(), k.message());
        }
        return ko;
    }

    @Test
    void everyMistakeIsExplainedInKoreanWithoutEnglishWords() {
        for (Mistake m : Mistake.values()) {
            String ko = m.explanation(Language.KO);
            assertKorean(ko, "P", "d", "z", "N");
            assertTrue(ko.endsWith("."), m.id());
            assertNotEquals(m.explanation(), ko);
            assertEquals(m.explanation(), m.explanation(Language.EN));
        }
        assertEquals("곱셈 게이트는 입력을 서로 맞바꿉니다. 한 입력으로 가는 그래디언트는 상류 그래디언트에 다른 입력을 곱한 값입니다.",
                Mistake.MUL_NOT_SWITCHED.explanation(Language.KO));
    }

    @Test
    void gradientsRightWrongAndUnreadableAnswersAreAnsweredInKorean() {
        GradientsSpec spec = new GradientsSpec("g", "t", "p", TWO_NEURONS, fixed(AT), List.of("dP/dw1", "dP/dw2", "dP/dx", "dP/dz"), null);
        Map<String, String> right = Exercises.solution(spec, AT);
        Verdict v = korean(spec, AT, right, TWO_NEURON_NAMES);
        assertEquals("정답입니다.", v.fields().get(0).message());

        Map<String, Double> omitted = GradientsExercise.compile(spec).reference(AT, Mistake.ACTIVATION_DERIVATIVE_OMITTED);
        Verdict named = korean(spec, AT, answers("dP/dw1", omitted.get("dP/dw1").toString(), "dP/dw2", "0.5", "dP/dx", "1,5",
                "dP/dz", "NaN"), TWO_NEURON_NAMES);
        assertEquals("정답이 아닙니다. " + Mistake.ACTIVATION_DERIVATIVE_OMITTED.explanation(Language.KO), named.fields().get(0).message());
        assertEquals("정답이 아닙니다. 입력한 dP/dw2 값이 채점기가 계산한 값과 1% 넘게 차이 납니다.", named.fields().get(1).message());
        assertEquals("dP/dx에 입력한 값('1,5')은 숫자가 아닙니다. -0.25처럼 소수로 쓰되, 쉼표 대신 소수점(.)을 찍으십시오.",
                named.fields().get(2).message());
        assertEquals("dP/dz에는 유한한 수를 입력해야 합니다.", named.fields().get(3).message());

        Verdict unread = korean(spec, AT, answers("dP/dw1", "", "dP/dw2", "abc"), TWO_NEURON_NAMES);
        assertEquals("dP/dw1에 답이 없습니다. 숫자를 입력하십시오.", unread.fields().get(0).message());
        assertEquals("dP/dw2에 입력한 값('abc')은 숫자가 아닙니다. -0.25처럼 소수로 쓰십시오.", unread.fields().get(1).message());
    }

    @Test
    void forwardPassCreditCarriedForwardIsExplainedInKorean() {
        ForwardPassSpec spec = new ForwardPassSpec("f", "t", "p", TWO_NEURONS, fixed(AT), List.of("p1", "y", "p2"), null);
        Verdict v = korean(spec, AT, answers("p1", "1", "y", "0.8", "p2", "0.8"), TWO_NEURON_NAMES);
        assertEquals(List.of(Status.CORRECT, Status.INCORRECT, Status.CORRECT), v.fields().stream().map(FieldVerdict::status).toList());
        assertEquals("앞 노드들에 대해 직접 구한 값을 기준으로 하면 정답입니다.", v.fields().get(2).message());
        korean(spec, AT, Exercises.solution(spec, AT), TWO_NEURON_NAMES);
    }

    @Test
    void backwardPassNamesTheMistakeAndCarriedCreditInKorean() {
        BackwardPassSpec spec = new BackwardPassSpec("b", "t", "p", TWO_NEURONS, fixed(AT), List.of("z", "p2", "w2"), null);
        double y = 1 / (1 + Math.exp(-1.0));
        double z = 1 / (1 + Math.exp(-y));
        Verdict v = korean(spec, AT, answers("dP/dz", Double.toString(1 - z), "dP/dp2", Double.toString(1 - z),
                "dP/dw2", Double.toString((1 - z) * y)), TWO_NEURON_NAMES);
        assertEquals(Mistake.ACTIVATION_DERIVATIVE_OMITTED, v.fields().get(1).mistake());
        assertEquals("뒤 노드들에 대해 직접 구한 그래디언트를 기준으로 하면 정답입니다.", v.fields().get(2).message());
        korean(spec, AT, Exercises.solution(spec, AT), TWO_NEURON_NAMES);
    }

    private static LayerSpec layer(List<Integer> sizes, List<String> ask) {
        return new LayerSpec("layer", "t", "p", sizes, LayerSpec.Activation.SIGMOID, 1, new ParamSpec.Range("inputs", -1, 1, 1),
                new ParamSpec.Range("weights", -1, 1, 1), new ParamSpec.Choice("targets", List.of(0.0, 1.0)), ask, null);
    }

    @Test
    void layerShapesTransposesPartialCreditAndTypingErrorsAreExplainedInKorean() {
        LayerSpec spec = layer(List.of(2, 3), List.of("z1", "delta1", "dU1"));
        Map<String, Double> p = Exercises.generate(spec, 1).params();
        Map<String, String> right = Exercises.solution(spec, p);
        List<String> names = List.of("z1", "delta1", "dU1");
        assertEquals(1.0, korean(spec, p, right, names).score());

        double[] dU = LayerExercise.compile(spec).compute(p, dev.chainrule.grader.engine.BackwardRules.EXACT).get("dU1");
        String transposed = dU[0] + " " + dU[2] + " " + dU[4] + "; " + dU[1] + " " + dU[3] + " " + dU[5];
        String[] z1 = right.get("z1").split("; ");
        Verdict v = korean(spec, p, answers("z1", z1[0] + "; " + z1[1] + "; 9", "delta1", "1 2; 3", "dU1", transposed), names);
        assertEquals("정답이 아닙니다. 성분 3개 중 2개가 맞습니다. 3행 1열을 다시 살펴보십시오.", v.fields().get(0).message());
        assertEquals("delta1: 2행에는 성분이 1개 있지만 1행에는 2개 있습니다.", v.fields().get(1).message());
        assertEquals(Mistake.TRANSPOSE_MISSED, v.fields().get(2).mistake());

        Verdict typed = korean(spec, p, answers("z1", "", "delta1", "1; x; 2", "dU1", "1 2; 3 4"), names);
        assertEquals("z1: 답이 없습니다. 성분을 입력하고, 행과 행 사이에는 세미콜론(;)을 넣으십시오.", typed.fields().get(0).message());
        assertEquals("delta1: 2행 1번째 성분('x')이 유한한 수가 아닙니다.", typed.fields().get(1).message());
        assertEquals("dU1의 크기는 3 x 2(3행 2열)인데, 입력한 행렬은 2 x 2(2행 2열)입니다.", typed.fields().get(2).message());
    }

    private static final DerivativeExpressionSpec FORMULA = new DerivativeExpressionSpec("dw2-formula", "t", "p", TWO_NEURONS,
            List.of(new ParamSpec.Range("w1", -1.5, 1.5, 1), new ParamSpec.Range("x", -2, 2, 1), new ParamSpec.Range("w2", -1.5, 1.5, 1),
                    new ParamSpec.Choice("d", List.of(0.0, 1.0))),
            "dP/dw2", List.of("x", "w1", "w2", "d", "y", "z"), "(d - z) * z * (1 - z) * y", null);

    private static FieldVerdict formula(String typed) {
        Map<String, Double> p = Exercises.generate(FORMULA, 3).params();
        return korean(FORMULA, p, answers("dP/dw2", typed), TWO_NEURON_NAMES).fields().get(0);
    }

    @Test
    void typedFormulasAreGradedInKorean() {
        assertEquals("정답입니다. 입력한 식이 7개 점 모두에서 그래디언트와 일치합니다.", formula("y*z*(1-z)*(d-z)").message());
        assertEquals("정답이 아닙니다. " + Mistake.SIGMA_PRIME_AS_SIGMA.explanation(Language.KO), formula("(d - z) * z * y").message());
        assertTrue(formula("z * y").message().endsWith("일 때 입력한 식의 값이 dP/dw2의 값과 다릅니다."));
        assertEquals("dP/dw2에 답이 없습니다. z*(1-z)*y처럼 식을 입력하십시오.", formula(" ").message());
        assertEquals("식이 500자보다 깁니다.", formula("z".repeat(501)).message());
    }

    @Test
    void aSyntaxErrorInAFormulaIsExplainedInKorean() {
        assertEquals("9번째 글자: 3번째 글자에서 연 괄호를 닫을 ')'가 와야 하는데 입력이 끝났습니다.", formula("z*(1-z*y").message());
        assertEquals("3번째 글자: 연산자가 오거나 식이 끝나야 하는데 이름('y')이 나왔습니다.", formula("z y").message());
        assertEquals("3번째 글자: 쓸 수 없는 문자('$')가 있습니다.", formula("z $ y").message());
        assertEquals("1번째 글자: max 함수는 인수를 2개 받는데 1개가 주어졌습니다.", formula("max(z)").message());
        assertEquals("1번째 글자: 알 수 없는 함수 'foo'입니다. 쓸 수 있는 함수는 sigmoid, tanh, relu, exp, log, max입니다.",
                formula("foo(z)").message());
    }

    @Test
    void anUnknownNameInAFormulaIsExplainedInKorean() {
        assertEquals("1번째 글자: 알 수 없는 이름 'p2'입니다. 쓸 수 있는 이름은 x, w1, w2, d, y, z입니다.", formula("p2 * y").message());
    }

    private static final List<ChoiceSpec.Option> GATES = List.of(
            new ChoiceSpec.Option("add", "The add gate", false, "덧셈 게이트는 그래디언트를 두 입력에 그대로 나눠 줍니다."),
            new ChoiceSpec.Option("max", "The max gate", true, null),
            new ChoiceSpec.Option("mul", "The multiply gate", false, null));

    private static FieldVerdict choose(ChoiceSpec spec, String answer) {
        return korean(spec, Map.of(), answers(ChoiceSpec.FIELD, answer), List.of("add", "mul", "sub")).fields().get(0);
    }

    @Test
    void choicesAreAnsweredInKorean() {
        ChoiceSpec single = new ChoiceSpec("router", "t", "p", GATES, false);
        assertEquals("정답입니다.", choose(single, "max").message());
        assertEquals("정답이 아닙니다. 덧셈 게이트는 그래디언트를 두 입력에 그대로 나눠 줍니다.", choose(single, "add").message());
        assertEquals("정답이 아닙니다.", choose(single, "mul").message());
        assertEquals("선택지는 하나만 고르십시오.", choose(single, "max,add").message());
        assertEquals("'sub'에 해당하는 선택지가 없습니다.", choose(single, "sub").message());
        assertEquals("선택지를 하나 고르십시오.", choose(single, "").message());
        ChoiceSpec multiple = new ChoiceSpec("gates", "t", "p", GATES, true);
        assertEquals("옳은 선택지를 모두 고르십시오.", choose(multiple, " ").message());
        assertEquals("정답이 아닙니다. 각 문장을 다시 살펴보십시오. 옳은 문장은 모두 고르고, 옳지 않은 문장은 하나도 고르지 않아야 합니다.",
                choose(multiple, "max,mul").message());
    }

    @Test
    void experimentPredictionsAreAnsweredInKorean() {
        ExperimentSpec spec = new ExperimentSpec("shortcuts", "t", "p", Experiment.SHORTCUT_GRADIENTS, Map.of("depth", 30), List.of(
                new ChoiceSpec.Option("vanish", "The plain network's first-layer gradient is far smaller", true, null),
                new ChoiceSpec.Option("same", "They are about the same", false, null)));
        assertEquals("정답입니다.", korean(spec, Map.of(), answers("prediction", "vanish"), List.of()).fields().get(0).message());
        assertEquals("정답이 아닙니다.", korean(spec, Map.of(), answers("prediction", "same"), List.of()).fields().get(0).message());
    }

    @Test
    void theThreeArgumentCheckIsTheEnglishOne() {
        GradientsSpec spec = new GradientsSpec("g", "t", "p", TWO_NEURONS, fixed(AT), List.of("dP/dw1", "dP/dw2"), null);
        Map<String, String> typed = answers("dP/dw1", "abc", "dP/dw2", "0.5");
        assertEquals(Exercises.check(spec, AT, typed), Exercises.check(spec, AT, typed, Language.EN));
        assertEquals(Exercises.check(spec, AT, typed), Exercises.check(spec, AT, typed, null));
    }
}
