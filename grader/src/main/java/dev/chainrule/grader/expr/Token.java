package dev.chainrule.grader.expr;

/** A lexical token with its position in the source. */
record Token(Type type, String text, double number, int line, int column) {

    enum Type { NUMBER, NAME, PLUS, MINUS, STAR, SLASH, CARET, LEFT_PAREN, RIGHT_PAREN, COMMA, EQUALS, SEPARATOR, END }

    /** How the token reads in an error message: "'*'", "name 'x'", "end of line". */
    String describe() {
        switch (type) {
            case NUMBER: return "number " + text;
            case NAME: return "name '" + text + "'";
            case SEPARATOR: return text.equals(";") ? "';'" : "end of line";
            case END: return "end of input";
            default: return "'" + text + "'";
        }
    }
}
