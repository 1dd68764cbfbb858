package dev.chainrule.grader.expr;

import dev.chainrule.grader.exercise.Language;
import java.util.Arrays;
import java.util.List;

/**
 * A problem in expression-language source, at a line and column (both 1-based): which {@link
 * ExpressionError} it is and the values its reason quotes, so the reason can be written in any language.
 */
public final class ExpressionException extends RuntimeException {
    private final int line;
    private final int column;
    private final ExpressionError error;
    private final List<String> arguments;

    public ExpressionException(int line, int column, ExpressionError error, String... arguments) {
        super("line " + line + ", column " + column + ": " + ExpressionMessages.english(error, Arrays.asList(arguments)));
        this.line = line;
        this.column = column;
        this.error = error;
        this.arguments = List.of(arguments);
    }

    public int line() { return line; }
    public int column() { return column; }
    public ExpressionError error() { return error; }

    /** The values the reason quotes, as text, in the order {@link ExpressionError} documents. */
    public List<String> arguments() { return arguments; }

    /** The reason in English, without position or final period: "unknown name 'p2'". */
    public String reason() {
        return reason(Language.EN);
    }

    /** The reason in {@code language}, without position or final period. */
    public String reason(Language language) {
        return language == Language.KO ? ExpressionMessages.korean(error, arguments) : ExpressionMessages.english(error, arguments);
    }
}
