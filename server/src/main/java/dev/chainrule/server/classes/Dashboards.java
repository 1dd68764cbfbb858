package dev.chainrule.server.classes;

import dev.chainrule.content.Course;
import dev.chainrule.server.course.CourseHolder;
import dev.chainrule.grader.exercise.Language;
import io.javalin.http.Context;
import dev.chainrule.server.web.Languages;
import dev.chainrule.server.web.Messages;
import org.jdbi.v3.core.Jdbi;

import java.util.function.Consumer;

/**
 * Builds a class's {@link ClassReport} (members, then late counts, cells and mistake counts from the per-(learner,
 * exercise) summaries) and streams its attempts.
 */
public final class Dashboards {

    private final ReportRepository reports;
    private final ClassRepository classes;
    private final CourseHolder courses;
    private final Languages languages;

    public Dashboards(Jdbi jdbi, CourseHolder courses, Languages languages) {
        this.reports = new ReportRepository(jdbi);
        this.classes = new ClassRepository(jdbi);
        this.courses = courses;
        this.languages = languages;
    }

    /** The class's report, with titles and mistake names in {@code language}. */
    public ClassReport report(SchoolClass schoolClass, Language language) {
        Course course = course(language);
        return ClassReport.of(course, classes.members(schoolClass.id()), reports.cells(schoolClass.id()),
                reports.mistakes(schoolClass.id()), classes.lessonDeadlines(schoolClass.id()), id -> mistakeName(id, language));
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
