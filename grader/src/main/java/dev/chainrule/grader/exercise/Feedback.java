package dev.chainrule.grader.exercise;

import dev.chainrule.grader.expr.ExpressionException;
import java.util.List;

/**
 * Every sentence the exercise kinds write for a learner, one method per message, worded once in
 * English and once in Korean below. (Mistake explanations live beside each {@link Mistake}; the
 * reasons of formula errors in the expression language's own message table.)
 */
abstract class Feedback {
    private static final Feedback ENGLISH = new English();
    private static final Feedback KOREAN = new Korean();

    static Feedback in(Language language) {
        return language == Language.KO ? KOREAN : ENGLISH;
    }

    abstract Language language();

    // any kind
    abstract String correct();

    abstract String notCorrect();

    /** "Not correct." followed by a reason: a named mistake's explanation, or an option's feedback as the author wrote it. */
    abstract String notCorrectBecause(String reason);

    final String mistake(Mistake m) {
        return notCorrectBecause(m.explanation(language()));
    }

    // numeric answers
    abstract String noNumber(String field);

    /** {@code shown} is the typed text, quoted and shortened. */
    abstract String notANumber(String shown, String field, boolean hasComma);

    abstract String notFinite(String field);

    abstract String notWithinTolerance(String field, String percent);

    // forward and backward passes, graded with error carried forward
    abstract String correctGivenEarlierValues();

    abstract String correctGivenLaterGradients();

    // matrices of the layer kind
    abstract String matrixProblem(String field, String problem);

    abstract String noMatrix();

    abstract String matrixTooLong();

    abstract String raggedRow(int row, int entries, int firstRowEntries);

    abstract String entryNotFinite(int row, int entry, String shown);

    abstract String wrongShape(String field, int rows, int cols, int typedRows, int typedCols);

    abstract String someEntriesWrong(int right, int total, int firstWrongRow, int firstWrongColumn);

    // typed formulas
    abstract String noFormula(String field);

    abstract String formulaTooLong(int maxLength);

    abstract String formulaError(ExpressionException e);

    abstract String unknownName(int column, String name, List<String> known);

    abstract String formulaCorrect(int points);

    abstract String formulaDiffers(String point, String field);

    // choices
    abstract String selectEvery();

    abstract String selectOne();

    abstract String selectOnlyOne();

    abstract String notAnOption(String shown);

    abstract String notExactlyTheTrueSet();

    private static final class English extends Feedback {
        @Override Language language() {
            return Language.EN;
        }

        @Override String correct() {
            return "Correct.";
        }

        @Override String notCorrect() {
            return "Not correct.";
        }

        @Override String notCorrectBecause(String reason) {
            return "Not correct. " + reason;
        }

        @Override String noNumber(String field) {
            return "No answer for " + field + ": enter a number.";
        }

        @Override String notANumber(String shown, String field, boolean hasComma) {
            return shown + " is not a number (" + field + "): write a decimal like -0.25" + (hasComma ? ", with a point, not a comma." : ".");
        }

        @Override String notFinite(String field) {
            return field + " must be a finite number.";
        }

        @Override String notWithinTolerance(String field, String percent) {
            return "Not correct: " + field + " is not within " + percent + "% of the value the grader computes.";
        }

        @Override String correctGivenEarlierValues() {
            return "Correct, given your own values for the nodes before it.";
        }

        @Override String correctGivenLaterGradients() {
            return "Correct, given your own gradients for the nodes after it.";
        }

        @Override String matrixProblem(String field, String problem) {
            return field + ": " + problem + ".";
        }

        @Override String noMatrix() {
            return "no answer: enter the entries, rows separated by ';'";
        }

        @Override String matrixTooLong() {
            return "the answer is too long";
        }

        @Override String raggedRow(int row, int entries, int firstRowEntries) {
            return "row " + row + " has " + entries + " entries but row 1 has " + firstRowEntries;
        }

        @Override String entryNotFinite(int row, int entry, String shown) {
            return "row " + row + ", entry " + entry + ": " + shown + " is not a finite number";
        }

        @Override String wrongShape(String field, int rows, int cols, int typedRows, int typedCols) {
            return field + " is " + shape(rows, cols) + ", but you wrote " + shape(typedRows, typedCols) + ".";
        }

        private static String shape(int rows, int cols) {
            return rows + " x " + cols + " (" + rows + (rows == 1 ? " row" : " rows") + " of " + cols + (cols == 1 ? " entry" : " entries") + ")";
        }

        @Override String someEntriesWrong(int right, int total, int firstWrongRow, int firstWrongColumn) {
            return "Not correct: " + right + " of " + total + " entries are right; look again at row " + firstWrongRow + ", column "
                    + firstWrongColumn + ".";
        }

        @Override String noFormula(String field) {
            return "No answer for " + field + ": type a formula, like z*(1-z)*y.";
        }

        @Override String formulaTooLong(int maxLength) {
            return "The formula is longer than " + maxLength + " characters.";
        }

        @Override String formulaError(ExpressionException e) {
            return "Column " + e.column() + ": " + e.reason(Language.EN) + ".";
        }

        @Override String unknownName(int column, String name, List<String> known) {
            return "Column " + column + ": unknown name '" + name + "'; you can use " + String.join(", ", known) + ".";
        }

        @Override String formulaCorrect(int points) {
            return "Correct: your formula agrees with the gradient at " + points + " points.";
        }

        @Override String formulaDiffers(String point, String field) {
            return "Not correct: at " + point + " your formula gives a different value from " + field + ".";
        }

        @Override String selectEvery() {
            return "Select every option that is true.";
        }

        @Override String selectOne() {
            return "Select an option.";
        }

        @Override String selectOnlyOne() {
            return "Select only one option.";
        }

        @Override String notAnOption(String shown) {
            return shown + " is not one of the options.";
        }

        @Override String notExactlyTheTrueSet() {
            return "Not correct: look at each statement again; every true one, and only those, must be selected.";
        }
    }

    /**
     * Korean, in the formal polite style of the Korean lessons. A quoted value or a field name is never
     * followed directly by a particle whose form depends on how it is read (이/가, 은/는, 을/를): the
     * sentences put it before 에, 의 or 입니다, or in parentheses after a Korean noun that takes the particle.
     */
    private static final class Korean extends Feedback {
        @Override Language language() {
            return Language.KO;
        }

        @Override String correct() {
            return "정답입니다.";
        }

        @Override String notCorrect() {
            return "정답이 아닙니다.";
        }

        @Override String notCorrectBecause(String reason) {
            return "정답이 아닙니다. " + reason;
        }

        @Override String noNumber(String field) {
            return field + "에 답이 없습니다. 숫자를 입력하십시오.";
        }

        @Override String notANumber(String shown, String field, boolean hasComma) {
            return field + "에 입력한 값(" + shown + ")은 숫자가 아닙니다. "
                    + (hasComma ? "-0.25처럼 소수로 쓰되, 쉼표 대신 소수점(.)을 찍으십시오." : "-0.25처럼 소수로 쓰십시오.");
        }

        @Override String notFinite(String field) {
            return field + "에는 유한한 수를 입력해야 합니다.";
        }

        @Override String notWithinTolerance(String field, String percent) {
            return "정답이 아닙니다. 입력한 " + field + " 값이 채점기가 계산한 값과 " + percent + "% 넘게 차이 납니다.";
        }

        @Override String correctGivenEarlierValues() {
            return "앞 노드들에 대해 직접 구한 값을 기준으로 하면 정답입니다.";
        }

        @Override String correctGivenLaterGradients() {
            return "뒤 노드들에 대해 직접 구한 그래디언트를 기준으로 하면 정답입니다.";
        }

        @Override String matrixProblem(String field, String problem) {
            return field + ": " + problem + ".";
        }

        @Override String noMatrix() {
            return "답이 없습니다. 성분을 입력하고, 행과 행 사이에는 세미콜론(;)을 넣으십시오";
        }

        @Override String matrixTooLong() {
            return "답이 너무 깁니다";
        }

        @Override String raggedRow(int row, int entries, int firstRowEntries) {
            return row + "행에는 성분이 " + entries + "개 있지만 1행에는 " + firstRowEntries + "개 있습니다";
        }

        @Override String entryNotFinite(int row, int entry, String shown) {
            return row + "행 " + entry + "번째 성분(" + shown + ")이 유한한 수가 아닙니다";
        }

        @Override String wrongShape(String field, int rows, int cols, int typedRows, int typedCols) {
            return field + "의 크기는 " + shape(rows, cols) + "인데, 입력한 행렬은 " + shape(typedRows, typedCols) + "입니다.";
        }

        private static String shape(int rows, int cols) {
            return rows + " x " + cols + "(" + rows + "행 " + cols + "열)";
        }

        @Override String someEntriesWrong(int right, int total, int firstWrongRow, int firstWrongColumn) {
            return "정답이 아닙니다. 성분 " + total + "개 중 " + right + "개가 맞습니다. " + firstWrongRow + "행 " + firstWrongColumn
                    + "열을 다시 살펴보십시오.";
        }

        @Override String noFormula(String field) {
            return field + "에 답이 없습니다. z*(1-z)*y처럼 식을 입력하십시오.";
        }

        @Override String formulaTooLong(int maxLength) {
            return "식이 " + maxLength + "자보다 깁니다.";
        }

        @Override String formulaError(ExpressionException e) {
            return e.column() + "번째 글자: " + e.reason(Language.KO) + ".";
        }

        @Override String unknownName(int column, String name, List<String> known) {
            return column + "번째 글자: 알 수 없는 이름 '" + name + "'입니다. 쓸 수 있는 이름은 " + String.join(", ", known) + "입니다.";
        }

        @Override String formulaCorrect(int points) {
            return "정답입니다. 입력한 식이 " + points + "개 점 모두에서 그래디언트와 일치합니다.";
        }

        @Override String formulaDiffers(String point, String field) {
            return "정답이 아닙니다. " + point + "일 때 입력한 식의 값이 " + field + "의 값과 다릅니다.";
        }

        @Override String selectEvery() {
            return "옳은 선택지를 모두 고르십시오.";
        }

        @Override String selectOne() {
            return "선택지를 하나 고르십시오.";
        }

        @Override String selectOnlyOne() {
            return "선택지는 하나만 고르십시오.";
        }

        @Override String notAnOption(String shown) {
            return shown + "에 해당하는 선택지가 없습니다.";
        }

        @Override String notExactlyTheTrueSet() {
            return "정답이 아닙니다. 각 문장을 다시 살펴보십시오. 옳은 문장은 모두 고르고, 옳지 않은 문장은 하나도 고르지 않아야 합니다.";
        }
    }
}
