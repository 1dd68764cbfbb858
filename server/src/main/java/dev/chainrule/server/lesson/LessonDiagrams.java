package dev.chainrule.server.lesson;

import dev.chainrule.content.ContentException;
import dev.chainrule.content.Lesson;
import dev.chainrule.content.WorkedExample;
import dev.chainrule.grader.expr.Graph;
import dev.chainrule.grader.expr.Program;
import dev.chainrule.server.web.Messages;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Draws one lesson's {@code diagram} and {@code network} blocks, in document order, as figures. A block that cannot be
 * drawn is a {@link ContentException} naming the lesson file, the block's line and what is wrong.
 */
final class LessonDiagrams {

    static final String DIAGRAM = "diagram";
    static final String NETWORK = "network";

    private final Lesson lesson;
    private final String file;
    private final Messages messages;
    /** The file line of each figure block's content, in document order (0 where unknown). */
    private final List<Integer> lines;
    private int drawn;

    LessonDiagrams(Lesson lesson, String file, Messages messages) {
        this.lesson = lesson;
        this.file = file;
        this.messages = messages;
        this.lines = blockLines(lesson.markdown(), lesson.bodyStartLine());
    }

    static boolean handles(String info) {
        return info.equals(DIAGRAM) || info.equals(NETWORK);
    }

    /** The figure for the next block, whose info string is {@code info} and whose content is {@code block}. */
    String figure(String info, String block) {
        int index = drawn++;
        int line = index < lines.size() ? lines.get(index) : 0;
        String id = lesson.slug() + "-figure-" + (index + 1);
        String content = block.strip();
        try {
            return info.equals(DIAGRAM) ? graph(id, content) : NetworkDiagram.figure(id, NetworkDiagram.parse(content), messages);
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new ContentException(file, line, "```" + info + " block '" + content + "': " + e.getMessage());
        }
    }

    private String graph(String id, String content) {
        String[] words = content.split("\\s+");
        if (words.length > 2 || (words.length == 2 && !words[1].equals("gradients")) || words[0].isEmpty()) {
            throw new IllegalArgumentException("a diagram block reads 'NAME' or 'NAME gradients'");
        }
        WorkedExample example = Optional.ofNullable(lesson.worked().get(words[0])).orElseThrow(() -> new IllegalArgumentException(
                "no worked example named '" + words[0] + "' (declared: " + String.join(", ", lesson.worked().keySet()) + ")"));
        Program program;
        try {
            program = Program.parse(example.graph());
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("its graph does not parse: " + e.getMessage(), e);
        }
        Graph graph = Graph.build(program, example.values());
        return GraphDiagram.figure(id, example.name(), graph, program.output(), words.length == 2, messages);
    }

    /** File lines of the content of each figure block ({@code ```diagram}, {@code ```network}), in order. */
    static List<Integer> blockLines(String markdown, int bodyStartLine) {
        List<Integer> lines = new ArrayList<>();
        String[] text = markdown.split("\n", -1);
        for (int i = 0; i < text.length; i++) {
            String line = text[i].strip();
            if (line.equals("```" + DIAGRAM) || line.equals("```" + NETWORK)) {
                lines.add(bodyStartLine + i + 1);
            }
        }
        return lines;
    }
}
