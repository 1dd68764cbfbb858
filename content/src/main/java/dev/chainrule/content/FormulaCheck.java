package dev.chainrule.content;

import java.util.ArrayList;
import java.util.List;

/**
 * Catches the formula mistakes that make KaTeX fail, without a browser: an unclosed {@code $} or {@code $$},
 * unbalanced braces, {@code \left} without {@code \right}, {@code \begin} and {@code \end} that do not pair.
 * Fenced and inline code are skipped. (The browser tests render every formula with KaTeX itself.)
 */
final class FormulaCheck {
    private FormulaCheck() {}

    /** Problems in {@code markdown}, whose first line is line {@code firstLine} of {@code file} (0: unknown). */
    static List<ContentException> check(String file, String markdown, int firstLine) {
        List<ContentException> problems = new ArrayList<>();
        String[] lines = markdown.split("\n", -1);
        boolean fenced = false;
        StringBuilder display = null;
        int displayLine = 0;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            int at = firstLine == 0 ? 0 : firstLine + i;
            if (line.strip().startsWith("```")) {
                fenced = !fenced;
                continue;
            }
            if (fenced) {
                continue;
            }
            String text = withoutInlineCode(line);
            if (display != null) {
                int close = text.indexOf("$$");
                if (close < 0) {
                    display.append(text).append('\n');
                    continue;
                }
                display.append(text, 0, close);
                balance(file, displayLine, display.toString(), problems);
                display = null;
                text = text.substring(close + 2);
            }
            int pos = 0;
            while (pos < text.length()) {
                int open = nextDollar(text, pos);
                if (open < 0) {
                    break;
                }
                if (text.startsWith("$$", open)) {
                    int close = text.indexOf("$$", open + 2);
                    if (close < 0) {
                        display = new StringBuilder(text.substring(open + 2)).append('\n');
                        displayLine = at;
                        break;
                    }
                    balance(file, at, text.substring(open + 2, close), problems);
                    pos = close + 2;
                } else {
                    int close = nextDollar(text, open + 1);
                    if (close < 0) {
                        problems.add(new ContentException(file, at, "'$' opens inline math that is not closed on this line"));
                        break;
                    }
                    balance(file, at, text.substring(open + 1, close), problems);
                    pos = close + 1;
                }
            }
        }
        if (display != null) {
            problems.add(new ContentException(file, displayLine, "'$$' opens display math that is never closed"));
        }
        return problems;
    }

    private static int nextDollar(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            if (text.charAt(i) == '\\') {
                i++;
            } else if (text.charAt(i) == '$') {
                return i;
            }
        }
        return -1;
    }

    private static String withoutInlineCode(String line) {
        StringBuilder out = new StringBuilder();
        boolean code = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '`') {
                code = !code;
            } else if (!code) {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static void balance(String file, int line, String tex, List<ContentException> problems) {
        int depth = 0;
        int lefts = 0;
        List<String> environments = new ArrayList<>();
        for (int i = 0; i < tex.length(); i++) {
            char c = tex.charAt(i);
            if (c == '\\') {
                String command = command(tex, i + 1);
                if (command.equals("left")) {
                    lefts++;
                } else if (command.equals("right")) {
                    lefts--;
                } else if (command.equals("begin") || command.equals("end")) {
                    String env = argument(tex, i + 1 + command.length());
                    if (command.equals("begin")) {
                        environments.add(env);
                    } else {
                        String open = environments.isEmpty() ? null : environments.remove(environments.size() - 1);
                        if (!env.equals(open)) {
                            problems.add(new ContentException(file, line, "\\end{" + env + "} does not close "
                                    + (open == null ? "any \\begin" : "\\begin{" + open + "}")));
                            return;
                        }
                    }
                }
                i += Math.max(1, command.length());
            } else if (c == '{') {
                depth++;
            } else if (c == '}') {
                depth--;
                if (depth < 0) {
                    problems.add(new ContentException(file, line, "a '}' closes no '{' in the formula '" + shorten(tex) + "'"));
                    return;
                }
            }
        }
        if (depth > 0) {
            problems.add(new ContentException(file, line, "a '{' is never closed in the formula '" + shorten(tex) + "'"));
        } else if (lefts != 0) {
            problems.add(new ContentException(file, line, "\\left and \\right do not pair in the formula '" + shorten(tex) + "'"));
        } else if (!environments.isEmpty()) {
            problems.add(new ContentException(file, line, "\\begin{" + environments.get(0) + "} is never ended"));
        }
    }

    private static String command(String tex, int from) {
        int end = from;
        while (end < tex.length() && Character.isLetter(tex.charAt(end))) {
            end++;
        }
        return end == from ? (from < tex.length() ? tex.substring(from, from + 1) : "") : tex.substring(from, end);
    }

    private static String argument(String tex, int from) {
        int open = tex.indexOf('{', from);
        int close = open < 0 ? -1 : tex.indexOf('}', open);
        return close < 0 ? "" : tex.substring(open + 1, close);
    }

    private static String shorten(String tex) {
        String t = tex.strip().replace('\n', ' ');
        return t.length() > 40 ? t.substring(0, 40) + "…" : t;
    }
}
