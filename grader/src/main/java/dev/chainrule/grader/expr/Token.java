package dev.chainrule.grader.expr;

/** A lexical token with its position in the source. */
record Token(Type type, String text, double number, int line, int column) {

    enum Type { NUMBER, NAME, PLUS, MINUS, STAR, SLASH, CARET, LEFT_PAREN, RIGHT_PAREN, COMMA, EQUALS, SEPARATOR, END }
}
