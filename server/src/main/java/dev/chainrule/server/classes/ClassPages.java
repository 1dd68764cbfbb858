package dev.chainrule.server.classes;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.chainrule.content.Course;
import dev.chainrule.grader.exercise.Language;
import dev.chainrule.content.Lesson;
import dev.chainrule.grader.exercise.ExerciseSpec;
import dev.chainrule.server.account.User;
import dev.chainrule.server.web.PageError;
import dev.chainrule.server.web.Pages;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The classes pages: a teacher's list and the form to make one, the class dashboard (overview, lesson completion and
 * deadlines, matrix, per-exercise statistics and mistakes; sorted, filtered and paged by query parameters, the model
 * made by {@link DashboardPage}), a learner's attempts, removing a learner, and the join page behind a class's link.
 * Teachers see only their own classes (admins every class).
 */
public final class ClassPages {

    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    /** One field of an attempt for the learner page: the answer as typed, its status and named mistake (null: none). */
    public record FieldView(String field, String answer, String status, String mistake) {
    }

    /** One attempt for the learner page. */
    public record AttemptView(long id, String time, String exercise, int scorePercent, boolean late, List<FieldView> fields,
                              List<String> mistakes) {
    }

    private final Classes classes;
    private final Dashboards dashboards;
    private final ObjectMapper mapper;
    private final Pages pages;

    public ClassPages(Classes classes, Dashboards dashboards, ObjectMapper mapper, Pages pages) {
        this.classes = classes;
        this.dashboards = dashboards;
        this.mapper = mapper;
        this.pages = pages;
    }

    public void list(Context ctx) {
        renderList(ctx, "", Map.of(), null);
    }

    public void create(Context ctx) {
        Course course = dashboards.course(dashboards.language(ctx));
        String name = Optional.ofNullable(ctx.formParam("name")).orElse("");
        Map<String, Instant> deadlines = new LinkedHashMap<>();
        Map<String, String> typed = new LinkedHashMap<>();
        String problem = null;
        for (Lesson lesson : course.lessons()) {
            String value = Optional.ofNullable(ctx.formParam("deadline." + lesson.slug())).orElse("").strip();
            typed.put(lesson.slug(), value);
            if (!value.isEmpty()) {
                try {
                    deadlines.put(lesson.slug(), formDeadline(value).orElseThrow());
                } catch (DateTimeParseException e) {
                    problem = "classes.error.deadline";
                }
            }
        }
        Classes.NewClass draft = new Classes.NewClass(name, deadlines);
        if (problem == null) {
            problem = Classes.problem(draft, course).map(Classes.Problem::key).orElse(null);
        }
        if (problem != null) {
            ctx.status(400);
            renderList(ctx, name, typed, problem);
            return;
        }
        SchoolClass made = classes.create(draft, classes.caller(ctx), course);
        ctx.redirect("/classes/" + made.id(), HttpStatus.SEE_OTHER);
    }

    private void renderList(Context ctx, String name, Map<String, String> typed, String problem) {
        User user = classes.caller(ctx);
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("classes", classes.taughtBy(user));
        model.put("lessons", dashboards.course(dashboards.language(ctx)).lessons().stream().filter(l -> !l.exerciseIds().isEmpty()).toList());
        model.put("name", name);
        model.put("typed", typed);
        model.put("problem", problem);
        pages.render(ctx, "classes/list", model);
    }

    public void dashboard(Context ctx) {
        SchoolClass schoolClass = classes.taught(ctx);
        ClassReport report = dashboards.report(schoolClass, dashboards.language(ctx));
        ClassOverview overview = dashboards.overview(report);
        DashboardPage.Query query = new DashboardPage.Query(ctx.queryParam("lesson"), ctx.queryParam("q"), ctx.queryParam("sort"),
                "desc".equals(ctx.queryParam("dir")), ctx.queryParam("who"), Classes.parseId(ctx.queryParam("page")).orElse(null));
        Map<String, Object> model = DashboardPage.model(schoolClass, report, overview, query, dashboards.messages(ctx), dashboards.now());
        model.put("removed", ctx.queryParam("removed") != null);
        model.put("deadlineSaved", ctx.queryParam("deadline") != null);
        pages.render(ctx, "classes/dashboard", model);
    }

    public void learner(Context ctx) {
        SchoolClass schoolClass = classes.taught(ctx);
        long learnerId = Classes.parseId(ctx.pathParam("learnerId")).orElseThrow(ClassPages::notFound);
        ClassRepository.Member member = classes.members(schoolClass).stream().filter(m -> m.learnerId() == learnerId)
                .findFirst().orElseThrow(ClassPages::notFound);
        Course course = dashboards.course(dashboards.language(ctx));
        List<AttemptView> attempts = new ArrayList<>();
        dashboards.attempts(schoolClass, learnerId, row -> attempts.add(view(course, row, dashboards.language(ctx))));
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("schoolClass", schoolClass);
        model.put("member", member);
        model.put("attempts", attempts);
        pages.render(ctx, "classes/learner", model);
    }

    /**
     * A deadline as a datetime-local field sends it (read as UTC), in the years 1970 to 9999 as the API takes them (what
     * every database can store); empty for a blank field.
     *
     * @throws DateTimeParseException when it is not a date and time in that range
     */
    static Optional<Instant> formDeadline(String value) {
        if (value.isEmpty()) {
            return Optional.empty();
        }
        Instant due = LocalDateTime.parse(value).toInstant(ZoneOffset.UTC);
        if (due.isBefore(ClassApi.EARLIEST_DEADLINE) || !due.isBefore(ClassApi.LATEST_DEADLINE)) {
            throw new DateTimeParseException("a deadline must fall in the years 1970 to 9999", value, 0);
        }
        return Optional.of(due);
    }

    /** The dashboard's deadline form: sets or (an empty field) clears one lesson's deadline, then back to the dashboard. */
    public void setDeadline(Context ctx) {
        SchoolClass schoolClass = classes.taught(ctx);
        String value = Optional.ofNullable(ctx.formParam("deadline")).orElse("").strip();
        Optional<Instant> due;
        try {
            due = formDeadline(value);
        } catch (DateTimeParseException e) {
            throw new PageError(400, "classes.error.deadlineTitle", "classes.error.deadline");
        }
        if (!classes.setDeadline(schoolClass, ctx.formParam("lesson"), due, dashboards.course(dashboards.language(ctx)))) {
            throw new PageError(400, "classes.error.deadlineTitle", "classes.error.lesson");
        }
        ctx.redirect("/classes/" + schoolClass.id() + "?deadline=1#completion-heading", HttpStatus.SEE_OTHER);
    }

    public void remove(Context ctx) {
        SchoolClass schoolClass = classes.taught(ctx);
        long learnerId = Classes.parseId(ctx.pathParam("learnerId")).orElseThrow(ClassPages::notFound);
        if (!classes.remove(schoolClass, learnerId)) {
            throw notFound();
        }
        ctx.redirect("/classes/" + schoolClass.id() + "?removed=1", HttpStatus.SEE_OTHER);
    }

    public void joinPage(Context ctx) {
        SchoolClass schoolClass = classes.byCode(ctx.pathParam("code")).orElseThrow(ClassPages::notFound);
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("schoolClass", schoolClass);
        model.put("member", classes.signedIn(ctx).map(user -> classes.isMember(schoolClass, user)).orElse(false));
        pages.render(ctx, "classes/join", model);
    }

    public void join(Context ctx) {
        SchoolClass schoolClass = classes.byCode(ctx.formParam("code")).orElseThrow(ClassPages::notFound);
        classes.join(schoolClass, classes.caller(ctx));
        ctx.redirect(schoolClass.joinPath(), HttpStatus.SEE_OTHER);
    }

    private AttemptView view(Course course, ReportRepository.AttemptRow row, Language language) {
        JsonNode answers = parse(row.answers());
        List<FieldView> fields = new ArrayList<>();
        for (JsonNode field : parse(row.verdicts())) {
            String name = field.path("field").asText();
            JsonNode mistake = field.path("mistake");
            fields.add(new FieldView(name, answers.path(name).asText(""), field.path("status").asText(),
                    mistake.isObject() ? dashboards.mistakeName(mistake.path("id").asText(), language) : null));
        }
        String title = course.exercise(row.exerciseId()).map(ExerciseSpec::title).orElse(row.exerciseId());
        return new AttemptView(row.id(), TIME.format(row.time()), title, (int) Math.round(row.score() * 100), row.late(), fields,
                row.mistakes().stream().map(id -> dashboards.mistakeName(id, language)).distinct().toList());
    }

    private JsonNode parse(String json) {
        try {
            return mapper.readTree(json);
        } catch (JsonProcessingException e) {
            return mapper.createObjectNode();
        }
    }

    private static PageError notFound() {
        return new PageError(404, "error.notFound.title", "error.notFound.text");
    }
}
