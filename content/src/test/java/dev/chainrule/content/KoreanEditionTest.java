package dev.chainrule.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.chainrule.grader.exercise.ChoiceSpec;
import dev.chainrule.grader.exercise.ExerciseSpec;
import dev.chainrule.grader.exercise.ExperimentSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The built-in course in Korean: every lesson and exercise exists in both languages, with the same exercises, figures
 * and worked numbers, passes the same content checks, and reads as Korean (no English sentence left behind).
 */
class KoreanEditionTest {
    private static final ContentSource BUILT_IN = ContentSource.classpath("course");
    /** Four English words in a row outside formulas and code: a sentence or phrase left untranslated. */
    private static final Pattern ENGLISH_RUN = Pattern.compile("\\b[A-Za-z][a-z']+(?:[ ,-]+[A-Za-z][a-z']+){3,}\\b");

    static Stream<String> lessons() {
        return CourseLoader.load(BUILT_IN, "en").lessons().stream().map(Lesson::slug);
    }

    @Test
    void theBuiltInCourseIsWrittenInEnglishAndKorean() {
        assertEquals(List.of("en", "ko"), CourseLoader.languages(BUILT_IN));
    }

    @ParameterizedTest
    @MethodSource("lessons")
    void eachLessonInKoreanPassesTheContentChecksAndMatchesTheEnglish(String slug) {
        ContentSource one = onlyLesson(slug);
        List<String> problems = new ArrayList<>();
        for (ContentException e : ContentCheck.check(one, "ko")) {
            if (!linksToAnotherLesson(e)) {
                problems.add(e.getMessage());
            }
        }
        if (problems.isEmpty()) {
            TranslationCheck.check(one, "en", "ko").forEach(e -> problems.add(e.getMessage()));
        }
        if (problems.isEmpty()) {
            Course course = CourseLoader.load(one, "ko");
            Lesson lesson = course.lessons().get(0);
            String file = one.describe(lesson.sourceName());
            englishLeft(file, lesson.title(), problems);
            englishLeft(file, lesson.summary(), problems);
            lesson.goals().forEach(g -> englishLeft(file, g, problems));
            englishLeft(file, lesson.markdown(), problems);
            for (ExerciseSpec spec : course.exercises().values()) {
                String exerciseFile = one.describe(slug + "/exercises/" + spec.id() + ".ko.yaml");
                englishLeft(exerciseFile, spec.title(), problems);
                englishLeft(exerciseFile, spec.prompt(), problems);
                for (ChoiceSpec.Option o : options(spec)) {
                    englishLeft(exerciseFile, o.text(), problems);
                    if (o.feedback() != null) {
                        englishLeft(exerciseFile, o.feedback(), problems);
                    }
                }
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void theWholeKoreanCourseLoadsWithEveryLinkLeadingSomewhere() {
        List<String> problems = new ArrayList<>();
        ContentCheck.check(BUILT_IN, "ko").forEach(e -> problems.add(e.getMessage()));
        TranslationCheck.check(BUILT_IN, "en", "ko").forEach(e -> problems.add(e.getMessage()));
        assertTrue(problems.isEmpty(), String.join("\n", problems));
        Course en = CourseLoader.load(BUILT_IN, "en");
        Course ko = CourseLoader.load(BUILT_IN, "ko");
        assertEquals(en.exercises().keySet(), ko.exercises().keySet());
    }

    /** Flags prose of four or more English words in a row, after removing math, code, links' targets and HTML. */
    static void englishLeft(String file, String text, List<String> problems) {
        String prose = text.replaceAll("(?s)```.*?```", " ")
                .replaceAll("(?s)\\$\\$.*?\\$\\$", " ")
                .replaceAll("\\$[^$]*\\$", " ")
                .replaceAll("`[^`]*`", " ")
                .replaceAll("\\]\\([^)]*\\)", "]")
                .replaceAll("<[^>]+>", " ");
        Matcher m = ENGLISH_RUN.matcher(prose);
        while (m.find()) {
            problems.add(file + ": English left untranslated: '" + m.group() + "'");
        }
    }

    private static List<ChoiceSpec.Option> options(ExerciseSpec spec) {
        return spec instanceof ChoiceSpec c ? c.options() : spec instanceof ExperimentSpec e ? e.options() : List.of();
    }

    /** In a one-lesson course a link to another lesson of the real course cannot resolve; that is not a problem. */
    private static boolean linksToAnotherLesson(ContentException e) {
        Matcher m = Pattern.compile("there is no lesson '([^']+)'").matcher(e.getMessage());
        return m.find() && BUILT_IN.read(m.group(1) + "/lesson.en.md").isPresent();
    }

    /** The built-in course reduced to one lesson, so each lesson's translation is checked on its own. */
    private static ContentSource onlyLesson(String slug) {
        return new ContentSource() {
            @Override
            public Optional<String> read(String path) {
                return path.equals("course.yaml") ? Optional.of("languages: [en, ko]\nlessons: [" + slug + "]\n") : BUILT_IN.read(path);
            }

            @Override
            public String describe(String path) {
                return BUILT_IN.describe(path);
            }
        };
    }
}
