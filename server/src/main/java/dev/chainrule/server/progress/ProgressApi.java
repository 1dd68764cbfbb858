package dev.chainrule.server.progress;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.chainrule.content.Course;
import dev.chainrule.server.course.CourseHolder;
import dev.chainrule.server.learner.Learners;
import dev.chainrule.server.web.ApiError;
import dev.chainrule.server.web.Languages;
import dev.chainrule.server.web.Messages;
import io.javalin.http.Context;
import org.jdbi.v3.core.Jdbi;

import java.util.List;
import java.util.Optional;

/**
 * Handles {@code GET /api/v1/me/progress} and {@code GET /api/v1/me/attempts}: the calling learner's progress and
 * attempts. A caller no cookie names gets an empty progress and no attempts, and no learner is created for it.
 */
public final class ProgressApi {

    static final int DEFAULT_LIMIT = 50;
    static final int MAX_LIMIT = 200;

    /** The reply of {@code /me/progress}. */
    public record ProgressReply(List<LessonJson> lessons, List<SkillJson> skills) {
    }

    /** One lesson: exercises solved (best score 1) of all, and each exercise. */
    public record LessonJson(String slug, String title, int done, int total, List<ExerciseJson> exercises) {
    }

    /** One exercise: the best score (null before the first attempt) and the number of graded attempts. */
    public record ExerciseJson(String id, @JsonInclude(JsonInclude.Include.ALWAYS) Double best, int attempts) {
    }

    /** One skill's mastery, from its {@code recentAttempts} newest attempts and their mean score. */
    public record SkillJson(String id, String title, String mastery, int recentAttempts, double recentAverage) {
    }

    /** One attempt of {@code /me/attempts}; {@code time} is ISO-8601 in UTC. */
    public record AttemptJson(long id, String exercise, double score, String time, List<MistakeJson> mistakes) {
    }

    /** The named mistake that one field's answer matched. */
    public record MistakeJson(String field, String mistake) {
    }

    private final CourseHolder courses;
    private final Learners learners;
    private final ProgressRepository repository;
    private final Languages languages;

    public ProgressApi(CourseHolder courses, Learners learners, Jdbi jdbi, Languages languages) {
        this.courses = courses;
        this.learners = learners;
        this.repository = new ProgressRepository(jdbi);
        this.languages = languages;
    }

    public void progress(Context ctx) {
        Messages messages = languages.messages(ctx);
        Course course = courses.current().in(languages.of(ctx)).course();
        Optional<Long> learner = learners.find(ctx);
        LearnerProgress progress = learner
                .map(id -> LearnerProgress.of(course, repository.exercises(id, Mastery.RECENT)))
                .orElseGet(() -> LearnerProgress.empty(course));
        List<LessonJson> lessons = progress.lessons().stream()
                .map(row -> new LessonJson(row.lesson().slug(), row.lesson().title(), row.progress().done(), row.progress().total(),
                        row.exercises().stream().map(e -> new ExerciseJson(e.id(), e.best(), e.attempts())).toList()))
                .toList();
        List<SkillJson> skills = progress.skills().stream()
                .map(row -> new SkillJson(row.skill().id(), messages.get(row.skill().messageKey()), row.mastery().id(),
                        row.recentAttempts(), row.recentAverage()))
                .toList();
        ctx.json(new ProgressReply(lessons, skills));
    }

    public void attempts(Context ctx) {
        int limit = limit(ctx.queryParams("limit"));
        List<AttemptJson> attempts = learners.find(ctx)
                .map(id -> repository.newestAttempts(id, limit))
                .orElse(List.of())
                .stream()
                .map(a -> new AttemptJson(a.id(), a.exerciseId(), a.score(), a.time().toString(),
                        a.mistakes().stream().map(m -> new MistakeJson(m.field(), m.mistake())).toList()))
                .toList();
        ctx.json(attempts);
    }

    /** The {@code limit} query parameter: absent means {@value #DEFAULT_LIMIT}; else one whole number from 1 to {@value #MAX_LIMIT}. */
    static int limit(List<String> given) {
        if (given.isEmpty()) {
            return DEFAULT_LIMIT;
        }
        String text = given.size() == 1 ? given.get(0).strip() : "";
        if (text.matches("[0-9]{1,4}")) {
            int limit = Integer.parseInt(text);
            if (limit >= 1 && limit <= MAX_LIMIT) {
                return limit;
            }
        }
        throw ApiError.badField("invalid_limit", "limit", "limit must be given once, as a whole number from 1 to " + MAX_LIMIT
                + " (default " + DEFAULT_LIMIT + ")");
    }
}
