package dev.chainrule.server.lesson;

import dev.chainrule.content.Course;
import io.javalin.http.Context;

import java.util.List;

/** Handles {@code GET /api/v1/lessons}: the lessons in order with their exercise ids. */
public final class LessonApi {

    /** One lesson as the API lists it. */
    record LessonSummary(String slug, int number, String title, String summary, List<String> exercises) {
    }

    private final List<LessonSummary> summaries;

    public LessonApi(Course course) {
        this.summaries = course.lessons().stream()
                .map(l -> new LessonSummary(l.slug(), l.number(), l.title(), l.summary(), List.copyOf(l.exerciseIds())))
                .toList();
    }

    public void list(Context ctx) {
        ctx.json(summaries);
    }
}
