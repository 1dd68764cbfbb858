package dev.chainrule.server.lesson;

import dev.chainrule.server.course.CourseHolder;
import dev.chainrule.server.web.Languages;
import io.javalin.http.Context;

import java.util.List;

/**
 * Handles {@code GET /api/v1/lessons}: the lessons in order with their exercise ids, titled in the request's language
 * ({@code ?lang=}, the user's setting, the browser's) or, when the course is not written in it, the original's.
 */
public final class LessonApi {

    /** One lesson as the API lists it. */
    record LessonSummary(String slug, int number, String language, String title, String summary, List<String> exercises) {
    }

    private final CourseHolder courses;
    private final Languages languages;

    public LessonApi(CourseHolder courses, Languages languages) {
        this.courses = courses;
        this.languages = languages;
    }

    public void list(Context ctx) {
        ctx.json(courses.current().in(languages.of(ctx)).course().lessons().stream()
                .map(l -> new LessonSummary(l.slug(), l.number(), l.language(), l.title(), l.summary(), List.copyOf(l.exerciseIds())))
                .toList());
    }
}
