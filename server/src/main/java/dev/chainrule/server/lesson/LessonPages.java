package dev.chainrule.server.lesson;

import dev.chainrule.content.Course;
import dev.chainrule.content.Lesson;
import dev.chainrule.server.course.CourseHolder;
import dev.chainrule.server.course.ServedCourse;
import dev.chainrule.server.exercise.ExerciseBox;
import dev.chainrule.server.exercise.StoredVariant;
import dev.chainrule.server.exercise.Variants;
import dev.chainrule.server.learner.Learners;
import dev.chainrule.server.progress.Progress;
import dev.chainrule.server.web.Languages;
import dev.chainrule.server.web.Messages;
import dev.chainrule.server.web.Pages;
import dev.chainrule.grader.exercise.Language;
import io.javalin.http.Context;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Handles the home page (the lessons with the learner's progress) and lesson pages, whose exercise boxes carry the
 * learner's own variants and a mark for the exercises already solved.
 */
public final class LessonPages {

    /** One lesson on the home page with the learner's progress through its exercises. */
    public record LessonCard(Lesson lesson, Progress.LessonProgress progress) {
    }

    private final CourseHolder courses;
    private final Learners learners;
    private final Variants variants;
    private final Progress progress;
    private final ExerciseBox box;
    private final Pages pages;
    private final Languages languages;

    public LessonPages(CourseHolder courses, Learners learners, Variants variants, Progress progress, ExerciseBox box, Pages pages,
                       Languages languages) {
        this.languages = languages;
        this.courses = courses;
        this.learners = learners;
        this.variants = variants;
        this.progress = progress;
        this.box = box;
        this.pages = pages;
    }

    public void home(Context ctx) {
        Course course = courses.current().in(languages.of(ctx)).course();
        Map<String, Double> best = course.exercises().isEmpty() ? Map.of() : progress.bestScores(ctx);
        List<LessonCard> cards = course.lessons().stream()
                .map(lesson -> new LessonCard(lesson, Progress.LessonProgress.of(lesson.exerciseIds(), best)))
                .toList();
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("lessons", cards);
        courses.error().ifPresent(e -> model.put("contentError", e.getMessage()));
        pages.render(ctx, "home", model);
    }

    public void lesson(Context ctx) {
        Language language = languages.of(ctx);
        ServedCourse served = courses.current().in(language);
        Course course = served.course();
        Messages messages = languages.messages(language);
        Optional<Lesson> found = course.lesson(ctx.pathParam("slug"));
        if (found.isEmpty()) {
            pages.notFound(ctx);
            return;
        }
        Lesson lesson = found.get();
        RenderedMarkdown markdown = served.body(lesson);
        Optional<Long> learner = markdown.exerciseIds().isEmpty() ? Optional.empty() : Optional.of(learners.identify(ctx));
        Map<String, Double> best = markdown.exerciseIds().isEmpty() ? Map.of() : progress.bestScores(ctx);
        Map<String, StoredVariant> current = learner.map(id -> variants.current(id, markdown.exerciseIds().stream()
                .filter(exerciseId -> course.exercise(exerciseId).isPresent()).toList())).orElse(Map.of());
        String body = markdown.html(exerciseId -> box.render(served, messages, exerciseId,
                Optional.ofNullable(current.get(exerciseId)), best.get(exerciseId)));
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("lesson", lesson);
        model.put("goals", served.goals(lesson));
        model.put("toc", markdown.toc());
        model.put("body", body);
        model.put("previous", neighbour(course, lesson, -1).orElse(null));
        model.put("next", neighbour(course, lesson, +1).orElse(null));
        courses.error().ifPresent(e -> model.put("contentError", e.getMessage()));
        pages.render(ctx, "lesson", model);
    }

    private static Optional<Lesson> neighbour(Course course, Lesson lesson, int step) {
        int index = course.lessons().indexOf(lesson) + step;
        return index >= 0 && index < course.lessons().size() ? Optional.of(course.lessons().get(index)) : Optional.empty();
    }
}
