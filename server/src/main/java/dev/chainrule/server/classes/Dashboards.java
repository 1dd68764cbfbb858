package dev.chainrule.server.classes;

import dev.chainrule.content.Course;
import dev.chainrule.server.course.CourseHolder;
import dev.chainrule.grader.exercise.Language;
import io.javalin.http.Context;
import dev.chainrule.server.web.Languages;
import dev.chainrule.server.web.Messages;
import org.jdbi.v3.core.Jdbi;

import java.time.Clock;
import java.time.Instant;
import java.util.function.Consumer;

/**
 * Builds a class's {@link ClassReport} (members, then late counts, cells and mistake counts from the per-(learner,
 * exercise) summaries) and its {@link ClassOverview}, and streams its attempts.
 */
public final class Dashboards {

    private final ReportRepository reports;
    private final ClassRepository classes;
    private final CourseHolder courses;
    private final Languages languages;
    private final Clock clock;

    public Dashboards(Jdbi jdbi, CourseHolder courses, Languages languages) {
        this(jdbi, courses, languages, Clock.systemUTC());
    }

    /** {@code clock}: what "the last 24 hours" and "the last 7 days" of the overview count back from. */
    public Dashboards(Jdbi jdbi, CourseHolder courses, Languages languages, Clock clock) {
        this.reports = new ReportRepository(jdbi);
        this.classes = new ClassRepository(jdbi);
        this.courses = courses;
        this.languages = languages;
        this.clock = clock;
    }

    /** The class's report, with titles and mistake names in {@code language}. */
    public ClassReport report(SchoolClass schoolClass, Language language) {
        Course course = course(language);
        return ClassReport.of(course, classes.members(schoolClass.id()), reports.cells(schoolClass.id()),
                reports.mistakes(schoolClass.id()), classes.lessonDeadlines(schoolClass.id()), id -> mistakeName(id, language));
    }

    /** The overview of the class whose report is {@code report}, at the clock's now: no query of its own. */
    ClassOverview overview(ClassReport report) {
        return ClassOverview.of(report, now());
    }

    /** The clock's now: what the overview and the dashboard's "3 days ago" count from. */
    Instant now() {
        return clock.instant();
    }

    /** Every attempt of the class's members (one member's when {@code learnerId} is given), in order of email and time. */
    void attempts(SchoolClass schoolClass, Long learnerId, Consumer<ReportRepository.AttemptRow> sink) {
        reports.attempts(schoolClass.id(), learnerId, sink);
    }

    /** The bundle's name for a mistake id (the id itself for one the bundle does not know). */
    String mistakeName(String id, Language language) {
        Messages messages = languages.messages(language);
        String key = "mistake." + id;
        return messages.has(key) ? messages.get(key) : id;
    }

    Course course(Language language) {
        return courses.current().in(language).course();
    }

    /** The request's language, in which reports are titled. */
    Language language(Context ctx) {
        return languages.of(ctx);
    }

    /** The UI strings of the request's language. */
    Messages messages(Context ctx) {
        return languages.messages(ctx);
    }
}
