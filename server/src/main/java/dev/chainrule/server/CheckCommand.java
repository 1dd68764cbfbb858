package dev.chainrule.server;

import dev.chainrule.content.ContentCheck;
import dev.chainrule.content.ContentException;
import dev.chainrule.content.ContentSource;
import dev.chainrule.content.Course;
import dev.chainrule.grader.exercise.Language;
import dev.chainrule.server.course.Editions;
import dev.chainrule.server.web.Languages;
import dev.chainrule.server.lesson.MarkdownRenderer;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code java -jar chainrule.jar check <dir>}: checks a content directory as the server would serve it (over the
 * built-in course) without starting the server, printing every problem as {@code file:line: reason}: the content
 * module's checks (every exercise solved for 100 seeds, formulas, links), then the server's own rendering (figures).
 */
final class CheckCommand {

    static final int OK = 0;
    static final int PROBLEMS = 1;
    static final int USAGE = 2;

    private CheckCommand() {
    }

    static boolean isCheck(String[] args) {
        return args.length > 0 && args[0].equals("check");
    }

    /** Runs the check; returns the process's exit status (0 fine, 1 problems, 2 usage). */
    static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length != 2) {
            err.println("usage: java -jar chainrule.jar check <content directory>");
            return USAGE;
        }
        Path directory = Path.of(args[1]).toAbsolutePath().normalize();
        if (!Files.isDirectory(directory)) {
            err.println("not a directory: " + directory);
            return USAGE;
        }
        ContentSource source = App.contentSource(directory);
        List<ContentException> problems = ContentCheck.checkAll(source);
        problems.forEach(problem -> out.println(problem.getMessage()));
        if (!problems.isEmpty()) {
            out.println(problems.size() + (problems.size() == 1 ? " problem" : " problems"));
            return PROBLEMS;
        }
        Editions editions;
        try {
            editions = App.editions(source, new MarkdownRenderer(), Languages.bundles());
        } catch (ContentException e) {
            out.println(e.getMessage());
            out.println("1 problem");
            return PROBLEMS;
        }
        Course course = editions.originalEdition().course();
        out.println("content OK: " + course.lessons().size() + (course.lessons().size() == 1 ? " lesson, " : " lessons, ")
                + course.exercises().size() + (course.exercises().size() == 1 ? " exercise" : " exercises") + " in "
                + String.join(", ", editions.languages().stream().map(Language::tag).sorted().toList()));
        return OK;
    }
}
