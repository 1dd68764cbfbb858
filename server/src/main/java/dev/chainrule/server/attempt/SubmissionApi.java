package dev.chainrule.server.attempt;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.chainrule.server.course.CourseHolder;
import dev.chainrule.grader.exercise.ExerciseSpec;
import dev.chainrule.grader.exercise.Exercises;
import dev.chainrule.grader.exercise.FieldVerdict;
import dev.chainrule.grader.exercise.Verdict;
import dev.chainrule.server.exercise.ExerciseApi;
import dev.chainrule.server.exercise.StoredVariant;
import dev.chainrule.server.exercise.Variants;
import dev.chainrule.server.learner.Learners;
import dev.chainrule.grader.exercise.Language;
import dev.chainrule.server.web.ApiError;
import dev.chainrule.server.web.Languages;
import dev.chainrule.server.web.Json;
import io.javalin.http.Context;
import org.jdbi.v3.core.Jdbi;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Handles {@code POST /api/v1/exercises/{id}/submissions}: grades the answers against the caller's current variant,
 * regenerated from the seed the server stored, and stores the attempt with its named mistakes. Nothing but the answers
 * is taken from the client.
 */
public final class SubmissionApi {

    private final CourseHolder courses;
    private final Learners learners;
    private final Variants variants;
    private final AttemptRepository attempts;
    private final ObjectMapper mapper;
    private final Languages languages;

    /** Feedback is written in the request's language (see {@link Languages}). */
    public SubmissionApi(CourseHolder courses, Learners learners, Variants variants, Jdbi jdbi, ObjectMapper mapper, Languages languages) {
        this.languages = languages;
        this.courses = courses;
        this.learners = learners;
        this.variants = variants;
        this.attempts = new AttemptRepository(jdbi);
        this.mapper = mapper;
    }

    public void submit(Context ctx) {
        Language language = languages.of(ctx);
        ExerciseSpec spec = ExerciseApi.exercise(courses.current().in(language).course(), ctx.pathParam("id"));
        requireJson(ctx);
        Map<String, String> answers = SubmissionRequest.parse(mapper, ctx.body(), Exercises.fields(spec), SubmissionRequest.maxLength(spec));
        StoredVariant variant = learners.find(ctx)
                .flatMap(learner -> variants.find(learner, spec.id()))
                .orElseThrow(() -> new ApiError(409, "no_variant",
                        "you have no variant of '" + spec.id() + "' yet: GET /api/v1/exercises/" + spec.id() + " first", null));
        Verdict verdict = Exercises.check(spec, Exercises.generate(spec, variant.seed()).params(), answers, language);
        List<SubmissionReply.Field> fields = SubmissionReply.fields(verdict, language);
        long attempt = attempts.insert(learners.identify(ctx), spec.id(), variant.id(),
                Json.write(mapper, answers), Json.write(mapper, fields), verdict.score(), mistakes(verdict));
        ctx.status(201).json(new SubmissionReply(attempt, spec.id(), variant.number(), verdict.score(), verdict.chainCorrect(), fields));
    }

    /** field -> id of the named mistake its answer matches, for the fields that match one. */
    private static Map<String, String> mistakes(Verdict verdict) {
        Map<String, String> mistakes = new LinkedHashMap<>();
        for (FieldVerdict field : verdict.fields()) {
            if (field.mistake() != null) {
                mistakes.put(field.field(), field.mistake().id());
            }
        }
        return mistakes;
    }

    private static void requireJson(Context ctx) {
        String type = ctx.contentType();
        String mediaType = type == null ? "" : type.split(";", 2)[0].strip();
        if (!mediaType.equalsIgnoreCase("application/json")) {
            throw new ApiError(415, "unsupported_media_type", "send the body as Content-Type: application/json", null);
        }
    }
}
