package dev.chainrule.grader.expr;

/**
 * What can be wrong in expression-language source. An {@link ExpressionException} carries one of
 * these with its arguments (as text), so its reason can be written in any {@link
 * dev.chainrule.grader.exercise.Language}; the wording of each, in every language, is in {@code ExpressionMessages}.
 * An argument named {@code found} is the text of the token met instead: "" at the end of the input,
 * a line break at the end of a line, otherwise the token as written.
 */
public enum ExpressionError {
    /** (character: quoted, or U+XXXX when not printable ASCII) */
    UNEXPECTED_CHARACTER,
    /** () a number ends in 'e' without digits */
    EXPONENT_WITHOUT_DIGITS,
    /** (number) */
    NUMBER_TOO_LARGE,
    /** (found) after a statement's expression */
    EXPECTED_STATEMENT_END,
    /** () a formula is empty */
    EXPECTED_EXPRESSION,
    /** (found) after a formula's expression */
    EXPECTED_OPERATOR_OR_END,
    /** (found) where a statement should start */
    EXPECTED_STATEMENT_NAME,
    /** (name, found) */
    EXPECTED_EQUALS,
    /** () the exponent names a variable */
    EXPONENT_NOT_CONSTANT,
    /** (largest allowed magnitude) */
    EXPONENT_OUT_OF_RANGE,
    /** (found) where a number, name or '(' should be */
    EXPECTED_OPERAND,
    /** (name, the known functions separated by ", ") */
    UNKNOWN_FUNCTION,
    /** (function, arguments it takes, arguments given) */
    WRONG_ARGUMENT_COUNT,
    /** (column of the '(', its line or "" when on the line of the error, found) */
    EXPECTED_CLOSING,
    /** (deepest nesting allowed) */
    TOO_DEEP,
    /** () the source has no statement */
    NO_STATEMENTS,
    /** (name) */
    FUNCTION_ASSIGNED,
    /** (name, line of the first definition) */
    ALREADY_DEFINED,
    /** (name, line of its definition) */
    USED_BEFORE_DEFINED,
    /** () */
    NO_SOURCE,
    /** (longest length allowed) */
    SOURCE_TOO_LONG,
    /** (name) */
    UNKNOWN_NAME
}
