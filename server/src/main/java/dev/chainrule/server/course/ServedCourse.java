package dev.chainrule.server.course;

import dev.chainrule.content.Course;
import dev.chainrule.content.Lesson;
import dev.chainrule.server.lesson.MarkdownRenderer;
import dev.chainrule.server.lesson.RenderedMarkdown;
import dev.chainrule.server.web.Messages;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The course being served and everything rendered from it once: each lesson's body (figures drawn), its goals as
 * inline HTML, and each exercise's prompt. Rendering all of it up front means a broken lesson fails at load time.
 */
public record ServedCourse(Course course, Map<String, RenderedMarkdown> bodies, Map<String, List<String>> goals,
                           Map<String, String> prompts) {

    public ServedCourse {
        bodies = Map.copyOf(bodies);
        goals = Map.copyOf(goals);
        prompts = Map.copyOf(prompts);
    }

    /**
     * Renders {@code course}.
     *
     * @throws dev.chainrule.content.ContentException when a lesson's figure cannot be drawn
     */
    public static ServedCourse render(Course course, MarkdownRenderer markdown, Messages messages) {
        return render(course, UnaryOperator.identity(), markdown, messages);
    }

    /** The same, naming a lesson's file in errors as {@code describe} does (a content source's {@code describe}). */
    public static ServedCourse render(Course course, UnaryOperator<String> describe, MarkdownRenderer markdown, Messages messages) {
        Map<String, RenderedMarkdown> bodies = new LinkedHashMap<>();
        Map<String, List<String>> goals = new LinkedHashMap<>();
        for (Lesson lesson : course.lessons()) {
            bodies.put(lesson.slug(), markdown.renderLesson(lesson, describe.apply(lesson.sourceName()), messages));
            goals.put(lesson.slug(), lesson.goals().stream().map(markdown::renderInline).toList());
        }
        Map<String, String> prompts = new LinkedHashMap<>();
        course.exercises().forEach((id, spec) -> prompts.put(id, markdown.renderFragment(spec.prompt())));
        return new ServedCourse(course, bodies, goals, prompts);
    }

    public RenderedMarkdown body(Lesson lesson) {
        return bodies.get(lesson.slug());
    }

    public List<String> goals(Lesson lesson) {
        return goals.get(lesson.slug());
    }

    public Optional<String> prompt(String exerciseId) {
        return Optional.ofNullable(prompts.get(exerciseId));
    }
}
