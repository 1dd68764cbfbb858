package dev.chainrule.server.lesson;

import dev.chainrule.server.course.CourseHolder;
import io.javalin.http.Context;

import java.util.List;

/** Handles {@code GET /api/v1/lessons}: the lessons in order with their exercise ids. */
public final class LessonApi {

    /** One lesson as the API lists it. */
    record LessonSummary(String slug, int number, String title, String summary, List<String> exercises) {
    }

    private final CourseHolder courses;

    public LessonApi(CourseHolder courses) {
        this.courses = courses;
    }

    public void list(Context ctx) {
        ctx.json(courses.current().course().lessons().stream()
                .map(l -> new LessonSummary(l.slug(), l.number(), l.title(), l.summary(), List.copyOf(l.exerciseIds())))
                .toList());
    }
}
