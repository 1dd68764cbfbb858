package dev.chainrule.server.attempt;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.chainrule.content.Course;
import dev.chainrule.grader.exercise.ExerciseSpec;
import dev.chainrule.grader.exercise.Exercises;
import dev.chainrule.grader.exercise.Verdict;
import dev.chainrule.server.exercise.ExerciseApi;
import dev.chainrule.server.exercise.ExerciseView;
import dev.chainrule.server.exercise.ExerciseViews;
import dev.chainrule.server.exercise.StoredVariant;
import dev.chainrule.server.exercise.Variants;
import dev.chainrule.server.learner.Learners;
import dev.chainrule.server.web.ApiError;
import dev.chainrule.server.web.Json;
import io.javalin.http.Context;
import org.jdbi.v3.core.Jdbi;

import java.util.List;
import java.util.Map;

/**
 * Handles {@code POST /api/v1/exercises/{id}/submissions}: grades the answers against the caller's current variant,
 * regenerated from the seed the server stored, and stores the attempt. Nothing but the answers is taken from the client.
 */
public final class SubmissionApi {

    private final Course course;
    private final Learners learners;
    private final Variants variants;
    private final AttemptRepository attempts;
    private final ObjectMapper mapper;

    public SubmissionApi(Course course, Learners learners, Variants variants, Jdbi jdbi, ObjectMapper mapper) {
        this.course = course;
        this.learners = learners;
        this.variants = variants;
        this.attempts = new AttemptRepository(jdbi);
        this.mapper = mapper;
    }

    public void submit(Context ctx) {
        ExerciseSpec spec = ExerciseApi.exercise(course, ctx.pathParam("id"));
        requireJson(ctx);
        Map<String, String> answers = SubmissionRequest.parse(mapper, ctx.body(), ExerciseViews.ask(spec));
        StoredVariant variant = learners.find(ctx)
                .flatMap(learner -> variants.find(learner, spec.id()))
                .orElseThrow(() -> new ApiError(409, "no_variant",
                        "you have no variant of '" + spec.id() + "' yet: GET /api/v1/exercises/" + spec.id() + " first", null));
        ExerciseView view = ExerciseViews.of(spec, variant);
        Verdict verdict = Exercises.check(spec, view.params(), answers);
        List<SubmissionReply.Field> fields = SubmissionReply.fields(verdict);
        long attempt = attempts.insert(learners.identify(ctx), spec.id(), variant.id(),
                Json.write(mapper, answers), Json.write(mapper, fields), verdict.score());
        ctx.status(201).json(new SubmissionReply(attempt, spec.id(), variant.number(), verdict.score(), fields));
    }

    private static void requireJson(Context ctx) {
        String type = ctx.contentType();
        String mediaType = type == null ? "" : type.split(";", 2)[0].strip();
        if (!mediaType.equalsIgnoreCase("application/json")) {
            throw new ApiError(415, "unsupported_media_type", "send the body as Content-Type: application/json", null);
        }
    }
}
