package dev.chainrule.content;

import dev.chainrule.grader.exercise.ChoiceSpec;
import dev.chainrule.grader.exercise.Exercises;
import dev.chainrule.grader.exercise.ExerciseSpec;
import dev.chainrule.grader.exercise.ExperimentSpec;
import dev.chainrule.grader.exercise.SpecException;
import dev.chainrule.grader.exercise.Variant;
import java.util.ArrayList;
import java.util.List;

/**
 * Validates a whole course for authors: it loads (file, line and reason of the first structural problem), then
 * every exercise is solved for {@value #SEEDS} seeds, every formula's braces and environments balance, and every
 * internal link leads to a lesson or exercise that exists. All problems are returned, not only the first.
 */
public final class ContentCheck {
    static final int SEEDS = 100;

    private ContentCheck() {}

    /** Checks the course in the directory {@code args[0]} alone (for authors; the server's {@code check} command overlays it). */
    public static void main(String[] args) {
        if (args.length != 1) {
            System.err.println("usage: ContentCheck <course directory>");
            System.exit(2);
        }
        List<ContentException> problems = checkAll(directory(java.nio.file.Path.of(args[0])));
        problems.forEach(p -> System.out.println(p.getMessage()));
        System.out.println(problems.isEmpty() ? "content OK" : problems.size() + " problem" + (problems.size() == 1 ? "" : "s"));
        System.exit(problems.isEmpty() ? 0 : 1);
    }

    private static ContentSource directory(java.nio.file.Path dir) {
        return ContentSource.directory(dir);
    }

    /**
     * Every problem in every language the course is written in, and every way a translation departs from the
     * original's exercises, figures and numbers (see {@link TranslationCheck}).
     */
    public static List<ContentException> checkAll(ContentSource source) {
        List<String> languages;
        try {
            languages = CourseLoader.languages(source);
        } catch (ContentException e) {
            return List.of(e);
        }
        List<ContentException> problems = new ArrayList<>(check(source, languages.get(0)));
        for (String language : languages.subList(1, languages.size())) {
            List<ContentException> translated = check(source, language);
            problems.addAll(translated);
            if (translated.isEmpty()) {
                problems.addAll(TranslationCheck.check(source, languages.get(0), language));
            }
        }
        return problems;
    }

    /** Every problem found in one language, in file order; empty when the course is fine. */
    public static List<ContentException> check(ContentSource source, String language) {
        List<ContentException> problems = new ArrayList<>();
        Course course;
        try {
            course = CourseLoader.load(source, language);
        } catch (ContentException e) {
            problems.add(e);
            return problems;
        }
        for (Lesson lesson : course.lessons()) {
            String file = source.describe(lesson.sourceName());
            problems.addAll(FormulaCheck.check(file, lesson.markdown(), lesson.bodyStartLine()));
            problems.addAll(LinkCheck.check(file, lesson.markdown(), lesson.bodyStartLine(), course));
            for (String id : lesson.exerciseIds()) {
                ExerciseSpec spec = course.exercise(id).orElseThrow();
                String exerciseFile = source.describe(lesson.slug() + "/exercises/" + id + ".yaml");
                problems.addAll(FormulaCheck.check(exerciseFile, spec.prompt(), 0));
                for (String text : optionTexts(spec)) {
                    problems.addAll(FormulaCheck.check(exerciseFile, text, 0));
                }
                solve(exerciseFile, spec, problems);
            }
        }
        return problems;
    }

    private static void solve(String file, ExerciseSpec spec, List<ContentException> problems) {
        for (long seed = 0; seed < SEEDS; seed++) {
            try {
                Variant v = Exercises.generate(spec, seed);
                double score = Exercises.check(spec, v.params(), Exercises.solution(spec, v.params())).score();
                if (score != 1) {
                    problems.add(new ContentException(file, 0, "seed " + seed + ": the grader's own solution scores " + score));
                    return;
                }
            } catch (SpecException e) {
                problems.add(new ContentException(file, 0, e.getMessage()));
                return;
            } catch (RuntimeException e) {
                problems.add(new ContentException(file, 0, "seed " + seed + ": " + e));
                return;
            }
        }
    }

    private static List<String> optionTexts(ExerciseSpec spec) {
        List<String> texts = new ArrayList<>();
        List<ChoiceSpec.Option> options = spec instanceof ChoiceSpec c ? c.options() : spec instanceof ExperimentSpec e ? e.options() : List.of();
        for (ChoiceSpec.Option o : options) {
            texts.add(o.text());
            if (o.feedback() != null) {
                texts.add(o.feedback());
            }
        }
        return texts;
    }
}
