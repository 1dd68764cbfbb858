package dev.chainrule.server.exercise;

import dev.chainrule.content.Course;
import dev.chainrule.server.course.CourseHolder;
import dev.chainrule.grader.exercise.ExerciseSpec;
import dev.chainrule.server.learner.Learners;
import dev.chainrule.server.web.ApiError;
import dev.chainrule.server.web.Languages;
import io.javalin.http.Context;

/** Handles {@code GET /api/v1/exercises/{id}} (the caller's current variant) and {@code POST .../variants} (a fresh one). */
public final class ExerciseApi {

    private final CourseHolder courses;
    private final Learners learners;
    private final Variants variants;
    private final Languages languages;

    /** Exercises are described in the request's language (see {@link Languages}). */
    public ExerciseApi(CourseHolder courses, Learners learners, Variants variants, Languages languages) {
        this.languages = languages;
        this.courses = courses;
        this.learners = learners;
        this.variants = variants;
    }

    public void current(Context ctx) {
        ExerciseSpec spec = exercise(courses.current().in(languages.of(ctx)).course(), ctx.pathParam("id"));
        StoredVariant variant = variants.current(learners.identify(ctx), spec.id());
        ctx.json(ExerciseViews.of(spec, variant));
    }

    public void fresh(Context ctx) {
        ExerciseSpec spec = exercise(courses.current().in(languages.of(ctx)).course(), ctx.pathParam("id"));
        StoredVariant variant = variants.fresh(learners.identify(ctx), spec.id());
        ctx.status(201).json(ExerciseViews.of(spec, variant));
    }

    /** The exercise with this id, or a 404 API error. */
    public static ExerciseSpec exercise(Course course, String id) {
        return course.exercise(id).orElseThrow(() -> ApiError.notFound("no exercise with id '" + id + "'"));
    }
}
