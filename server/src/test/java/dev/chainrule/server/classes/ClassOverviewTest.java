package dev.chainrule.server.classes;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The overview's arithmetic on a hand-made report: windows, first solves, the day chart, who is stuck or quiet, the hardest. */
class ClassOverviewTest {

    static final Instant NOW = Instant.parse("2026-11-23T19:00:00Z");
    static final ClassReport.Column A = new ClassReport.Column("a", "Exercise A", "one", null, 1, "1.1");
    static final ClassReport.Column B = new ClassReport.Column("b", "Exercise B", "one", null, 1, "1.2");
    static final ClassReport.Column C = new ClassReport.Column("c", "Exercise C", "two", null, 2, "2.1");

    @Test
    void theLastSevenDaysAreTodayAndTheSixDaysBeforeInUtc() {
        assertEquals(Instant.parse("2026-11-17T00:00:00Z"), ClassOverview.weekStart(NOW));
    }

    @Test
    void theWindowsCountLearnersAndTheExercisesTheyWorkedOnFromEachCellsNewestAttempt() {
        ClassReport report = report(List.of(
                learner(1, "ada@x.org", Map.of("a", cell(1.0, 2, hoursAgo(3)), "b", cell(0.5, 1, hoursAgo(30))), hoursAgo(500)),
                learner(2, "bo@x.org", Map.of("b", cell(1.0, 3, hoursAgo(50)), "c", cell(0.0, 1, hoursAgo(24 * 6 + 18))), hoursAgo(500)),
                learner(3, "cy@x.org", Map.of("a", cell(1.0, 1, hoursAgo(24 * 6 + 20))), hoursAgo(500)),
                learner(4, "di@x.org", Map.of(), hoursAgo(500))));
        ClassOverview overview = ClassOverview.of(report, NOW);
        assertEquals(new ClassOverview.Activity(1, 1, 1), overview.day(), "ada's exercise a, three hours ago");
        assertEquals(new ClassOverview.Activity(2, 4, 2), overview.week(),
                "ada's a and b, bo's b and c (c: 6 days 18 hours ago is Nov 17, today's week); cy's was Nov 16");
        assertEquals(7, overview.days().size());
        ClassOverview.DayCount today = overview.days().get(6);
        assertEquals(LocalDate.parse("2026-11-23"), today.date());
        assertEquals(1, today.learners(), "ada's newest attempt");
        assertEquals(1, overview.days().get(4).learners(), "bo's newest attempt, Nov 21");
        assertEquals(100, today.height());
        assertEquals(0, overview.days().get(0).height());
        assertEquals(overview.week().learners(), overview.days().stream().mapToInt(ClassOverview.DayCount::learners).sum(),
                "every learner active this week is in one bar");
    }

    @Test
    void threeAttemptsWithoutSolvingIsStuckAndTheMostRecentlyStuckComeFirst() {
        ClassReport report = report(List.of(
                learner(1, "ada@x.org", Map.of("a", cell(0.5, 3, hoursAgo(30)), "b", cell(0.0, 4, hoursAgo(20))), hoursAgo(900)),
                learner(2, "bo@x.org", Map.of("a", cell(0.0, 2, hoursAgo(1)), "c", cell(1.0, 5, hoursAgo(1))), hoursAgo(900)),
                learner(3, "cy@x.org", Map.of("c", cell(0.0, 3, hoursAgo(2))), hoursAgo(900))));
        ClassOverview overview = ClassOverview.of(report, NOW);
        assertEquals(List.of("cy@x.org", "ada@x.org"), overview.stuck().stream().map(ClassOverview.StuckLearner::email).toList(),
                "bo tried twice, or solved after five: not stuck");
        ClassOverview.StuckLearner ada = overview.stuck().get(1);
        assertEquals(List.of("1.1", "1.2"), ada.cells().stream().map(c -> c.column().label()).toList());
        assertEquals(50, ada.cells().get(0).percent());
        assertEquals(hoursAgo(20), ada.last());
        assertTrue(ClassOverview.stuck(report.learners().get(0)));
        assertFalse(ClassOverview.stuck(report.learners().get(1)));
    }

    @Test
    void aLearnerWithoutAnAttemptInTheLastSevenDaysIsQuietTheLongestQuietFirst() {
        ClassReport report = report(List.of(
                learner(1, "ada@x.org", Map.of("a", cell(1.0, 1, hoursAgo(24 * 9))), hoursAgo(24 * 20)),
                learner(2, "bo@x.org", Map.of("a", cell(1.0, 1, hoursAgo(24 * 2))), hoursAgo(24 * 20)),
                learner(3, "cy@x.org", Map.of(), hoursAgo(24)),
                learner(4, "di@x.org", Map.of("a", cell(1.0, 1, hoursAgo(24 * 15))), hoursAgo(24 * 20))));
        ClassOverview overview = ClassOverview.of(report, NOW);
        assertEquals(List.of("cy@x.org", "di@x.org", "ada@x.org"), overview.quiet().stream().map(ClassOverview.QuietLearner::email).toList(),
                "no attempt yet first, then the longest quiet");
        assertNull(overview.quiet().get(0).last());
        assertEquals(1, overview.joinedThisWeek());
        assertEquals(4, overview.learners());
        assertEquals(1.0, overview.medianSolved());
    }

    @Test
    void theHardestExercisesHaveTheLowestFirstTrySuccessAmongThoseEnoughLearnersTried() {
        List<ClassReport.LearnerRow> learners = new ArrayList<>();
        for (int i = 1; i <= 12; i++) {
            learners.add(learner(i, "l" + i + "@x.org", Map.of(), null));
        }
        ClassReport.MistakeCount flipped = new ClassReport.MistakeCount("sign", "sign flipped", 5);
        List<ClassReport.ExerciseStats> stats = List.of(
                new ClassReport.ExerciseStats("a", "Exercise A", 9, 4, 0.5, 2.0, 0.6, List.of(flipped)),
                new ClassReport.ExerciseStats("b", "Exercise B", 8, 2, 0.0, null, 0.1, List.of()),
                new ClassReport.ExerciseStats("c", "Exercise C", 12, 4, 0.25, 3.0, 0.4,
                        List.of(new ClassReport.MistakeCount("sign", "sign flipped", 7), new ClassReport.MistakeCount("omit", "left out", 1))));
        ClassReport report = new ClassReport(List.of(A, B, C), learners, stats, List.of());
        ClassOverview overview = ClassOverview.of(report, NOW);
        assertEquals(List.of("c", "a"), overview.hardest().stream().map(h -> h.column().exerciseId()).toList(),
                "b was tried by only 2 of 12 learners, fewer than a quarter");
        assertEquals("sign", overview.hardest().get(0).topMistake().id());
        assertEquals(List.of(new ClassOverview.MistakeTotal("sign", "sign flipped", 12, C),
                new ClassOverview.MistakeTotal("omit", "left out", 1, C)), overview.mistakes());
    }

    @Test
    void anEmptyClassHasAnEmptyOverview() {
        ClassOverview overview = ClassOverview.of(report(List.of()), NOW);
        assertEquals(0, overview.learners());
        assertEquals(0.0, overview.medianSolved());
        assertTrue(overview.stuck().isEmpty() && overview.quiet().isEmpty() && overview.hardest().isEmpty());
        assertEquals(0, overview.stuckMore());
    }

    private static Instant hoursAgo(long hours) {
        return NOW.minus(Duration.ofHours(hours));
    }

    private static ClassReport.Cell cell(double best, int attempts, Instant last) {
        return new ClassReport.Cell(best, attempts, 0, last);
    }

    private static ClassReport.LearnerRow learner(long id, String email, Map<String, ClassReport.Cell> cells, Instant joined) {
        int solved = (int) cells.values().stream().filter(ClassReport.Cell::solved).count();
        Instant last = cells.values().stream().map(ClassReport.Cell::last).max(Instant::compareTo).orElse(null);
        return new ClassReport.LearnerRow(id, email, new HashMap<>(cells), solved, solved, 0, Map.of(), joined, last);
    }

    private static ClassReport report(List<ClassReport.LearnerRow> learners) {
        return new ClassReport(List.of(A, B, C), learners, List.of(), List.of());
    }
}
