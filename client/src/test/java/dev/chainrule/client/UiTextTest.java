package dev.chainrule.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.chainrule.grader.exercise.Language;
import dev.chainrule.grader.experiment.Experiment;
import dev.chainrule.grader.experiment.ExperimentResult;
import dev.chainrule.grader.experiment.Series;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Every client text in both languages, Korean written in Korean, and the sentences built from them. */
class UiTextTest {
    /** Latin words a Korean sentence may keep: function names, key caps and the HTTP of an error code. */
    static final Set<String> KEPT_IN_KOREAN = Set.of("tanh", "HTTP", "ReLU", "max", "sigmoid", "dP", "dx_l", "exp", "log", "Tab", "Enter", "Shift", "sin", "ms");

    @AfterEach
    void backToEnglish() {
        Messages.use(Language.EN);
    }

    @Test
    void everyTextExistsInBothLanguages() {
        for (UiText text : UiText.values()) {
            assertFalse(text.en().isBlank(), text + " has no English");
            assertFalse(text.ko().isBlank(), text + " has no Korean");
            assertEquals(placeholders(text.en()), placeholders(text.ko()), text + ": the same {n} in both");
        }
    }

    @Test
    void koreanTextsAreHangulWithoutEnglishWords() {
        for (UiText text : UiText.values()) {
            String ko = text.ko();
            assertTrue(ko.chars().anyMatch(UiTextTest::hangul), text + " has no Hangul: " + ko);
            for (String word : latinWords(ko)) {
                assertTrue(word.length() == 1 || KEPT_IN_KOREAN.contains(word),
                        text + " keeps the English word '" + word + "': " + ko);
            }
        }
    }

    @Test
    void thePageLanguagePicksTheTextAndFillsItsPlaceholders() {
        assertEquals("Submitted: 1 of 2 correct (score 50%)", Messages.submitted(1, 2, 0.5));
        Messages.use(Language.byTag("ko"));
        assertEquals("확인", Messages.get(UiText.CHECK));
        assertEquals("제출했습니다: 2개 중 1개 정답 (점수 50%)", Messages.submitted(1, 2, 0.5));
        assertEquals("2행 3열, 예: 0.1 0.2 0.3; 0.4 0.5 0.6", Messages.matrixPlaceholder(2, 3));
        assertEquals("층마다 뉴런 16개", Messages.settingValue("shortcut-gradients", "width", 16));
        assertEquals("서버가 제출을 받지 못했습니다 (HTTP 503). 입력한 답은 그대로 있습니다.", Messages.serverError(503));
        Messages.use(Language.byTag("en-GB"));
        assertEquals("Check", Messages.get(UiText.CHECK));
    }

    @Test
    void everyLabelOfEveryExperimentHasAKoreanTranslation() {
        Messages.use(Language.KO);
        for (Experiment experiment : Experiment.values()) {
            ExperimentResult result = experiment.run(Map.of());
            List<String> labels = new ArrayList<>(List.of(result.xLabel(), result.yLabel()));
            for (Series s : result.series()) {
                labels.add(s.name());
            }
            for (String label : labels) {
                String ko = Messages.experimentText(label);
                assertTrue(ko.chars().anyMatch(UiTextTest::hangul), experiment.id() + ": '" + label + "' untranslated");
            }
        }
    }

    private static boolean hangul(int c) {
        return c >= 0xAC00 && c <= 0xD7A3;
    }

    private static List<String> placeholders(String text) {
        List<String> found = new ArrayList<>();
        for (int i = text.indexOf('{'); i >= 0; i = text.indexOf('{', i + 1)) {
            int close = text.indexOf('}', i);
            found.add(text.substring(i, close + 1));
        }
        found.sort(null);
        return found;
    }

    private static List<String> latinWords(String text) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : ' ';
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (word.length() > 0 && (c == '_' || (c >= '0' && c <= '9')))) {
                word.append(c);
            } else if (word.length() > 0) {
                words.add(word.toString());
                word.setLength(0);
            }
        }
        return words;
    }
}
