package dev.chainrule.grader.i18n;

import static dev.chainrule.grader.i18n.KoreanText.assertKorean;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.opentest4j.AssertionFailedError;
import org.junit.jupiter.api.Test;

class KoreanTextTest {
    @Test
    void koreanWithSymbolsNamesAndShortIdentifiersPasses() {
        assertKorean("입력한 dP/dw1 값이 z(1 - z)와 다릅니다. max 게이트, ReLU, δ.");
        assertKorean("delta1: 2행 1번째 성분('abc')이 유한한 수가 아닙니다.", "delta1", "abc");
    }

    @Test
    void anEnglishWordOrAMissingHangulFails() {
        assertThrows(AssertionFailedError.class, () -> assertKorean("정답이 아닙니다. Not correct."));
        assertThrows(AssertionFailedError.class, () -> assertKorean("delta1: row 2", "z1"));
        assertThrows(AssertionFailedError.class, () -> assertKorean("z(1 - z)"));
    }
}
