package dev.chainrule.content.golden;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.chainrule.content.Course;
import dev.chainrule.grader.exercise.Exercises;
import dev.chainrule.grader.exercise.ExerciseSpec;
import dev.chainrule.grader.exercise.FieldVerdict;
import dev.chainrule.grader.exercise.Mistake;
import dev.chainrule.grader.exercise.Verdict;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Every golden case graded on the JVM gives exactly the verdicts its file states. */
class GoldenCasesTest {
    private static final Course COURSE = GoldenCases.course();

    @TestFactory
    Stream<DynamicTest> everyGoldenCaseGetsItsStatedVerdicts() {
        return GoldenCases.load().stream().map(c -> DynamicTest.dynamicTest(c.toString(), () -> {
            ExerciseSpec spec = COURSE.exercise(c.exercise()).orElseThrow();
            Verdict v = Exercises.check(spec, c.params(), c.answers());
            assertEquals(c.score(), v.score(), 1e-12, c + " score; verdict " + v);
            if (c.chain() != null) {
                assertEquals(c.chain(), v.chainCorrect(), c + " chain");
            }
            assertEquals(List.copyOf(c.fields().keySet()), v.fields().stream().map(FieldVerdict::field).toList(), c + " fields");
            for (FieldVerdict f : v.fields()) {
                GoldenCases.Expected expected = c.fields().get(f.field());
                assertEquals(expected.status(), f.status().id(), c + " " + f.field() + ": " + f.message());
                assertEquals(expected.mistake(), f.mistake() == null ? null : f.mistake().id(), c + " " + f.field() + " mistake: " + f.message());
            }
        }));
    }

    @Test
    void theCasesCoverEveryKindAndEveryNamedMistake() {
        List<GoldenCases.Case> cases = GoldenCases.load();
        assertTrue(cases.size() >= 60, "cases: " + cases.size());
        Set<Mistake> named = EnumSet.noneOf(Mistake.class);
        cases.forEach(c -> c.fields().values().stream().filter(e -> e.mistake() != null)
                .forEach(e -> named.add(Mistake.byId(e.mistake()))));
        assertEquals(EnumSet.allOf(Mistake.class), named);
        Set<String> kinds = new java.util.TreeSet<>();
        cases.forEach(c -> kinds.add(COURSE.exercise(c.exercise()).orElseThrow().kind().id()));
        assertEquals(new java.util.TreeSet<>(List.of("gradients", "forward-pass", "backward-pass", "layer", "derivative-expression",
                "choice", "experiment")), kinds);
    }
}
