package dev.chainrule.server.classes;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.chainrule.content.Course;
import dev.chainrule.content.Lesson;
import dev.chainrule.server.account.User;
import dev.chainrule.server.web.ApiError;
import dev.chainrule.server.web.StorableText;
import io.javalin.http.Context;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The classes API: {@code POST /api/v1/classes} (teachers), {@code POST /api/v1/classes/join} (signed in), and for a
 * class's teachers its progress as JSON and its grades and attempts as CSV.
 */
public final class ClassApi {

    /** The reply to making a class. */
    public record Created(long id, String name, String joinCode, String joinPath) {
    }

    /** The reply to joining: the class and whether this call added the caller (false: already a member). */
    public record Joined(long id, String name, boolean joined) {
    }

    /** Deadlines outside [1970, 10000) are refused: PostgreSQL cannot store a year such as 999999999. */
    static final Instant EARLIEST_DEADLINE = Instant.parse("1970-01-01T00:00:00Z");
    static final Instant LATEST_DEADLINE = Instant.parse("+10000-01-01T00:00:00Z");

    private final Classes classes;
    private final Dashboards dashboards;
    private final ObjectMapper mapper;

    public ClassApi(Classes classes, Dashboards dashboards, ObjectMapper mapper) {
        this.classes = classes;
        this.dashboards = dashboards;
        this.mapper = mapper;
    }

    public void create(Context ctx) {
        JsonNode body = body(ctx);
        Course course = dashboards.course(dashboards.language(ctx));
        JsonNode name = body.path("name");
        if (!name.isTextual()) {
            throw ApiError.badField("invalid_name", "name", "name must be a string of 1 to " + Classes.MAX_NAME + " characters");
        }
        StorableText.require("name", "name", name.asText());
        Map<String, Instant> deadlines = new LinkedHashMap<>();
        JsonNode given = body.path("deadlines");
        if (!given.isMissingNode() && !given.isNull()) {
            if (!given.isObject()) {
                throw ApiError.badField("invalid_deadlines", "deadlines", "deadlines must be an object: lesson slug -> ISO-8601 time");
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = given.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> entry = it.next();
                deadlines.put(entry.getKey(), instant(entry.getValue(), "deadlines." + entry.getKey()));
            }
        }
        Classes.NewClass draft = new Classes.NewClass(name.asText(), deadlines);
        Classes.problem(draft, course).ifPresent(problem -> {
            throw problem.field().equals("name")
                    ? ApiError.badField("invalid_name", "name", "name must be 1 to " + Classes.MAX_NAME + " characters")
                    : ApiError.badField("unknown_lesson", "deadlines", "deadlines name a lesson this course does not have; lessons: "
                    + String.join(", ", course.lessons().stream().map(Lesson::slug).toList()));
        });
        SchoolClass made = classes.create(draft, classes.caller(ctx), course);
        ctx.status(201).json(new Created(made.id(), made.name(), made.joinCode(), made.joinPath()));
    }

    public void join(Context ctx) {
        JsonNode code = body(ctx).path("code");
        if (!code.isTextual() || code.asText().length() > 32) {
            throw ApiError.badField("invalid_code", "code", "code must be the class's join code, a string");
        }
        StorableText.require("code", "code", code.asText());
        SchoolClass schoolClass = classes.byCode(code.asText())
                .orElseThrow(() -> new ApiError(404, "unknown_code", "no class has this join code", "code"));
        User user = classes.caller(ctx);
        boolean joined = classes.join(schoolClass, user);
        ctx.status(joined ? 201 : 200).json(new Joined(schoolClass.id(), schoolClass.name(), joined));
    }

    /**
     * {@code GET .../progress}: the class, its exercise columns, per learner solved exercises, summed best scores, late
     * attempts and exercise id -> {best, attempts, late} for what they tried, and the per-exercise statistics. Written
     * straight to the response as it is walked (about 2 MB for 1,000 learners), not built as a tree of objects first.
     */
    public void progress(Context ctx) {
        SchoolClass schoolClass = classes.taught(ctx);
        ClassReport report = dashboards.report(schoolClass, dashboards.language(ctx));
        ctx.contentType("application/json");
        try (JsonGenerator json = mapper.getFactory().createGenerator(ctx.outputStream(), JsonEncoding.UTF8)
                .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)) {
            json.writeStartObject();
            json.writeNumberField("id", schoolClass.id());
            json.writeStringField("name", schoolClass.name());
            json.writeFieldName("exercises");
            json.writeStartArray();
            for (ClassReport.Column c : report.columns()) {
                json.writeStartObject();
                json.writeStringField("id", c.exerciseId());
                json.writeStringField("lesson", c.lessonSlug());
                json.writeStringField("deadline", c.deadline() == null ? null : c.deadline().toString());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeFieldName("learners");
            json.writeStartArray();
            for (ClassReport.LearnerRow row : report.learners()) {
                json.writeStartObject();
                json.writeNumberField("learner", row.learnerId());
                json.writeStringField("email", row.email());
                json.writeNumberField("solved", row.solved());
                json.writeNumberField("total", round(row.total()));
                json.writeNumberField("late", row.late());
                json.writeFieldName("exercises");
                json.writeStartObject();
                for (ClassReport.Column column : report.columns()) {
                    ClassReport.Cell cell = row.cell(column.exerciseId());
                    if (cell.best() != null) {
                        json.writeFieldName(column.exerciseId());
                        json.writeStartObject();
                        json.writeNumberField("best", cell.best());
                        json.writeNumberField("attempts", cell.attempts());
                        json.writeNumberField("late", cell.late());
                        json.writeEndObject();
                    }
                }
                json.writeEndObject();
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeFieldName("statistics");
            mapper.writeValue(json, report.exercises());
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A row per learner: email, best score per exercise (empty: not tried), solved, total of best scores, late attempts. */
    public void grades(Context ctx) {
        SchoolClass schoolClass = classes.taught(ctx);
        ClassReport report = dashboards.report(schoolClass, dashboards.language(ctx));
        StringBuilder out = new StringBuilder(64 * (report.learners().size() + 1) * Math.max(1, report.columns().size() / 4));
        List<String> header = new ArrayList<>();
        header.add("email");
        report.columns().forEach(c -> header.add(Csv.text(c.exerciseId())));
        header.addAll(List.of("solved", "total", "late_attempts"));
        out.append(Csv.line(header));
        for (ClassReport.LearnerRow row : report.learners()) {
            List<String> cells = new ArrayList<>(report.columns().size() + 4);
            cells.add(Csv.text(row.email()));
            report.columns().forEach(c -> cells.add(Csv.number(row.cell(c.exerciseId()).best())));
            cells.add(String.valueOf(row.solved()));
            cells.add(Csv.number(row.total()));
            cells.add(String.valueOf(row.late()));
            out.append(Csv.line(cells));
        }
        csv(ctx, "grades", schoolClass);
        ctx.result(out.toString());
    }

    /** A row per attempt, streamed: email, exercise, lesson, time, score, late, named mistakes, answers (JSON). */
    public void attempts(Context ctx) {
        SchoolClass schoolClass = classes.taught(ctx);
        Course course = dashboards.course(dashboards.language(ctx));
        csv(ctx, "attempts", schoolClass);
        try {
            Writer writer = new BufferedWriter(new OutputStreamWriter(ctx.outputStream(), StandardCharsets.UTF_8), 1 << 16);
            writer.write(Csv.line(List.of("email", "exercise", "lesson", "time", "score", "late", "mistakes", "answers")));
            dashboards.attempts(schoolClass, null, row -> {
                try {
                    writer.write(Csv.line(List.of(Csv.text(row.email()), Csv.text(row.exerciseId()),
                            Csv.text(course.lessonOf(row.exerciseId()).map(Lesson::slug).orElse("")),
                            row.time().toInstant().toString(), Csv.number(row.score()), row.late() ? "late" : "",
                            Csv.text(String.join(" ", row.mistakes())), Csv.text(row.answers()))));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            writer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void csv(Context ctx, String what, SchoolClass schoolClass) {
        ctx.contentType("text/csv; charset=utf-8");
        ctx.header("Content-Disposition", "attachment; filename=\"class-" + schoolClass.id() + "-" + what + ".csv\"");
    }

    private JsonNode body(Context ctx) {
        String type = ctx.contentType();
        if (type == null || !type.split(";", 2)[0].strip().equalsIgnoreCase("application/json")) {
            throw new ApiError(415, "unsupported_media_type", "send the body as Content-Type: application/json", null);
        }
        try {
            JsonNode body = mapper.readTree(ctx.body());
            if (body == null || !body.isObject()) {
                throw ApiError.badRequest("invalid_json", "the body must be a JSON object");
            }
            return body;
        } catch (JsonProcessingException e) {
            throw ApiError.badRequest("invalid_json", "the body is not valid JSON");
        }
    }

    /** An ISO-8601 time with an offset, e.g. 2026-12-01T23:59:00Z, in the years 1970 to 9999 (what every database can store). */
    static Instant instant(JsonNode value, String field) {
        try {
            if (value.isTextual()) {
                Instant due = OffsetDateTime.parse(value.asText()).toInstant();
                if (!due.isBefore(EARLIEST_DEADLINE) && due.isBefore(LATEST_DEADLINE)) {
                    return due;
                }
            }
        } catch (DateTimeParseException e) {
            // falls through to the refusal
        }
        throw ApiError.badField("invalid_deadline", field, field + " must be an ISO-8601 time with an offset in the years 1970 to 9999,"
                + " e.g. 2026-12-01T23:59:00Z");
    }

    private static double round(double value) {
        return Math.round(value * 10000) / 10000.0;
    }
}
