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
            GradientsSpec g = (GradientsSpec) spec;
            for (long seed = 0; seed < SEEDS; seed++) {
                Variant v = Exercises.generate(spec, seed);
                for (ParamSpec p : g.params()) {
                    double value = v.params().get(p.name());
                    if (p instanceof ParamSpec.Range r) {
                        assertTrue(value >= r.min() && value <= r.max(), spec.id() + " " + p.name() + "=" + value);
                        double scaled = value * Math.pow(10, r.decimals());
                        assertEquals(Math.rint(scaled), scaled, 1e-6, spec.id() + " decimals of " + p.name());
                    } else {
                        assertTrue(((ParamSpec.Choice) p).values().contains(value));
                    }
                }
                Map<String, Double> reference = Exercises.reference(spec, v.params());
                Map<String, String> right = new LinkedHashMap<>();
                Map<String, String> wrong = new LinkedHashMap<>();
                for (Map.Entry<String, Double> e : reference.entrySet()) {
                    assertTrue(Double.isFinite(e.getValue()), spec.id() + " seed " + seed);
                    // a learner writes four significant digits; that must still be accepted
                    right.put(e.getKey(), Numbers.formatSignificant(e.getValue(), 4));
                    wrong.put(e.getKey(), Numbers.formatSignificant(-e.getValue(), 4));
                }
                Verdict solved = Exercises.check(spec, v.params(), right);
                assertEquals(1.0, solved.score(), spec.id() + " seed " + seed + " " + right + " " + solved);
                Verdict flipped = Exercises.check(spec, v.params(), wrong);
                assertEquals(0.0, flipped.score(), spec.id() + " seed " + seed);
                assertTrue(flipped.fields().stream().allMatch(f -> f.status() == Status.INCORRECT));
            }
        }
    }
}
