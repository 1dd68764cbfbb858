package dev.chainrule.server.web;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * No template shows a user-visible string of its own: every text with letters sits in an element whose content
 * Thymeleaf replaces ({@code th:text}, {@code th:utext}, {@code th:replace}, {@code th:insert}), and every
 * {@code title}, {@code alt}, {@code placeholder}, {@code aria-label} or {@code label} attribute has a {@code th:}
 * counterpart. So both languages' pages come from the message bundles alone.
 */
class TemplateStringsTest {

    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    private static final Pattern TOKEN = Pattern.compile("<!--.*?-->|<!DOCTYPE[^>]*>|<(/?)([a-zA-Z][\\w:.-]*)((?:[^>\"']|\"[^\"]*\"|'[^']*')*)>",
            Pattern.DOTALL | Pattern.CASE_INSENSITIVE);
    private static final Pattern VISIBLE_ATTRIBUTE = Pattern.compile("(?<![\\w:-])(title|alt|placeholder|aria-label|label)\\s*=\\s*\"([^\"]*)\"");
    private static final Set<String> VOID = Set.of("meta", "link", "input", "br", "img", "hr", "source", "col", "area", "base", "wbr");
    private static final Set<String> REPLACING = Set.of("th:text", "th:utext", "th:replace", "th:insert");
    private static final Set<String> RAW = Set.of("script", "style");

    /** An open element: its name and whether its content is replaced at render time. */
    private record Open(String name, boolean replaced) {
    }

    static List<String> problems(String file, String html) {
        List<String> problems = new ArrayList<>();
        Deque<Open> stack = new ArrayDeque<>();
        Matcher m = TOKEN.matcher(html);
        int at = 0;
        while (m.find()) {
            text(file, html, at, m.start(), stack, problems);
            at = m.end();
            if (m.group(2) == null) {
                continue; // a comment or the doctype
            }
            String name = m.group(2).toLowerCase();
            String attributes = m.group(3);
            if (!m.group(1).isEmpty()) {
                while (!stack.isEmpty() && !stack.pop().name().equals(name)) {
                    // an element closed implicitly
                }
                continue;
            }
            Matcher attribute = VISIBLE_ATTRIBUTE.matcher(attributes);
            while (attribute.find()) {
                if (hasLetters(attribute.group(2)) && !attributes.contains("th:" + attribute.group(1) + "=")
                        && !attributes.contains("th:attr=")) {
                    problems.add(file + ":" + line(html, m.start()) + ": " + attribute.group(1) + "=\"" + attribute.group(2)
                            + "\" without th:" + attribute.group(1));
                }
            }
            boolean selfClosing = attributes.strip().endsWith("/") || VOID.contains(name);
            if (!selfClosing) {
                boolean replaced = REPLACING.stream().anyMatch(a -> attributes.contains(a + "=")) || RAW.contains(name)
                        || (!stack.isEmpty() && stack.peek().replaced());
                stack.push(new Open(name, replaced));
            }
        }
        text(file, html, at, html.length(), stack, problems);
        return problems;
    }

    private static void text(String file, String html, int from, int to, Deque<Open> stack, List<String> problems) {
        String text = html.substring(from, to).strip();
        if (hasLetters(text) && (stack.isEmpty() || !stack.peek().replaced())) {
            problems.add(file + ":" + line(html, from) + ": text '" + text + "' is not from the message bundles");
        }
    }

    private static boolean hasLetters(String text) {
        return text.codePoints().anyMatch(Character::isLetter);
    }

    private static int line(String text, int offset) {
        return (int) text.substring(0, offset).chars().filter(c -> c == '\n').count() + 1;
    }

    @Test
    void noTemplateHasAHardCodedUserVisibleString() throws IOException {
        List<String> problems = new ArrayList<>();
        int templates = 0;
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                problems.addAll(problems(TEMPLATES.relativize(file).toString(), Files.readString(file)));
                templates++;
            }
        }
        assertTrue(templates >= 10, "found only " + templates + " templates under " + TEMPLATES.toAbsolutePath());
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void theCheckFindsTextAndAttributesThatDoNotComeFromTheBundles() {
        String html = """
                <main>
                  <h1 th:text="#{a.title}">Default, replaced</h1>
                  <p>Hard-coded words</p>
                  <p th:replace="~{x}"><span>replaced with its parent</span></p>
                  <button title="Press me" th:text="#{b}">x</button>
                  <img alt="a picture" th:alt="#{c}" src="/x.svg">
                  <span> 42 · → </span>
                  <script>const words = "not shown";</script>
                </main>
                """;
        assertEquals(List.of("t.html:3: text 'Hard-coded words' is not from the message bundles",
                "t.html:5: title=\"Press me\" without th:title"), problems("t.html", html));
    }
}
