package dev.chainrule.server.classes;

import dev.chainrule.content.Course;
import dev.chainrule.content.Lesson;
import dev.chainrule.grader.exercise.ExerciseSpec;
import dev.chainrule.server.progress.Progress;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * A class's results put together from the aggregated rows of {@link ReportRepository}: the learners x exercises
 * matrix, each learner's totals and lesson completion, per-exercise statistics and named-mistake counts. Pure Java
 * over at most one row per (learner, exercise), so it costs the same however many attempts there are.
 */
public record ClassReport(List<Column> columns, List<LearnerRow> learners, List<ExerciseStats> exercises,
                          List<LessonCompletion> lessons) {

    /**
     * One exercise column, in course order, with its lesson's deadline in this class (null: none), its lesson's number
     * and a short label: lesson number and the exercise's place in the lesson ("3.2").
     */
    public record Column(String exerciseId, String title, String lessonSlug, Instant deadline, int lessonNumber, String label) {
    }

    /**
     * One cell: a learner's record on an exercise; {@code best} and {@code last} (the newest attempt's time) are null
     * before the first attempt.
     */
    public record Cell(Double best, int attempts, int late, Instant last) {

        static final Cell EMPTY = new Cell(null, 0, 0, null);

        public Cell(Double best, int attempts, int late) {
            this(best, attempts, late, null);
        }

        public boolean solved() {
            return Progress.solved(best);
        }

        /** solved, partial (some credit), wrong (no credit yet) or none (not tried); also the CSS class. */
        public String state() {
            return best == null ? "none" : solved() ? "solved" : best > 0 ? "partial" : "wrong";
        }

        /** A symbol that says the state without colour. */
        public String symbol() {
            return switch (state()) {
                case "solved" -> "\u2713";
                case "partial" -> "\u25d0";
                case "wrong" -> "\u2717";
                default -> "\u2013";
            };
        }

        public int percent() {
            return best == null ? 0 : (int) Math.round(best * 100);
        }
    }

    /**
     * One learner's row: the cells by exercise id, exercises solved, summed best scores, late attempts, solved per lesson,
     * when they joined the class and the time of their newest attempt (null: none yet).
     */
    public record LearnerRow(long learnerId, String email, Map<String, Cell> cells, int solved, double total, int late,
                             Map<String, Integer> solvedByLesson, Instant joinedAt, Instant lastAttempt) {

        public Cell cell(String exerciseId) {
            return cells.getOrDefault(exerciseId, Cell.EMPTY);
        }

        public int attempts() {
            return cells.values().stream().mapToInt(Cell::attempts).sum();
        }
    }

    /** How one named mistake was counted at one exercise; {@code name} comes from the message bundle. */
    public record MistakeCount(String id, String name, int count) {
    }

    /**
     * Per-exercise statistics: attempts, learners who tried, the share of them whose first attempt scored 1, the median
     * number of attempts to the first full score (of those who reached it), the mean score of all attempts (these three
     * are null without data) and the named mistakes, most frequent first.
     */
    public record ExerciseStats(String exerciseId, String title, int attempts, int learners, Double firstTryRate,
                                Double medianAttemptsToSuccess, Double meanScore, List<MistakeCount> mistakes) {

        public Long firstTryPercent() {
            return firstTryRate == null ? null : Math.round(firstTryRate * 100);
        }

        public Long meanPercent() {
            return meanScore == null ? null : Math.round(meanScore * 100);
        }
    }

    /** A lesson's completion in the class: how many learners solved all its exercises, of how many learners. */
    public record LessonCompletion(String slug, int number, String title, int exercises, Instant deadline, int complete,
                                   int learners) {

        /** The share of learners who completed the lesson, in whole percent (0 without learners). */
        public int percent() {
            return learners == 0 ? 0 : (int) Math.round(100.0 * complete / learners);
        }
    }

    static ClassReport of(Course course, List<ClassRepository.Member> members, List<ReportRepository.Cell> cells,
                          List<ReportRepository.MistakeCount> mistakes, Map<String, Instant> deadlines,
                          UnaryOperator<String> mistakeName) {
        List<Column> columns = new ArrayList<>();
        for (Lesson lesson : course.lessons()) {
            int place = 0;
            for (String id : lesson.exerciseIds()) {
                String title = course.exercise(id).map(ExerciseSpec::title).orElse(id);
                columns.add(new Column(id, title, lesson.slug(), deadlines.get(lesson.slug()), lesson.number(),
                        lesson.number() + "." + ++place));
            }
        }
        Map<String, Column> byId = new LinkedHashMap<>();
        columns.forEach(c -> byId.put(c.exerciseId(), c));

        // one pass over up to a row per (learner, exercise), 50,000 for a big class: sized maps, counters in arrays
        int cellsPerLearner = (int) (columns.size() / 0.75f) + 1;
        Map<Long, Map<String, Cell>> byLearner = new HashMap<>((int) (members.size() / 0.75f) + 1);
        Map<String, List<ReportRepository.Cell>> byExercise = new HashMap<>();
        for (ReportRepository.Cell cell : cells) {
            if (!byId.containsKey(cell.exerciseId())) {
                continue; // an exercise the course no longer has
            }
            byLearner.computeIfAbsent(cell.learnerId(), k -> new HashMap<>(cellsPerLearner))
                    .put(cell.exerciseId(), new Cell(cell.best(), cell.attempts(), cell.late(), cell.lastAttempt()));
            byExercise.computeIfAbsent(cell.exerciseId(), k -> new ArrayList<>()).add(cell);
        }

        List<String> lessonSlugs = new ArrayList<>();
        int[] lessonOf = new int[columns.size()];
        for (int i = 0; i < columns.size(); i++) {
            String slug = columns.get(i).lessonSlug();
            if (lessonSlugs.isEmpty() || !lessonSlugs.get(lessonSlugs.size() - 1).equals(slug)) {
                lessonSlugs.add(slug);
            }
            lessonOf[i] = lessonSlugs.size() - 1;
        }
        List<LearnerRow> rows = new ArrayList<>(members.size());
        for (ClassRepository.Member member : members) {
            Map<String, Cell> own = byLearner.getOrDefault(member.learnerId(), Map.of());
            int solved = 0;
            int late = 0;
            double total = 0;
            Instant last = null;
            int[] solvedIn = new int[lessonSlugs.size()];
            for (int i = 0; i < columns.size(); i++) {
                Cell cell = own.getOrDefault(columns.get(i).exerciseId(), Cell.EMPTY);
                if (cell.solved()) {
                    solved++;
                    solvedIn[lessonOf[i]]++;
                }
                late += cell.late();
                total += cell.best() == null ? 0 : cell.best();
                if (cell.last() != null && (last == null || cell.last().isAfter(last))) {
                    last = cell.last();
                }
            }
            Map<String, Integer> solvedByLesson = new LinkedHashMap<>();
            for (int l = 0; l < solvedIn.length; l++) {
                solvedByLesson.put(lessonSlugs.get(l), solvedIn[l]);
            }
            rows.add(new LearnerRow(member.learnerId(), member.email(), own, solved, total, late, solvedByLesson,
                    member.joinedAt(), last));
        }

        Map<String, List<MistakeCount>> named = new HashMap<>();
        for (ReportRepository.MistakeCount m : mistakes) {
            named.computeIfAbsent(m.exerciseId(), k -> new ArrayList<>()).add(new MistakeCount(m.mistake(), mistakeName.apply(m.mistake()), m.count()));
        }
        List<ExerciseStats> stats = new ArrayList<>();
        for (Column column : columns) {
            List<ReportRepository.Cell> tried = byExercise.getOrDefault(column.exerciseId(), List.of());
            int attempts = 0;
            double sum = 0;
            int firstTry = 0;
            int[] toSuccess = new int[tried.size()];
            int succeeded = 0;
            for (ReportRepository.Cell cell : tried) {
                attempts += cell.attempts();
                sum += cell.scoreSum();
                firstTry += Progress.solved(cell.firstScore()) ? 1 : 0;
                if (cell.firstSuccess() != null) {
                    toSuccess[succeeded++] = cell.firstSuccess();
                }
            }
            Arrays.sort(toSuccess, 0, succeeded);
            List<MistakeCount> counts = new ArrayList<>(named.getOrDefault(column.exerciseId(), List.of()));
            counts.sort(Comparator.comparingInt(MistakeCount::count).reversed().thenComparing(MistakeCount::id));
            stats.add(new ExerciseStats(column.exerciseId(), column.title(), attempts, tried.size(),
                    tried.isEmpty() ? null : (double) firstTry / tried.size(), median(toSuccess, succeeded),
                    attempts == 0 ? null : sum / attempts, List.copyOf(counts)));
        }

        List<LessonCompletion> lessons = new ArrayList<>();
        for (Lesson lesson : course.lessons()) {
            int size = lesson.exerciseIds().size();
            if (size == 0) {
                continue;
            }
            int complete = (int) rows.stream().filter(r -> r.solvedByLesson().getOrDefault(lesson.slug(), 0) == size).count();
            lessons.add(new LessonCompletion(lesson.slug(), lesson.number(), lesson.title(), size, deadlines.get(lesson.slug()),
                    complete, rows.size()));
        }
        return new ClassReport(List.copyOf(columns), Collections.unmodifiableList(rows), List.copyOf(stats), List.copyOf(lessons));
    }

    /** The median of the first {@code n} values of {@code sorted}, or null when n is 0. */
    static Double median(int[] sorted, int n) {
        if (n == 0) {
            return null;
        }
        int mid = n / 2;
        return n % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2.0;
    }

    static Double median(List<Integer> sorted) {
        if (sorted.isEmpty()) {
            return null;
        }
        int mid = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(mid) : (sorted.get(mid - 1) + sorted.get(mid)) / 2.0;
    }
}
