package dev.chainrule.grader.expr;

import java.util.List;

/**
 * The reason of every {@link ExpressionError}, in English and in Korean: a clause without a final
 * period, which callers place after a position ("line 2, column 5: ...", "Column 5: ...").
 */
final class ExpressionMessages {
    private ExpressionMessages() {}

    static String english(ExpressionError error, List<String> a) {
        return switch (error) {
            case UNEXPECTED_CHARACTER -> "unexpected character " + a.get(0);
            case EXPONENT_WITHOUT_DIGITS -> "expected digits after the exponent 'e'";
            case NUMBER_TOO_LARGE -> "number " + a.get(0) + " is too large";
            case EXPECTED_STATEMENT_END -> "expected an operator, ';' or a new line after the expression, found " + englishFound(a.get(0));
            case EXPECTED_EXPRESSION -> "expected an expression, found end of input";
            case EXPECTED_OPERATOR_OR_END -> "expected an operator or end of input, found " + englishFound(a.get(0));
            case EXPECTED_STATEMENT_NAME -> "expected a name to start a statement (like 'z = ...'), found " + englishFound(a.get(0));
            case EXPECTED_EQUALS -> "expected '=' after '" + a.get(0) + "', found " + englishFound(a.get(1));
            case EXPONENT_NOT_CONSTANT -> "the exponent after '^' must be a constant, like 2 or (-1); found a name";
            case EXPONENT_OUT_OF_RANGE -> "the exponent after '^' must be a number between -" + a.get(0) + " and " + a.get(0);
            case EXPECTED_OPERAND -> "expected a number, a name or '(', found " + englishFound(a.get(0));
            case UNKNOWN_FUNCTION -> "unknown function '" + a.get(0) + "' (known: " + a.get(1) + ")";
            case WRONG_ARGUMENT_COUNT -> a.get(0) + " takes " + a.get(1) + " argument" + (a.get(1).equals("1") ? "" : "s")
                    + ", found " + a.get(2);
            case EXPECTED_CLOSING -> "expected ')' to close '(' opened at column " + a.get(0)
                    + (a.get(1).isEmpty() ? "" : " of line " + a.get(1)) + ", found " + englishFound(a.get(2));
            case TOO_DEEP -> "expression nested more than " + a.get(0) + " levels deep";
            case NO_STATEMENTS -> "expected at least one statement like 'z = x * y'";
            case FUNCTION_ASSIGNED -> "'" + a.get(0) + "' is a function and cannot be assigned";
            case ALREADY_DEFINED -> "'" + a.get(0) + "' is already defined on line " + a.get(1);
            case USED_BEFORE_DEFINED -> "'" + a.get(0) + "' is used before it is defined on line " + a.get(1);
            case NO_SOURCE -> "no source given";
            case SOURCE_TOO_LONG -> "source is longer than " + a.get(0) + " characters";
            case UNKNOWN_NAME -> "unknown name '" + a.get(0) + "'";
        };
    }

    static String korean(ExpressionError error, List<String> a) {
        return switch (error) {
            case UNEXPECTED_CHARACTER -> "쓸 수 없는 문자(" + a.get(0) + ")가 있습니다";
            case EXPONENT_WITHOUT_DIGITS -> "지수를 나타내는 'e' 뒤에 숫자가 있어야 합니다";
            case NUMBER_TOO_LARGE -> "숫자(" + a.get(0) + ")가 너무 큽니다";
            case EXPECTED_STATEMENT_END -> "식 뒤에는 연산자, ';' 또는 줄바꿈이 와야 하는데 " + koreanFound(a.get(0));
            case EXPECTED_EXPRESSION -> "식이 있어야 하는데 입력이 비어 있습니다";
            case EXPECTED_OPERATOR_OR_END -> "연산자가 오거나 식이 끝나야 하는데 " + koreanFound(a.get(0));
            case EXPECTED_STATEMENT_NAME -> "문장은 'z = ...'처럼 이름으로 시작해야 하는데 " + koreanFound(a.get(0));
            case EXPECTED_EQUALS -> "'" + a.get(0) + "' 뒤에는 등호(=)가 와야 하는데 " + koreanFound(a.get(1));
            case EXPONENT_NOT_CONSTANT -> "'^' 뒤의 지수는 2나 (-1)처럼 상수여야 하는데 이름이 쓰였습니다";
            case EXPONENT_OUT_OF_RANGE -> "'^' 뒤의 지수는 -" + a.get(0) + "에서 " + a.get(0) + " 사이의 수여야 합니다";
            case EXPECTED_OPERAND -> "숫자, 이름, 여는 괄호 중 하나가 와야 하는데 " + koreanFound(a.get(0));
            case UNKNOWN_FUNCTION -> "알 수 없는 함수 '" + a.get(0) + "'입니다. 쓸 수 있는 함수는 " + a.get(1) + "입니다";
            case WRONG_ARGUMENT_COUNT -> a.get(0) + " 함수는 인수를 " + a.get(1) + "개 받는데 " + a.get(2) + "개가 주어졌습니다";
            case EXPECTED_CLOSING -> (a.get(1).isEmpty() ? "" : a.get(1) + "번째 줄 ") + a.get(0)
                    + "번째 글자에서 연 괄호를 닫을 ')'가 와야 하는데 " + koreanFound(a.get(2));
            case TOO_DEEP -> "식이 " + a.get(0) + "단계보다 깊이 중첩되어 있습니다";
            case NO_STATEMENTS -> "'z = x * y' 같은 문장이 하나 이상 있어야 합니다";
            case FUNCTION_ASSIGNED -> "함수 이름 '" + a.get(0) + "'에는 값을 대입할 수 없습니다";
            case ALREADY_DEFINED -> "'" + a.get(0) + "'의 정의가 이미 " + a.get(1) + "번째 줄에 있습니다";
            case USED_BEFORE_DEFINED -> "'" + a.get(0) + "'의 정의는 " + a.get(1) + "번째 줄에 있는데, 그보다 앞에서 쓰였습니다";
            case NO_SOURCE -> "식이 주어지지 않았습니다";
            case SOURCE_TOO_LONG -> "입력이 " + a.get(0) + "자를 넘습니다";
            case UNKNOWN_NAME -> "알 수 없는 이름 '" + a.get(0) + "'입니다";
        };
    }

    /** The token met instead of what was expected: "end of input", "name 'y'", "'*'". */
    private static String englishFound(String token) {
        switch (kindOf(token)) {
            case END: return "end of input";
            case LINE_END: return "end of line";
            case NUMBER: return "number " + token;
            case NAME: return "name '" + token + "'";
            default: return "'" + token + "'";
        }
    }

    /** The same as the end of a Korean sentence (the particle follows the noun, so it is always right). */
    private static String koreanFound(String token) {
        switch (kindOf(token)) {
            case END: return "입력이 끝났습니다";
            case LINE_END: return "줄이 끝났습니다";
            case NUMBER: return "숫자(" + token + ")가 나왔습니다";
            case NAME: return "이름('" + token + "')이 나왔습니다";
            default: return "기호('" + token + "')가 나왔습니다";
        }
    }

    private enum FoundKind { END, LINE_END, NUMBER, NAME, SYMBOL }

    /** Names start with a letter or '_', numbers with a digit or '.', so the text alone tells the token's kind. */
    private static FoundKind kindOf(String token) {
        if (token.isEmpty()) {
            return FoundKind.END;
        }
        char c = token.charAt(0);
        if (c == '\n') {
            return FoundKind.LINE_END;
        }
        if (Scanner.isDigit(c) || (c == '.' && token.length() > 1)) {
            return FoundKind.NUMBER;
        }
        return Scanner.isNameStart(c) ? FoundKind.NAME : FoundKind.SYMBOL;
    }
}
