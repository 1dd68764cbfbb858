package dev.chainrule.server.lesson;

import dev.chainrule.content.ContentException;
import dev.chainrule.content.Lesson;
import dev.chainrule.content.WorkedExample;
import dev.chainrule.server.web.Messages;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LessonDiagramsTest {

    private static final Messages MESSAGES = new Messages(Locale.ENGLISH);
    private static final MarkdownRenderer RENDERER = new MarkdownRenderer();
    private static final Map<String, WorkedExample> WORKED = Map.of("gate",
            new WorkedExample("gate", "q = x + y\nf = q * z", Map.of("x", -2.0, "y", 5.0, "z", -4.0)));

    private static Lesson lesson(String markdown) {
        return new Lesson("gates", 1, "en", "Gates", "Summary", List.of(), List.of(), markdown, "gates/lesson.en.md", 10, WORKED);
    }

    @Test
    void diagramAndNetworkBlocksBecomeNumberedFiguresInPlace() {
        String html = RENDERER.renderLesson(lesson("Before.\n\n```diagram\ngate\n```\n\n```network\n2 2 1\n```\n\nAfter.\n"),
                "gates/lesson.en.md", MESSAGES).html(id -> "");
        assertTrue(html.indexOf("Before.") < html.indexOf("id=\"gates-figure-1\""), html);
        assertTrue(html.indexOf("id=\"gates-figure-1\"") < html.indexOf("id=\"gates-figure-2\""), html);
        assertTrue(html.indexOf("id=\"gates-figure-2\"") < html.indexOf("After."), html);
        assertTrue(html.contains("aria-label=\"Computational graph of f with 5 nodes\""), html);
    }

    @Test
    void anUnknownWorkedExampleNamesTheFileTheLineAndTheBlock() {
        ContentException e = assertThrows(ContentException.class, () -> RENDERER.renderLesson(
                lesson("Text.\n\n```diagram\ngates gradients\n```\n"), "/courses/gates/lesson.en.md", MESSAGES));
        assertEquals("/courses/gates/lesson.en.md", e.file());
        assertEquals(13, e.line());
        assertTrue(e.reason().contains("```diagram block 'gates gradients'"), e.reason());
        assertTrue(e.reason().contains("no worked example named 'gates' (declared: gate)"), e.reason());
    }

    @Test
    void outsideALessonTheBlocksStayCode() {
        String html = RENDERER.renderFragment("```diagram\ngate\n```\n");
        assertTrue(html.contains("<code class=\"language-diagram\">gate"), html);
    }
}
