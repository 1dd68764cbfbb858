package dev.chainrule.grader.expr;

/** A problem in expression-language source, at a line and column (both 1-based). */
public final class ExpressionException extends RuntimeException {
    private final int line;
    private final int column;
    private final String reason;

    public ExpressionException(int line, int column, String reason) {
        super("line " + line + ", column " + column + ": " + reason);
        this.line = line;
        this.column = column;
        this.reason = reason;
    }

    public int line() { return line; }
    public int column() { return column; }
    public String reason() { return reason; }
}
