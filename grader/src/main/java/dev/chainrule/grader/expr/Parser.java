package dev.chainrule.grader.expr;

import java.util.ArrayList;
import java.util.List;

/**
 * Recursive-descent parser. Grammar, lowest precedence first:
 * <pre>
 * program   := statement ((';' | newline) statement)*
 * statement := NAME '=' sum
 * sum       := product (('+' | '-') product)*
 * product   := unary (('*' | '/') unary)*
 * unary     := '-' unary | power
 * power     := primary ('^' unary)?        the exponent must be constant: x^2, x^-1, x^(1/2), x^2^3 = x^8
 * primary   := NUMBER | NAME | NAME '(' sum (',' sum)* ')' | '(' sum ')'
 * </pre>
 */
final class Parser {
    /** Deeper nesting of parentheses, calls and minus signs is refused (it would only be an attack). */
    static final int MAX_NESTING = 64;
    /** Larger constant exponents only serve to overflow. */
    static final double MAX_EXPONENT = 100;

    private final List<Token> tokens;
    private int current;
    private int nesting;

    Parser(List<Token> tokens) {
        this.tokens = tokens;
    }

    List<Statement> program() {
        List<Statement> statements = new ArrayList<>();
        skipSeparators();
        while (peek().type() != Token.Type.END) {
            statements.add(statement());
            if (peek().type() != Token.Type.END && peek().type() != Token.Type.SEPARATOR) {
                throw error(peek(), ExpressionError.EXPECTED_STATEMENT_END, peek().text());
            }
            skipSeparators();
        }
        return statements;
    }

    /** A single expression, the whole input (used for formulas typed by learners). */
    Expr expressionOnly() {
        skipSeparators();
        if (peek().type() == Token.Type.END) {
            throw error(peek(), ExpressionError.EXPECTED_EXPRESSION);
        }
        Expr e = sum();
        skipSeparators();
        if (peek().type() != Token.Type.END) {
            throw error(peek(), ExpressionError.EXPECTED_OPERATOR_OR_END, peek().text());
        }
        return e;
    }

    private Statement statement() {
        Token name = peek();
        if (name.type() != Token.Type.NAME) {
            throw error(name, ExpressionError.EXPECTED_STATEMENT_NAME, name.text());
        }
        advance();
        if (peek().type() != Token.Type.EQUALS) {
            throw error(peek(), ExpressionError.EXPECTED_EQUALS, name.text(), peek().text());
        }
        advance();
        return new Statement(name.text(), sum(), name.line(), name.column());
    }

    // sum() and product() call the next level from one place only: TeaVM's FULL optimisation
    // inlines every call site, and two sites per level grew the browser bundle by 75 KB.
    private Expr sum() {
        Expr left = null;
        char op = 0;
        while (true) {
            Expr right = product();
            left = left == null ? right : new Expr.Binary(op, left, right);
            if (peek().type() != Token.Type.PLUS && peek().type() != Token.Type.MINUS) {
                return left;
            }
            op = advance().text().charAt(0);
        }
    }

    private Expr product() {
        Expr left = null;
        char op = 0;
        while (true) {
            Expr right = unary();
            left = left == null ? right : new Expr.Binary(op, left, right);
            if (peek().type() != Token.Type.STAR && peek().type() != Token.Type.SLASH) {
                return left;
            }
            op = advance().text().charAt(0);
        }
    }

    private Expr unary() {
        int minuses = 0;
        while (peek().type() == Token.Type.MINUS) {
            enter(advance());
            minuses++;
        }
        Expr e = power();
        for (int i = 0; i < minuses; i++) {
            e = new Expr.Negate(e);
        }
        nesting -= minuses;
        return e;
    }

    private Expr power() {
        Expr base = primary();
        if (peek().type() != Token.Type.CARET) {
            return base;
        }
        Token caret = advance();
        Token start = peek();
        enter(caret);
        Expr exponent = unary();
        nesting--;
        if (!Program.names(exponent).isEmpty()) {
            throw error(start, ExpressionError.EXPONENT_NOT_CONSTANT);
        }
        double value = Graph.evaluate(exponent, java.util.Map.of()).data();
        if (!Double.isFinite(value) || Math.abs(value) > MAX_EXPONENT) {
            throw error(start, ExpressionError.EXPONENT_OUT_OF_RANGE, Integer.toString((int) MAX_EXPONENT));
        }
        return new Expr.Power(base, value);
    }

    private Expr primary() {
        Token t = peek();
        switch (t.type()) {
            case NUMBER:
                advance();
                return new Expr.Number(t.number());
            case NAME:
                advance();
                if (peek().type() == Token.Type.LEFT_PAREN) {
                    return call(t);
                }
                return new Expr.Name(t.text(), t.line(), t.column());
            case LEFT_PAREN: {
                Token open = advance();
                enter(open);
                Expr inner = sum();
                expectClosing(open);
                nesting--;
                return inner;
            }
            default:
                throw error(t, ExpressionError.EXPECTED_OPERAND, t.text());
        }
    }

    private Expr call(Token name) {
        Expr.Function function = Expr.Function.byName(name.text());
        if (function == null) {
            throw error(name, ExpressionError.UNKNOWN_FUNCTION, name.text(), Expr.Function.known());
        }
        Token open = advance();
        enter(open);
        List<Expr> arguments = new ArrayList<>();
        boolean more = peek().type() != Token.Type.RIGHT_PAREN;
        while (more) {
            arguments.add(sum());
            more = peek().type() == Token.Type.COMMA;
            if (more) {
                advance();
            }
        }
        expectClosing(open);
        nesting--;
        if (arguments.size() != function.arity()) {
            throw error(name, ExpressionError.WRONG_ARGUMENT_COUNT, function.id(), Integer.toString(function.arity()),
                    Integer.toString(arguments.size()));
        }
        return new Expr.Call(function, arguments);
    }

    private void expectClosing(Token open) {
        if (peek().type() != Token.Type.RIGHT_PAREN) {
            throw error(peek(), ExpressionError.EXPECTED_CLOSING, Integer.toString(open.column()),
                    open.line() == peek().line() ? "" : Integer.toString(open.line()), peek().text());
        }
        advance();
    }

    private void enter(Token at) {
        nesting++;
        if (nesting > MAX_NESTING) {
            throw error(at, ExpressionError.TOO_DEEP, Integer.toString(MAX_NESTING));
        }
    }

    private void skipSeparators() {
        while (peek().type() == Token.Type.SEPARATOR) {
            advance();
        }
    }

    private Token peek() {
        return tokens.get(current);
    }

    private Token advance() {
        Token t = tokens.get(current);
        if (t.type() != Token.Type.END) {
            current++;
        }
        return t;
    }

    private static ExpressionException error(Token at, ExpressionError error, String... arguments) {
        return new ExpressionException(at.line(), at.column(), error, arguments);
    }
}
