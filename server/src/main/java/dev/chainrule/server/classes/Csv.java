package dev.chainrule.server.classes;

/**
 * Writes CSV cells (RFC 4180): a cell with a comma, quote or line break is quoted, quotes doubled. Text a person typed
 * that a spreadsheet would run as a formula (starting with = + - @, tab or carriage return) gets a leading apostrophe.
 */
final class Csv {

    private Csv() {
    }

    /** A text cell, made formula-safe and quoted when needed. */
    static String text(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        char first = value.charAt(0);
        String safe = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + value : value;
        boolean quote = safe.indexOf(',') >= 0 || safe.indexOf('"') >= 0 || safe.indexOf('\n') >= 0 || safe.indexOf('\r') >= 0;
        return quote ? '"' + safe.replace("\"", "\"\"") + '"' : safe;
    }

    /** A number cell with up to four decimals, empty for null. */
    static String number(Double value) {
        if (value == null) {
            return "";
        }
        double rounded = Math.round(value * 10000) / 10000.0;
        return rounded == Math.rint(rounded) ? String.valueOf((long) rounded) : String.valueOf(rounded);
    }

    /** One line: the cells (already written) joined by commas, ended by CRLF. */
    static String line(Iterable<String> cells) {
        return String.join(",", cells) + "\r\n";
    }
}
