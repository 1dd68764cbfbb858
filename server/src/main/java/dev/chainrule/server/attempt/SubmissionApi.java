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
        String key = idempotencyKey(ctx);
        Verdict verdict = Exercises.check(spec, Exercises.generate(spec, variant.seed()).params(), answers, language);
        List<SubmissionReply.Field> fields = SubmissionReply.fields(verdict, language);
        AttemptRepository.Stored stored = attempts.insert(learners.identify(ctx), spec.id(), variant.id(),
                Json.write(mapper, answers), Json.write(mapper, fields), verdict.score(), mistakes(verdict), key);
        if (stored.earlier() == null) {
            ctx.status(201).json(new SubmissionReply(stored.id(), spec.id(), variant.number(), verdict.score(), verdict.chainCorrect(), fields));
            return;
        }
        AttemptRepository.Earlier earlier = stored.earlier();
        if (!earlier.exerciseId().equals(spec.id())) {
            throw new ApiError(409, "idempotency_key_reused", "the Idempotency-Key '" + key + "' already named a submission to '"
                    + earlier.exerciseId() + "'; use a new key for each submission", null);
        }
        // the same submission again: answer as the first time (same attempt, same verdict), store nothing
        Map<String, String> first = SubmissionRequest.parse(mapper, "{\"answers\": " + earlier.answersJson() + "}",
                Exercises.fields(spec), SubmissionRequest.maxLength(spec));
        Verdict replayed = Exercises.check(spec, Exercises.generate(spec, earlier.seed()).params(), first, language);
        ctx.header("Idempotent-Replay", "true");
        ctx.status(200).json(new SubmissionReply(earlier.id(), spec.id(), earlier.variantNumber(), replayed.score(),
                replayed.chainCorrect(), SubmissionReply.fields(replayed, language)));
    }

    /** The request's {@code Idempotency-Key} header (1 to 64 letters, digits, '-' and '_'), or null without one. */
    static String idempotencyKey(Context ctx) {
        String key = ctx.header("Idempotency-Key");
        if (key == null) {
            return null;
        }
        if (!key.matches("[A-Za-z0-9_-]{1,64}")) {
            throw ApiError.badRequest("invalid_idempotency_key",
                    "the Idempotency-Key header must be 1 to 64 letters, digits, '-' or '_' (a UUID is fine)");
        }
        return key;
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
