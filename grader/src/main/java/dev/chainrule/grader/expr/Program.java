package dev.chainrule.grader.expr;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A parsed and checked graph definition: its statements in order and its parameters (the names
 * used but never assigned, in order of first use).
 */
public final class Program {
    /** Longer sources are refused before scanning. */
    public static final int MAX_SOURCE_LENGTH = 20_000;

    private final List<Statement> statements;
    private final List<String> parameters;

    private Program(List<Statement> statements, List<String> parameters) {
        this.statements = Collections.unmodifiableList(statements);
        this.parameters = Collections.unmodifiableList(parameters);
    }

    /** Parses and checks {@code source}; throws {@link ExpressionException} naming line and column. */
    public static Program parse(String source) {
        checkLength(source);
        List<Statement> statements = new Parser(new Scanner(source).scan()).program();
        if (statements.isEmpty()) {
            throw new ExpressionException(1, 1, ExpressionError.NO_STATEMENTS);
        }
        Map<String, Integer> index = new LinkedHashMap<>();
        for (int i = 0; i < statements.size(); i++) {
            Statement s = statements.get(i);
            if (Expr.Function.byName(s.name()) != null) {
                throw new ExpressionException(s.line(), s.column(), ExpressionError.FUNCTION_ASSIGNED, s.name());
            }
            Integer earlier = index.put(s.name(), i);
            if (earlier != null) {
                throw new ExpressionException(s.line(), s.column(), ExpressionError.ALREADY_DEFINED, s.name(),
                        Integer.toString(statements.get(earlier).line()));
            }
        }
        List<String> parameters = new ArrayList<>();
        for (int i = 0; i < statements.size(); i++) {
            for (Expr.Name n : names(statements.get(i).expression())) {
                Integer definition = index.get(n.name());
                if (definition == null) {
                    if (!parameters.contains(n.name())) {
                        parameters.add(n.name());
                    }
                } else if (definition >= i) {
                    throw new ExpressionException(n.line(), n.column(), ExpressionError.USED_BEFORE_DEFINED, n.name(),
                            Integer.toString(statements.get(definition).line()));
                }
            }
        }
        return new Program(new ArrayList<>(statements), parameters);
    }

    /** Parses one expression (no statements), e.g. a formula a learner typed. */
    public static Expr parseExpression(String source) {
        checkLength(source);
        return new Parser(new Scanner(source).scan()).expressionOnly();
    }

    public List<Statement> statements() {
        return statements;
    }

    public List<String> parameters() {
        return parameters;
    }

    /** Every name the program defines: parameters first, then statement names in order. */
    public List<String> names() {
        List<String> all = new ArrayList<>(parameters);
        for (Statement s : statements) {
            all.add(s.name());
        }
        return all;
    }

    /** The name of the last statement: the graph's output. */
    public String output() {
        return statements.get(statements.size() - 1).name();
    }

    private static void checkLength(String source) {
        if (source == null) {
            throw new ExpressionException(1, 1, ExpressionError.NO_SOURCE);
        }
        if (source.length() > MAX_SOURCE_LENGTH) {
            throw new ExpressionException(1, 1, ExpressionError.SOURCE_TOO_LONG, Integer.toString(MAX_SOURCE_LENGTH));
        }
    }

    /** Names in an expression, in reading order; iterative so long chains cannot overflow the stack. */
    public static List<Expr.Name> names(Expr root) {
        List<Expr.Name> names = new ArrayList<>();
        List<Expr> stack = new ArrayList<>();
        stack.add(root);
        while (!stack.isEmpty()) {
            Expr e = stack.remove(stack.size() - 1);
            if (e instanceof Expr.Name n) {
                names.add(n);
            } else if (e instanceof Expr.Negate neg) {
                stack.add(neg.operand());
            } else if (e instanceof Expr.Binary b) {
                stack.add(b.right());
                stack.add(b.left());
            } else if (e instanceof Expr.Power p) {
                stack.add(p.base());
            } else if (e instanceof Expr.Call c) {
                for (int i = c.arguments().size() - 1; i >= 0; i--) {
                    stack.add(c.arguments().get(i));
                }
            }
        }
        return names;
    }
}
