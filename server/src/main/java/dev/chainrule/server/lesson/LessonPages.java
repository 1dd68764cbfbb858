package dev.chainrule.server.lesson;

import dev.chainrule.content.Course;
import dev.chainrule.content.Lesson;
import dev.chainrule.server.exercise.ExerciseBox;
import dev.chainrule.server.exercise.Variants;
import dev.chainrule.server.learner.Learners;
import dev.chainrule.server.web.Pages;
import io.javalin.http.Context;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Handles the home page (the list of lessons) and lesson pages, whose exercise boxes carry the learner's own variants. */
public final class LessonPages {

    private final Course course;
    private final Map<String, RenderedMarkdown> rendered;
    /** Each lesson's goals as inline HTML (they may hold math). */
    private final Map<String, List<String>> goals;
    private final Learners learners;
    private final Variants variants;
    private final ExerciseBox box;
    private final Pages pages;

    public LessonPages(Course course, MarkdownRenderer markdown, Learners learners, Variants variants, ExerciseBox box, Pages pages) {
        this.course = course;
        this.rendered = new LinkedHashMap<>();
        this.goals = new LinkedHashMap<>();
        course.lessons().forEach(lesson -> {
            rendered.put(lesson.slug(), markdown.render(lesson.markdown()));
            goals.put(lesson.slug(), lesson.goals().stream().map(markdown::renderInline).toList());
        });
        this.learners = learners;
        this.variants = variants;
        this.box = box;
        this.pages = pages;
    }

    public void home(Context ctx) {
        pages.render(ctx, "home", Map.of("lessons", course.lessons()));
    }

    public void lesson(Context ctx) {
        Optional<Lesson> found = course.lesson(ctx.pathParam("slug"));
        if (found.isEmpty()) {
            pages.notFound(ctx);
            return;
        }
        Lesson lesson = found.get();
        RenderedMarkdown markdown = rendered.get(lesson.slug());
        Optional<Long> learner = markdown.exerciseIds().isEmpty() ? Optional.empty() : Optional.of(learners.identify(ctx));
        String body = markdown.html(exerciseId -> box.render(exerciseId, learner
                .filter(id -> course.exercise(exerciseId).isPresent())
                .map(id -> variants.current(id, exerciseId))));
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("lesson", lesson);
        model.put("goals", goals.get(lesson.slug()));
        model.put("toc", markdown.toc());
        model.put("body", body);
        model.put("previous", neighbour(lesson, -1).orElse(null));
        model.put("next", neighbour(lesson, +1).orElse(null));
        pages.render(ctx, "lesson", model);
    }

    private Optional<Lesson> neighbour(Lesson lesson, int step) {
        int index = course.lessons().indexOf(lesson) + step;
        return index >= 0 && index < course.lessons().size() ? Optional.of(course.lessons().get(index)) : Optional.empty();
    }
}
