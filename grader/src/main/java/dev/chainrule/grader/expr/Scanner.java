package dev.chainrule.grader.expr;

import dev.chainrule.grader.util.DecimalParser;
import java.util.ArrayList;
import java.util.List;

/** Turns source text into tokens. ASCII only: no Unicode tables, no regular expressions (TeaVM size). */
final class Scanner {
    private final String source;
    private final List<Token> tokens = new ArrayList<>();
    private int pos;
    private int line = 1;
    private int lineStart;

    Scanner(String source) {
        this.source = source;
    }

    List<Token> scan() {
        while (pos < source.length()) {
            char c = source.charAt(pos);
            int column = pos - lineStart + 1;
            if (c == ' ' || c == '\t' || c == '\r') {
                pos++;
            } else if (c == '#') {
                while (pos < source.length() && source.charAt(pos) != '\n') {
                    pos++;
                }
            } else if (c == '\n') {
                add(Token.Type.SEPARATOR, "\n", column);
                pos++;
                line++;
                lineStart = pos;
            } else if (isDigit(c) || (c == '.' && pos + 1 < source.length() && isDigit(source.charAt(pos + 1)))) {
                number(column);
            } else if (isNameStart(c)) {
                int start = pos;
                while (pos < source.length() && isNamePart(source.charAt(pos))) {
                    pos++;
                }
                tokens.add(new Token(Token.Type.NAME, source.substring(start, pos), 0, line, column));
            } else {
                Token.Type type = symbol(c);
                if (type == null) {
                    throw new ExpressionException(line, column, ExpressionError.UNEXPECTED_CHARACTER, describeChar(c));
                }
                add(type, String.valueOf(c), column);
                pos++;
            }
        }
        tokens.add(new Token(Token.Type.END, "", 0, line, pos - lineStart + 1));
        return tokens;
    }

    private void add(Token.Type type, String text, int column) {
        tokens.add(new Token(type, text, 0, line, column));
    }

    private void number(int column) {
        int start = pos;
        while (pos < source.length() && isDigit(source.charAt(pos))) {
            pos++;
        }
        if (pos < source.length() && source.charAt(pos) == '.') {
            pos++;
            while (pos < source.length() && isDigit(source.charAt(pos))) {
                pos++;
            }
        }
        if (pos < source.length() && (source.charAt(pos) == 'e' || source.charAt(pos) == 'E')) {
            int mark = pos;
            pos++;
            if (pos < source.length() && (source.charAt(pos) == '+' || source.charAt(pos) == '-')) {
                pos++;
            }
            if (pos >= source.length() || !isDigit(source.charAt(pos))) {
                throw new ExpressionException(line, mark - lineStart + 1, ExpressionError.EXPONENT_WITHOUT_DIGITS);
            }
            while (pos < source.length() && isDigit(source.charAt(pos))) {
                pos++;
            }
        }
        String text = source.substring(start, pos);
        double value = DecimalParser.parse(text);
        if (Double.isInfinite(value)) {
            throw new ExpressionException(line, column, ExpressionError.NUMBER_TOO_LARGE, text);
        }
        tokens.add(new Token(Token.Type.NUMBER, text, value, line, column));
    }

    private static Token.Type symbol(char c) {
        switch (c) {
            case '+': return Token.Type.PLUS;
            case '-': return Token.Type.MINUS;
            case '*': return Token.Type.STAR;
            case '/': return Token.Type.SLASH;
            case '^': return Token.Type.CARET;
            case '(': return Token.Type.LEFT_PAREN;
            case ')': return Token.Type.RIGHT_PAREN;
            case ',': return Token.Type.COMMA;
            case '=': return Token.Type.EQUALS;
            case ';': return Token.Type.SEPARATOR;
            default: return null;
        }
    }

    private static String describeChar(char c) {
        if (c < 32 || c > 126) {
            String hex = Integer.toHexString(c).toUpperCase();
            while (hex.length() < 4) {
                hex = "0" + hex;
            }
            return "U+" + hex;
        }
        return "'" + c + "'";
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    static boolean isNameStart(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
    }

    static boolean isNamePart(char c) {
        return isNameStart(c) || isDigit(c);
    }
}
