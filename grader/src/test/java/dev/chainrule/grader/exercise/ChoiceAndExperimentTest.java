package dev.chainrule.grader.exercise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.chainrule.grader.experiment.Experiment;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ChoiceAndExperimentTest {
    private static final List<ChoiceSpec.Option> GATES = List.of(
            new ChoiceSpec.Option("add", "The add gate", false, "The add gate copies the gradient to both inputs."),
            new ChoiceSpec.Option("max", "The max gate", true, null),
            new ChoiceSpec.Option("mul", "The multiply gate", false, null));

    private static FieldVerdict choose(ChoiceSpec spec, String answer) {
        return Exercises.check(spec, Map.of(), Map.of(ChoiceSpec.FIELD, answer)).fields().get(0);
    }

    @Test
    void singleAnswerQuestionsAcceptOnlyTheRightOption() {
        ChoiceSpec spec = new ChoiceSpec("router", "t", "Which gate routes?", GATES, false);
        assertEquals(Status.CORRECT, choose(spec, "max").status());
        assertEquals("Not correct. The add gate copies the gradient to both inputs.", choose(spec, "add").message());
        assertEquals("Not correct.", choose(spec, "mul").message());
        assertEquals("Select only one option.", choose(spec, "max,add").message());
        assertEquals("'sub' is not one of the options.", choose(spec, "sub").message());
        assertEquals("Select an option.", choose(spec, " ").message());
        assertEquals(Map.of("choice", "max"), Exercises.solution(spec, Map.of()));
    }

    @Test
    void multipleAnswerQuestionsNeedExactlyTheTrueSet() {
        ChoiceSpec spec = new ChoiceSpec("cost", "t", "Which are true?", List.of(
                new ChoiceSpec.Option("a", "linear in depth", true, null),
                new ChoiceSpec.Option("b", "exponential in depth", false, null),
                new ChoiceSpec.Option("c", "proportional to connections", true, null)), true);
        assertEquals(Status.CORRECT, choose(spec, "c, a").status());
        assertEquals(Status.INCORRECT, choose(spec, "a").status());
        assertEquals(Status.INCORRECT, choose(spec, "a,b,c").status());
        assertEquals(Map.of("choice", "a,c"), Exercises.solution(spec, Map.of()));
    }

    @Test
    void choiceSpecsAreValidated() {
        assertEquals("options: a single-answer question needs exactly one correct option, found 0", assertThrows(SpecException.class,
                () -> Exercises.validate(new ChoiceSpec("x", "t", "p", List.of(GATES.get(0), GATES.get(2)), false))).getMessage());
        assertEquals("options: option id 'add' is used twice", assertThrows(SpecException.class,
                () -> Exercises.validate(new ChoiceSpec("x", "t", "p", List.of(GATES.get(0), GATES.get(0), GATES.get(1)), false))).getMessage());
    }

    @Test
    void experimentsAreGradedOnThePredictionAndCheckTheirSettings() {
        ExperimentSpec spec = new ExperimentSpec("shortcuts", "t", "Predict first.", Experiment.SHORTCUT_GRADIENTS,
                Map.of("depth", 30), List.of(
                        new ChoiceSpec.Option("vanish", "The plain network's first-layer gradient is far smaller", true, null),
                        new ChoiceSpec.Option("same", "They are about the same", false, null)));
        assertEquals(List.of("prediction"), Exercises.fields(spec));
        assertEquals(1.0, Exercises.check(spec, Map.of(), Map.of("prediction", "vanish")).score());
        assertEquals(0.0, Exercises.check(spec, Map.of(), Map.of("prediction", "same")).score());
        assertEquals("settings: setting 'depth' must be between 2 and 60, found 99", assertThrows(SpecException.class,
                () -> Exercises.validate(new ExperimentSpec("s", "t", "p", Experiment.SHORTCUT_GRADIENTS, Map.of("depth", 99),
                        spec.options()))).getMessage());
    }
}
