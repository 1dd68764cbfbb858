package dev.chainrule.content;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks that a translated lesson teaches the same thing as the original: the same exercises in the same order, the
 * same worked examples (graphs and values, so every quoted number is the same), the same figures and exercise blocks
 * in the same order, the same headings by level, the same worked-number references, display formulas and links.
 * Words may differ; structure and numbers may not.
 */
public final class TranslationCheck {
    private static final Pattern REFERENCE = Pattern.compile("\\{\\{\\s*([^}]+?)\\s*}}");
    private static final Pattern LINK = Pattern.compile("\\]\\((/[^)\\s]*)\\)");
    private static final Pattern HEADING = Pattern.compile("^(#{1,6})\\s", Pattern.MULTILINE);

    private TranslationCheck() {}

    /** Every difference between the lessons in {@code original} and {@code translation} of one course. */
    public static List<ContentException> check(ContentSource source, String original, String translation) {
        List<ContentException> problems = new ArrayList<>();
        Course base;
        Course other;
        try {
            base = CourseLoader.load(source, original);
            other = CourseLoader.load(source, translation);
        } catch (ContentException e) {
            problems.add(e);
            return problems;
        }
        for (Lesson lesson : base.lessons()) {
            Lesson translated = other.lesson(lesson.slug()).orElseThrow();
            String file = source.describe(translated.sourceName());
            String body = raw(source, translated);
            String baseBody = raw(source, lesson);
            compare(problems, file, "exercises", lesson.exerciseIds(), translated.exerciseIds());
            if (!sameWorked(lesson.worked(), translated.worked())) {
                problems.add(new ContentException(file, 1, "the worked examples differ from " + lesson.sourceName()
                        + ": copy the 'worked:' block unchanged, so every quoted number is the same"));
            }
            compare(problems, file, "figure and exercise blocks", blocks(baseBody), blocks(body));
            compare(problems, file, "headings (by level)", headings(baseBody), headings(body));
            compare(problems, file, "worked-number references {{...}}", sorted(all(REFERENCE, baseBody)), sorted(all(REFERENCE, body)));
            compare(problems, file, "links to course pages", sorted(all(LINK, baseBody)), sorted(all(LINK, body)));
            compare(problems, file, "number of display formulas ($$)", List.of(count(baseBody, "$$")), List.of(count(body, "$$")));
            if (translated.goals().size() != lesson.goals().size()) {
                problems.add(new ContentException(file, 1, "has " + translated.goals().size() + " goals, " + lesson.sourceName() + " has "
                        + lesson.goals().size()));
            }
        }
        return problems;
    }

    private static void compare(List<ContentException> problems, String file, String what, List<?> expected, List<?> found) {
        if (!expected.equals(found)) {
            problems.add(new ContentException(file, 0, what + " differ from the original: expected " + expected + ", found " + found));
        }
    }

    private static boolean sameWorked(Map<String, WorkedExample> a, Map<String, WorkedExample> b) {
        if (!a.keySet().equals(b.keySet())) {
            return false;
        }
        for (Map.Entry<String, WorkedExample> e : a.entrySet()) {
            WorkedExample other = b.get(e.getKey());
            if (!e.getValue().graph().strip().equals(other.graph().strip()) || !Objects.equals(e.getValue().values(), other.values())) {
                return false;
            }
        }
        return true;
    }

    /** The lesson body as written (references not yet replaced by numbers). */
    private static String raw(ContentSource source, Lesson lesson) {
        String text = source.read(lesson.sourceName()).orElseThrow().replace("\r\n", "\n");
        int end = text.indexOf("\n---\n", 3);
        return end < 0 ? "" : text.substring(end + 5);
    }

    /** Each ```exercise/```diagram/```network block as "kind: line". */
    private static List<String> blocks(String body) {
        List<String> out = new ArrayList<>();
        String[] lines = body.split("\n", -1);
        for (int i = 0; i + 1 < lines.length; i++) {
            String fence = lines[i].strip();
            if (fence.equals("```exercise") || fence.equals("```diagram") || fence.equals("```network")) {
                out.add(fence.substring(3) + ": " + lines[i + 1].strip());
            }
        }
        return out;
    }

    private static List<Integer> headings(String body) {
        List<Integer> levels = new ArrayList<>();
        boolean fenced = false;
        for (String line : body.split("\n", -1)) {
            if (line.strip().startsWith("```")) {
                fenced = !fenced;
            } else if (!fenced) {
                Matcher m = HEADING.matcher(line);
                if (m.find()) {
                    levels.add(m.group(1).length());
                }
            }
        }
        return levels;
    }

    private static List<String> all(Pattern pattern, String text) {
        List<String> out = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            out.add(m.group(1).replaceAll("\\s+", ""));
        }
        return out;
    }

    private static List<String> sorted(List<String> list) {
        List<String> copy = new ArrayList<>(list);
        Collections.sort(copy);
        return copy;
    }

    private static int count(String text, String needle) {
        int n = 0;
        for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + needle.length())) {
            n++;
        }
        return n;
    }
}
