package dev.chainrule.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.chainrule.grader.exercise.Exercises;
import dev.chainrule.grader.exercise.ExerciseSpec;
import dev.chainrule.grader.exercise.GradientsSpec;
import dev.chainrule.grader.exercise.ParamSpec;
import dev.chainrule.grader.exercise.Status;
import dev.chainrule.grader.exercise.Variant;
import dev.chainrule.grader.exercise.Verdict;
import dev.chainrule.grader.util.Numbers;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Loads the course shipped in the jar and solves every exercise for 100 seeds. */
class BuiltInCourseTest {
    private static final int SEEDS = 100;
    private final Course course = CourseLoader.load(ContentSource.classpath("course"), "en");

    @Test
    void everyLessonLoadsWithTitleSummaryAndItsExercises() {
        assertFalse(course.lessons().isEmpty());
        for (Lesson lesson : course.lessons()) {
            assertFalse(lesson.title().isBlank(), lesson.slug());
            assertFalse(lesson.summary().isBlank(), lesson.slug());
            assertFalse(lesson.markdown().isBlank(), lesson.slug());
            assertFalse(lesson.exerciseIds().isEmpty(), lesson.slug() + " has no exercise");
            for (String id : lesson.exerciseIds()) {
                assertTrue(course.exercise(id).isPresent(), id);
                assertEquals(lesson.slug(), course.lessonOf(id).orElseThrow().slug());
            }
        }
        assertTrue(course.lesson("chain-rule").isPresent());
    }

    @Test
    void everyExerciseSolvesForAHundredSeedsWithHandWorkableNumbers() {
        for (ExerciseSpec spec : course.exercises().values()) {
            for (long seed = 0; seed < SEEDS; seed++) {
                Variant v = Exercises.generate(spec, seed);
                for (ParamSpec p : declaredParams(spec)) {
                    double value = v.params().get(p.name());
                    if (p instanceof ParamSpec.Range r) {
                        assertTrue(value >= r.min() && value <= r.max(), spec.id() + " " + p.name() + "=" + value);
                        double scaled = value * Math.pow(10, r.decimals());
                        assertEquals(Math.rint(scaled), scaled, 1e-6, spec.id() + " decimals of " + p.name());
                    } else {
                        assertTrue(((ParamSpec.Choice) p).values().contains(value));
                    }
                }
                assertEquals(1.0, Exercises.check(spec, v.params(), Exercises.solution(spec, v.params())).score(), spec.id() + " seed " + seed);
                if (spec instanceof GradientsSpec) {
                    assertHandRoundedAnswersPassAndFlippedOnesFail(spec, v);
                }
            }
        }
    }

    private static java.util.List<ParamSpec> declaredParams(ExerciseSpec spec) {
        if (spec instanceof GradientsSpec g) {
            return g.params();
        }
        if (spec instanceof dev.chainrule.grader.exercise.ForwardPassSpec f) {
            return f.params();
        }
        if (spec instanceof dev.chainrule.grader.exercise.BackwardPassSpec b) {
            return b.params();
        }
        if (spec instanceof dev.chainrule.grader.exercise.DerivativeExpressionSpec d) {
            return d.params();
        }
        return java.util.List.of();
    }

    @Test
    void everyLayerVariantHasHandWorkableEntries() {
        for (ExerciseSpec spec : course.exercises().values()) {
            if (!(spec instanceof dev.chainrule.grader.exercise.LayerSpec layer)) {
                continue;
            }
            for (long seed = 0; seed < SEEDS; seed++) {
                for (Map.Entry<String, Double> e : Exercises.generate(spec, seed).params().entrySet()) {
                    ParamSpec how = e.getKey().startsWith("x[") ? layer.inputs() : e.getKey().startsWith("d[") ? layer.targets() : layer.weights();
                    if (how instanceof ParamSpec.Range r) {
                        double scaled = e.getValue() * Math.pow(10, r.decimals());
                        assertEquals(Math.rint(scaled), scaled, 1e-6, spec.id() + " " + e.getKey());
                        assertTrue(e.getValue() >= r.min() && e.getValue() <= r.max(), spec.id() + " " + e.getKey());
                    } else {
                        assertTrue(((ParamSpec.Choice) how).values().contains(e.getValue()), spec.id() + " " + e.getKey());
                    }
                }
            }
        }
    }

    private static void assertHandRoundedAnswersPassAndFlippedOnesFail(ExerciseSpec spec, Variant v) {
        Map<String, Double> reference = Exercises.reference(spec, v.params());
        Map<String, String> right = new LinkedHashMap<>();
        Map<String, String> wrong = new LinkedHashMap<>();
        for (Map.Entry<String, Double> e : reference.entrySet()) {
            assertTrue(Double.isFinite(e.getValue()), spec.id());
            // a learner writes four significant digits; that must still be accepted
            right.put(e.getKey(), Numbers.formatSignificant(e.getValue(), 4));
            // a zero (a closed ReLU routes the gradient away) has no opposite sign: any clear non-zero is wrong
            wrong.put(e.getKey(), e.getValue() == 0 ? "1" : Numbers.formatSignificant(-e.getValue(), 4));
        }
        assertEquals(1.0, Exercises.check(spec, v.params(), right).score(), spec.id() + " " + right);
        Verdict flipped = Exercises.check(spec, v.params(), wrong);
        assertEquals(0.0, flipped.score(), spec.id());
        assertTrue(flipped.fields().stream().allMatch(f -> f.status() == Status.INCORRECT));
    }
}
