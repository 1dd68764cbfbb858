package dev.chainrule.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.chainrule.grader.exercise.ChoiceSpec;
import dev.chainrule.grader.exercise.GradientsSpec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A course in two languages: translated words over the same numbers, and every way a translation can drift. */
class TranslationsTest {
    @TempDir
    Path dir;

    private static final String LESSON_EN = """
            ---
            title: Tiny
            summary: A tiny lesson.
            goals: [Learn one thing]
            exercises: [tiny-one, tiny-pick]
            worked:
              ex:
                graph: |
                  y = x * x
                values: { x: 3 }
            ---
            ## Intro

            Here $y = {{ex.y}}$. See [the lesson](/lessons/tiny).

            ```exercise
            tiny-one
            ```

            ```exercise
            tiny-pick
            ```
            """;

    private static final String LESSON_KO = """
            ---
            title: 작은 강의
            summary: 작은 강의입니다.
            goals: [한 가지를 배웁니다]
            exercises: [tiny-one, tiny-pick]
            worked:
              ex:
                graph: |
                  y = x * x
                values: { x: 3 }
            ---
            ## 들어가며

            여기서 $y = {{ex.y}}$입니다. [강의](/lessons/tiny)를 보십시오.

            ```exercise
            tiny-one
            ```

            ```exercise
            tiny-pick
            ```
            """;

    private static final String GRADIENTS = """
            id: tiny-one
            kind: gradients
            title: Square it
            prompt: Find the slope.
            graph: |
              y = x * x
            params:
              x: { range: [1, 3], decimals: 1 }
            ask: [dy/dx]
            """;

    private static final String CHOICE = """
            id: tiny-pick
            kind: choice
            title: Pick
            prompt: Which?
            options:
              - { id: a, text: This one, correct: true }
              - { id: b, text: That one, feedback: Not that one. }
            """;

    private void write(String path, String text) throws IOException {
        Path file = dir.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private void writeCourse(String lessonKo, String gradientsKo, String choiceKo) throws IOException {
        write("course.yaml", "languages: [en, ko]\nlessons: [tiny]\n");
        write("tiny/lesson.en.md", LESSON_EN);
        write("tiny/lesson.ko.md", lessonKo);
        write("tiny/exercises/tiny-one.yaml", GRADIENTS);
        write("tiny/exercises/tiny-pick.yaml", CHOICE);
        if (gradientsKo != null) {
            write("tiny/exercises/tiny-one.ko.yaml", gradientsKo);
        }
        write("tiny/exercises/tiny-pick.ko.yaml", choiceKo);
    }

    private static final String GRADIENTS_KO = "id: tiny-one\ntitle: 제곱\nprompt: 기울기를 구하십시오.\n";
    private static final String CHOICE_KO = """
            id: tiny-pick
            title: 고르기
            prompt: 어느 것입니까?
            options:
              - { id: a, text: 이것 }
              - { id: b, text: 저것, feedback: 저것이 아닙니다. }
            """;

    private ContentSource source() {
        return ContentSource.directory(dir);
    }

    @Test
    void aTranslatedExerciseKeepsItsNumbersAndTakesTheTranslatedWords() throws IOException {
        writeCourse(LESSON_KO, GRADIENTS_KO, CHOICE_KO);
        assertEquals(List.of("en", "ko"), CourseLoader.languages(source()));
        Course en = CourseLoader.load(source(), "en");
        Course ko = CourseLoader.load(source(), "ko");
        GradientsSpec original = (GradientsSpec) en.exercise("tiny-one").orElseThrow();
        GradientsSpec translated = (GradientsSpec) ko.exercise("tiny-one").orElseThrow();
        assertEquals("제곱", translated.title());
        assertEquals(original.graph(), translated.graph());
        assertEquals(original.params(), translated.params());
        ChoiceSpec pick = (ChoiceSpec) ko.exercise("tiny-pick").orElseThrow();
        assertEquals(List.of(new ChoiceSpec.Option("a", "이것", true, null), new ChoiceSpec.Option("b", "저것", false, "저것이 아닙니다.")),
                pick.options());
        assertEquals("작은 강의", ko.lesson("tiny").orElseThrow().title());
        assertTrue(ContentCheck.checkAll(source()).isEmpty(), () -> ContentCheck.checkAll(source()).toString());
    }

    @Test
    void aMissingTranslationOfAnExerciseNamesTheFileItExpects() throws IOException {
        writeCourse(LESSON_KO, null, CHOICE_KO);
        ContentException e = assertThrows(ContentException.class, () -> CourseLoader.load(source(), "ko"));
        assertTrue(e.getMessage().endsWith("tiny-one.ko.yaml: missing: exercise 'tiny-one' has no ko text"), e.getMessage());
    }

    @Test
    void aTranslationCannotChangeAnswersOrReorderOptions() throws IOException {
        writeCourse(LESSON_KO, GRADIENTS_KO + "ask: [dy/dx]\n", CHOICE_KO);
        assertTrue(assertThrows(ContentException.class, () -> CourseLoader.load(source(), "ko")).getMessage()
                .contains("unknown field 'ask'"));
        writeCourse(LESSON_KO, GRADIENTS_KO, CHOICE_KO.replace("id: a", "id: c"));
        assertTrue(assertThrows(ContentException.class, () -> CourseLoader.load(source(), "ko")).getMessage()
                .contains("option 1 is 'c' but the exercise's option 1 is 'a'"));
        writeCourse(LESSON_KO, GRADIENTS_KO, CHOICE_KO.replace(", feedback: 저것이 아닙니다.", ""));
        assertTrue(assertThrows(ContentException.class, () -> CourseLoader.load(source(), "ko")).getMessage()
                .contains("option 'b': the exercise's feedback for this option is not translated"));
    }

    @Test
    void theTranslationCheckNamesChangedNumbersFiguresAndLinks() throws IOException {
        String drifted = LESSON_KO.replace("values: { x: 3 }", "values: { x: 4 }")
                .replace("(/lessons/tiny)", "(/lessons/other)")
                .replace("```exercise\ntiny-pick\n```", "```exercise\ntiny-pick\n```\n\n## 더 보기");
        writeCourse(drifted, GRADIENTS_KO, CHOICE_KO);
        String problems = TranslationCheck.check(source(), "en", "ko").toString();
        assertTrue(problems.contains("the worked examples differ"), problems);
        assertTrue(problems.contains("headings (by level) differ from the original: expected [2], found [2, 2]"), problems);
        assertTrue(problems.contains("links to course pages differ"), problems);
    }

    @Test
    void aCourseThatListsNoLanguagesIsEnglishOnlyAndRefusesAnother() throws IOException {
        writeCourse(LESSON_KO, GRADIENTS_KO, CHOICE_KO);
        write("course.yaml", "lessons: [tiny]\n");
        assertEquals(List.of("en"), CourseLoader.languages(source()));
        assertTrue(assertThrows(ContentException.class, () -> CourseLoader.load(source(), "ko")).getMessage()
                .contains("the course is not written in 'ko'"));
    }
}
