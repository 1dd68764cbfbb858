package dev.chainrule.server.lesson;

import java.util.ArrayList;
import java.util.List;

/**
 * Takes {@code $...$} and {@code $$...$$} out of Markdown before it is parsed, leaving placeholders that Markdown
 * does not touch, so that TeX underscores and backslashes survive. Fenced code blocks, inline code and {@code \$}
 * are left as they are (indented code blocks are not recognised: lessons use fences). Inline math opens with a {@code $} followed by a non-space and closes with a {@code $}
 * preceded by a non-space and not followed by a digit, within one paragraph (so "$5 and $6" stays text).
 */
final class MathSpans {

    /** One formula taken out of the text: its TeX source and whether it is display math. */
    record Formula(String tex, boolean display) {
    }

    /** Markdown with placeholders, and the formulas they stand for, by index. */
    record Extracted(String markdown, List<Formula> formulas) {
    }

    static final String PREFIX = "CHAINRULEMATH";
    static final String SUFFIX = "X";

    private MathSpans() {
    }

    static String placeholder(int index) {
        return PREFIX + index + SUFFIX;
    }

    static Extracted extract(String markdown) {
        return replaceOutsideCode(markdown, new ArrayList<>());
    }

    private static Extracted replaceOutsideCode(String markdown, List<Formula> formulas) {
        StringBuilder out = new StringBuilder(markdown.length());
        String[] lines = markdown.split("\n", -1);
        String fence = null;
        StringBuilder prose = new StringBuilder();
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            String terminator = i < lines.length - 1 ? "\n" : "";
            String opener = fenceOpener(line);
            if (fence == null && opener == null) {
                prose.append(line).append(terminator);
                continue;
            }
            if (fence == null) {
                out.append(replaceInProse(prose.toString(), formulas));
                prose.setLength(0);
                fence = opener;
            } else if (isFenceCloser(line, fence)) {
                fence = null;
            }
            out.append(line).append(terminator);
        }
        out.append(replaceInProse(prose.toString(), formulas));
        return new Extracted(out.toString(), List.copyOf(formulas));
    }

    private static String replaceInProse(String text, List<Formula> formulas) {
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length()) {
                out.append(c).append(text.charAt(i + 1));
                i += 2;
            } else if (c == '`') {
                int end = codeSpanEnd(text, i);
                out.append(text, i, end);
                i = end;
            } else if (c == '$') {
                int end = text.startsWith("$$", i) ? displayEnd(text, i) : inlineEnd(text, i);
                if (end < 0) {
                    out.append(c);
                    i++;
                    continue;
                }
                boolean display = text.startsWith("$$", i);
                int open = display ? 2 : 1;
                formulas.add(new Formula(text.substring(i + open, end - open).trim(), display));
                out.append(placeholder(formulas.size() - 1));
                i = end;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    /** The index just past a code span that starts at {@code start}, or past the backtick run when it is not closed. */
    private static int codeSpanEnd(String text, int start) {
        int run = start;
        while (run < text.length() && text.charAt(run) == '`') {
            run++;
        }
        String ticks = text.substring(start, run);
        int search = run;
        while (true) {
            int close = text.indexOf(ticks, search);
            if (close < 0) {
                return run;
            }
            int after = close + ticks.length();
            if (after >= text.length() || text.charAt(after) != '`') {
                return after;
            }
            while (after < text.length() && text.charAt(after) == '`') {
                after++;
            }
            search = after;
        }
    }

    /** The index just past the closing {@code $$}, or -1. */
    private static int displayEnd(String text, int start) {
        int close = text.indexOf("$$", start + 2);
        if (close < 0 || close == start + 2) {
            return -1;
        }
        return close + 2;
    }

    /** The index just past the closing {@code $} of inline math starting at {@code start}, or -1. */
    private static int inlineEnd(String text, int start) {
        int first = start + 1;
        if (first >= text.length() || Character.isWhitespace(text.charAt(first))) {
            return -1;
        }
        for (int j = first; j < text.length(); j++) {
            char c = text.charAt(j);
            if (c == '\\') {
                j++;
            } else if (c == '\n' && isBlankLineAt(text, j + 1)) {
                return -1;
            } else if (c == '$') {
                boolean closes = !Character.isWhitespace(text.charAt(j - 1))
                        && (j + 1 >= text.length() || !Character.isDigit(text.charAt(j + 1)));
                return closes ? j + 1 : -1;
            }
        }
        return -1;
    }

    private static boolean isBlankLineAt(String text, int from) {
        int end = text.indexOf('\n', from);
        return text.substring(from, end < 0 ? text.length() : end).isBlank();
    }

    /** The fence (a run of three or more backticks or tildes) a line opens with, indented at most three spaces, or null. */
    private static String fenceOpener(String line) {
        int indent = 0;
        while (indent < line.length() && indent < 4 && line.charAt(indent) == ' ') {
            indent++;
        }
        if (indent > 3 || indent >= line.length()) {
            return null;
        }
        char c = line.charAt(indent);
        if (c != '`' && c != '~') {
            return null;
        }
        int end = indent;
        while (end < line.length() && line.charAt(end) == c) {
            end++;
        }
        if (end - indent < 3 || (c == '`' && line.indexOf('`', end) >= 0)) {
            return null;
        }
        return line.substring(indent, end);
    }

    private static boolean isFenceCloser(String line, String fence) {
        String trimmed = line.strip();
        return trimmed.length() >= fence.length() && trimmed.chars().allMatch(ch -> ch == fence.charAt(0))
                && line.length() - line.stripLeading().length() <= 3;
    }
}
