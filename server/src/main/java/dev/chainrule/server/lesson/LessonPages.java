package dev.chainrule.server.lesson;

import dev.chainrule.content.ContentException;
import dev.chainrule.content.Course;
import dev.chainrule.content.Lesson;
import dev.chainrule.server.course.CourseHolder;
import dev.chainrule.server.course.Editions;
import dev.chainrule.server.course.ServedCourse;
import dev.chainrule.server.exercise.ExerciseBox;
import dev.chainrule.server.exercise.StoredVariant;
import dev.chainrule.server.exercise.Variants;
import dev.chainrule.server.learner.Learners;
import dev.chainrule.server.progress.Progress;
import dev.chainrule.server.web.Languages;
import dev.chainrule.server.web.Messages;
import dev.chainrule.server.web.PageShell;
import dev.chainrule.server.web.Pages;
import dev.chainrule.server.web.Viewer;
import dev.chainrule.grader.exercise.Language;
import io.javalin.http.Context;
import org.jdbi.v3.core.Jdbi;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Handles the home page (the lessons with the learner's progress) and lesson pages, whose exercise boxes carry the
 * learner's own variants and a mark for the exercises already solved.
 */
public final class LessonPages {

    /** One lesson on the home page with the learner's progress through its exercises. */
    public record LessonCard(Lesson lesson, Progress.LessonProgress progress) {
    }

    /** A lesson page rendered once per language and kind of viewer; only its body and the viewer's values change. */
    private record ShellKey(Language language, String slug, Viewer placeholder) {
    }

    private record Shells(Editions editions, Map<ShellKey, PageShell> pages) {
    }

    private final CourseHolder courses;
    private final Learners learners;
    private final Variants variants;
    private final Progress progress;
    private final ExerciseBox box;
    private final Pages pages;
    private final Languages languages;
    private final LessonReads reads;
    private volatile Shells shells = new Shells(null, new ConcurrentHashMap<>());

    public LessonPages(CourseHolder courses, Learners learners, Variants variants, Progress progress, ExerciseBox box, Pages pages,
                       Languages languages, Jdbi jdbi) {
        this.reads = new LessonReads(jdbi);
        this.languages = languages;
        this.courses = courses;
        this.learners = learners;
        this.variants = variants;
        this.progress = progress;
        this.box = box;
        this.pages = pages;
    }

    public void home(Context ctx) {
        Course course = courses.current().in(languages.of(ctx)).course();
        Map<String, Double> best = course.exercises().isEmpty() ? Map.of() : progress.bestScores(ctx);
        List<LessonCard> cards = course.lessons().stream()
                .map(lesson -> new LessonCard(lesson, Progress.LessonProgress.of(lesson.exerciseIds(), best)))
                .toList();
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("lessons", cards);
        courses.error().ifPresent(e -> model.put("contentError", e.getMessage()));
        pages.render(ctx, "home", model);
    }

    public void lesson(Context ctx) {
        Language language = languages.of(ctx);
        Editions editions = courses.current();
        ServedCourse served = editions.in(language);
        Course course = served.course();
        Messages messages = languages.messages(language);
        Optional<Lesson> found = course.lesson(ctx.pathParam("slug"));
        if (found.isEmpty()) {
            pages.notFound(ctx);
            return;
        }
        Lesson lesson = found.get();
        RenderedMarkdown markdown = served.body(lesson);
        List<String> exerciseIds = markdown.exerciseIds().stream().filter(id -> course.exercise(id).isPresent()).toList();
        LessonReads.State state = new LessonReads.State(Map.of(), Map.of());
        if (!exerciseIds.isEmpty()) {
            // a returning guest's cookie, variants and scores in one query; anyone else is identified first
            Optional<Long> guest = Optional.empty();
            Optional<String> guestHash = learners.guestToLookUp(ctx);
            if (guestHash.isPresent()) {
                LessonReads.Guest read = reads.readGuest(guestHash.get(), exerciseIds);
                learners.guestFound(ctx, read.learner());
                guest = read.learner();
                state = read.state();
            }
            long learner = guest.isPresent() ? guest.get() : learners.identify(ctx);
            if (guest.isEmpty()) {
                state = reads.read(learner, exerciseIds);
            }
            for (String exerciseId : exerciseIds) { // variant 1 of those the learner has none of: on their first visit
                if (!state.variants().containsKey(exerciseId)) {
                    state.variants().put(exerciseId, variants.current(learner, exerciseId));
                }
            }
        }
        Map<String, StoredVariant> current = state.variants();
        Map<String, Double> best = state.best();
        Optional<ContentException> error = courses.error();
        if (error.isPresent()) { // a broken edit during development: rendered in full, with the problem on top
            String body = markdown.html(exerciseId -> box.render(served, messages, exerciseId,
                    Optional.ofNullable(current.get(exerciseId)), best.get(exerciseId)));
            Map<String, Object> model = lessonModel(served, lesson, body);
            model.put("contentError", error.get().getMessage());
            pages.render(ctx, "lesson", model);
            return;
        }
        Viewer viewer = pages.viewer(ctx);
        Function<ShellKey, PageShell> render = key -> pages.shell(ctx, "lesson", lessonModel(served, lesson, PageShell.Slot.BODY.marker()), viewer);
        ShellKey key = new ShellKey(language, lesson.slug(), viewer.placeholder());
        PageShell shell = pages.keepShells() ? shells(editions).computeIfAbsent(key, render) : render.apply(key);
        pages.send(ctx, shell, viewer, markdown.parts(exerciseId -> box.parts(served, messages, exerciseId,
                Optional.ofNullable(current.get(exerciseId)), best.get(exerciseId))));
    }

    /** What the lesson template shows: all of it the same for every viewer but {@code body}. */
    private static Map<String, Object> lessonModel(ServedCourse served, Lesson lesson, String body) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("lesson", lesson);
        model.put("goals", served.goals(lesson));
        model.put("toc", served.body(lesson).toc());
        model.put("body", body);
        model.put("previous", neighbour(served.course(), lesson, -1).orElse(null));
        model.put("next", neighbour(served.course(), lesson, +1).orElse(null));
        return model;
    }

    /** The lesson pages rendered for {@code editions} (those of an earlier edition are dropped). */
    private Map<ShellKey, PageShell> shells(Editions editions) {
        Shells kept = shells;
        if (kept.editions() != editions) {
            kept = new Shells(editions, new ConcurrentHashMap<>());
            shells = kept;
        }
        return kept.pages();
    }

    private static Optional<Lesson> neighbour(Course course, Lesson lesson, int step) {
        int index = course.lessons().indexOf(lesson) + step;
        return index >= 0 && index < course.lessons().size() ? Optional.of(course.lessons().get(index)) : Optional.empty();
    }
}
