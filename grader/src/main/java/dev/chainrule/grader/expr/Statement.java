package dev.chainrule.grader.expr;

/** {@code name = expression}, with the line it stands on. */
public record Statement(String name, Expr expression, int line, int column) {}
