package dev.chainrule.server.progress;

import dev.chainrule.content.Course;
import dev.chainrule.content.Lesson;
import dev.chainrule.grader.exercise.ExerciseSpec;
import dev.chainrule.server.course.CourseHolder;
import dev.chainrule.server.learner.Learners;
import dev.chainrule.server.web.Languages;
import dev.chainrule.server.web.Messages;
import dev.chainrule.server.web.Pages;
import io.javalin.http.Context;
import org.jdbi.v3.core.Jdbi;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Handles {@code /progress}: the learner's lessons with progress bars, best score per exercise, mastery per skill and
 * the newest attempts ({@value #HISTORY_STEP} at first, {@code ?attempts=n} shows more, up to {@value #HISTORY_MAX}).
 * Two queries per page; a visitor without a learner sees an empty page and gets no cookie.
 */
public final class ProgressPages {

    static final int HISTORY_STEP = 20;
    static final int HISTORY_MAX = 200;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    /** One attempt in the history table; {@code href} is null when the course no longer has the exercise. */
    public record HistoryRow(long id, String time, String timeText, String exercise, String href, int scorePercent,
                             List<String> mistakes) {
    }

    private final CourseHolder courses;
    private final Learners learners;
    private final ProgressRepository repository;
    private final Languages languages;
    private final Pages pages;

    public ProgressPages(CourseHolder courses, Learners learners, Jdbi jdbi, Languages languages, Pages pages) {
        this.courses = courses;
        this.learners = learners;
        this.repository = new ProgressRepository(jdbi);
        this.languages = languages;
        this.pages = pages;
    }

    public void page(Context ctx) {
        Messages messages = languages.messages(ctx);
        Course course = courses.current().in(languages.of(ctx)).course();
        Optional<Long> learner = learners.find(ctx);
        int shown = historySize(ctx.queryParam("attempts"));
        LearnerProgress progress = learner
                .map(id -> LearnerProgress.of(course, repository.exercises(id, Mastery.RECENT)))
                .orElseGet(() -> LearnerProgress.empty(course));
        List<ProgressRepository.AttemptEntry> newest = learner.map(id -> repository.newestAttempts(id, shown + 1)).orElse(List.of());
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("lessons", progress.lessons().stream().filter(row -> !row.exercises().isEmpty()).toList());
        model.put("skills", progress.skills());
        model.put("history", newest.stream().limit(shown).map(entry -> row(course, entry, messages)).toList());
        model.put("moreHistory", newest.size() > shown && shown < HISTORY_MAX ? Math.min(shown + HISTORY_STEP, HISTORY_MAX) : null);
        model.put("historyCapped", newest.size() > shown && shown >= HISTORY_MAX);
        model.put("shown", shown);
        model.put("recent", Mastery.RECENT);
        model.put("secureAttempts", Mastery.SECURE_ATTEMPTS);
        model.put("secureAverage", Mastery.SECURE_AVERAGE_PERCENT);
        courses.error().ifPresent(e -> model.put("contentError", e.getMessage()));
        pages.render(ctx, "progress", model);
    }

    /** How many attempts the history shows: {@code ?attempts=n} rounded into 1..{@value #HISTORY_MAX}, else {@value #HISTORY_STEP}. */
    static int historySize(String requested) {
        if (requested == null || !requested.matches("[0-9]{1,6}")) {
            return HISTORY_STEP;
        }
        return Math.max(1, Math.min(HISTORY_MAX, Integer.parseInt(requested)));
    }

    private static HistoryRow row(Course course, ProgressRepository.AttemptEntry entry, Messages messages) {
        Optional<Lesson> lesson = course.lessonOf(entry.exerciseId());
        String title = course.exercise(entry.exerciseId()).map(ExerciseSpec::title).orElse(entry.exerciseId());
        String href = lesson.map(l -> "/lessons/" + l.slug() + "#exercise-" + entry.exerciseId()).orElse(null);
        List<String> mistakes = entry.mistakes().stream().map(m -> mistakeName(m.mistake(), messages)).distinct().toList();
        return new HistoryRow(entry.id(), entry.time().toString(), TIME.format(entry.time()), title, href,
                Math.toIntExact(Math.round(entry.score() * 100)), mistakes);
    }

    private static String mistakeName(String id, Messages messages) {
        String key = "mistake." + id;
        return messages.has(key) ? messages.get(key) : id;
    }
}
