package dev.chainrule.server.progress;

import dev.chainrule.content.Course;
import dev.chainrule.content.Lesson;
import dev.chainrule.grader.exercise.ExerciseSpec;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A learner's progress through a course, computed from their per-exercise records: each lesson's exercises with best
 * score and attempt count, and a mastery level for every skill the course's exercises train. Attempts at exercises the
 * course no longer has are left out.
 */
public record LearnerProgress(List<LessonRow> lessons, List<SkillRow> skills) {

    /** One exercise: its best score (null before the first attempt) and how many attempts were graded. */
    public record ExerciseRow(String id, String title, String lessonSlug, Double best, int attempts) {

        public boolean solved() {
            return Progress.solved(best);
        }

        /** The best score in whole percent, or null before the first attempt. */
        public Integer bestPercent() {
            return best == null ? null : Math.toIntExact(Math.round(best * 100));
        }

        /** The exercise's box on its lesson page. */
        public String href() {
            return "/lessons/" + lessonSlug + "#exercise-" + id;
        }
    }

    /** One lesson with its exercises and the share of them solved. */
    public record LessonRow(Lesson lesson, List<ExerciseRow> exercises, Progress.LessonProgress progress) {
    }

    /** One skill: its mastery from the newest attempts at its exercises, how many attempts that was and their mean score. */
    public record SkillRow(Skill skill, Mastery mastery, int recentAttempts, double recentAverage) {

        public int recentAveragePercent() {
            return Math.toIntExact(Math.round(recentAverage * 100));
        }
    }

    /** The progress shown by {@code records} (exercise id -> record, each holding up to {@link Mastery#RECENT} of its newest attempts). */
    static LearnerProgress of(Course course, Map<String, ProgressRepository.ExerciseRecord> records) {
        List<LessonRow> lessons = new ArrayList<>();
        Map<Skill, List<ProgressRepository.ScoredAttempt>> bySkill = new EnumMap<>(Skill.class);
        for (Lesson lesson : course.lessons()) {
            Skill skill = Skill.ofLesson(lesson.slug());
            List<ExerciseRow> exercises = new ArrayList<>();
            for (String id : lesson.exerciseIds()) {
                ProgressRepository.ExerciseRecord record = records.get(id);
                String title = course.exercise(id).map(ExerciseSpec::title).orElse(id);
                exercises.add(new ExerciseRow(id, title, lesson.slug(), record == null ? null : record.best(),
                        record == null ? 0 : record.attempts()));
                List<ProgressRepository.ScoredAttempt> attempts = bySkill.computeIfAbsent(skill, key -> new ArrayList<>());
                if (record != null) {
                    attempts.addAll(record.recent());
                }
            }
            Map<String, Double> best = new HashMap<>();
            exercises.stream().filter(e -> e.best() != null).forEach(e -> best.put(e.id(), e.best()));
            lessons.add(new LessonRow(lesson, List.copyOf(exercises), Progress.LessonProgress.of(lesson.exerciseIds(), best)));
        }
        List<SkillRow> skills = new ArrayList<>();
        bySkill.forEach((skill, attempts) -> {
            List<Double> recent = attempts.stream()
                    .sorted(Comparator.comparing(ProgressRepository.ScoredAttempt::time)
                            .thenComparing(ProgressRepository.ScoredAttempt::id).reversed())
                    .limit(Mastery.RECENT)
                    .map(ProgressRepository.ScoredAttempt::score)
                    .toList();
            skills.add(new SkillRow(skill, Mastery.of(recent), recent.size(), Mastery.average(recent)));
        });
        return new LearnerProgress(List.copyOf(lessons), List.copyOf(skills));
    }

    /** The progress of a learner without attempts. */
    static LearnerProgress empty(Course course) {
        return of(course, Map.of());
    }
}
