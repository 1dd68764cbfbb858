package dev.chainrule.grader.expr;

import static dev.chainrule.grader.i18n.KoreanText.assertKorean;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.chainrule.grader.exercise.Language;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Expression errors are codes with arguments, so their reasons can be written in English and in Korean. */
class ExpressionErrorTest {
    private static ExpressionException formula(String source) {
        return assertThrows(ExpressionException.class, () -> Program.parseExpression(source));
    }

    private static ExpressionException graph(String source) {
        return assertThrows(ExpressionException.class, () -> Program.parse(source));
    }

    @Test
    void everyErrorHasAKoreanReasonWithoutEnglishWords() {
        for (ExpressionError error : ExpressionError.values()) {
            for (String found : List.of("", "\n", ";", "*", "12", "y")) {
                ExpressionException e = new ExpressionException(1, 1, error, "w1", "2", found);
                String korean = e.reason(Language.KO);
                assertKorean(korean, "w1", "y");
                assertNotEquals(e.reason(), korean, error.name());
                assertEquals(e.reason(), e.reason(Language.EN));
            }
        }
    }

    @Test
    void aSyntaxErrorKeepsItsCodePositionAndArguments() {
        ExpressionException e = formula("z*(1-z*y");
        assertEquals(ExpressionError.EXPECTED_CLOSING, e.error());
        assertEquals(List.of("3", "", ""), e.arguments());
        assertEquals(List.of(1, 9), List.of(e.line(), e.column()));
        assertEquals("expected ')' to close '(' opened at column 3, found end of input", e.reason());
        assertEquals("3번째 글자에서 연 괄호를 닫을 ')'가 와야 하는데 입력이 끝났습니다", e.reason(Language.KO));
        assertEquals("line 1, column 9: expected ')' to close '(' opened at column 3, found end of input", e.getMessage());
    }

    @Test
    void theTokenFoundInsteadIsNamedByItsKindInBothLanguages() {
        assertEquals(List.of("expected an operator or end of input, found number .3", "연산자가 오거나 식이 끝나야 하는데 숫자(.3)가 나왔습니다"),
                reasons(formula("1.2.3")));
        assertEquals(List.of("expected an operator or end of input, found name 'y'", "연산자가 오거나 식이 끝나야 하는데 이름('y')이 나왔습니다"),
                reasons(formula("z y")));
        assertEquals(List.of("expected a number, a name or '(', found '*'", "숫자, 이름, 여는 괄호 중 하나가 와야 하는데 기호('*')가 나왔습니다"),
                reasons(formula("*z")));
        assertEquals(List.of("expected ')' to close '(' opened at column 1, found end of line",
                "1번째 글자에서 연 괄호를 닫을 ')'가 와야 하는데 줄이 끝났습니다"), reasons(formula("(z\n")));
        assertEquals(List.of("expected ')' to close '(' opened at column 1, found ';'",
                "1번째 글자에서 연 괄호를 닫을 ')'가 와야 하는데 기호(';')가 나왔습니다"), reasons(formula("(z;")));
    }

    @Test
    void anUnknownNameIsExplainedInKorean() {
        ExpressionException e = assertThrows(ExpressionException.class,
                () -> Graph.evaluateExpression(Program.parseExpression("2 * q"), java.util.Map.of()));
        assertEquals(ExpressionError.UNKNOWN_NAME, e.error());
        assertEquals("unknown name 'q'", e.reason());
        assertEquals("알 수 없는 이름 'q'입니다", e.reason(Language.KO));
    }

    @Test
    void authorsErrorsInAGraphKeepTheirEnglishMessages() {
        assertEquals("line 1, column 7: expected an operator, ';' or a new line after the expression, found name 'y'",
                graph("z = x y").getMessage());
        assertEquals("line 2, column 1: 'z' is already defined on line 1", graph("z = x\nz = y").getMessage());
        assertEquals("line 1, column 5: 'y' is used before it is defined on line 2", graph("z = y\ny = 1").getMessage());
        assertEquals("line 1, column 7: expected ')' to close '(' opened at column 5, found end of line",
                graph("z = (x\n+ 1").getMessage());
        assertEquals("line 1, column 5: unknown function 'foo' (known: sigmoid, tanh, relu, exp, log, max)",
                graph("z = foo(x)").getMessage());
        ExpressionException otherLine = new ExpressionException(3, 1, ExpressionError.EXPECTED_CLOSING, "5", "2", "+");
        assertEquals("line 3, column 1: expected ')' to close '(' opened at column 5 of line 2, found '+'", otherLine.getMessage());
        assertEquals("2번째 줄 5번째 글자에서 연 괄호를 닫을 ')'가 와야 하는데 기호('+')가 나왔습니다", otherLine.reason(Language.KO));
    }

    private static List<String> reasons(ExpressionException e) {
        return List.of(e.reason(), e.reason(Language.KO));
    }
}
