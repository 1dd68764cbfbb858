package dev.chainrule.server.lesson;

import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Node;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Writes {@code exercise} fences as exercise slots, {@code diagram} and {@code network} fences as figures (when rendering
 * a lesson) and every other fence as commonmark's usual code block.
 */
final class ExerciseFenceRenderer implements NodeRenderer {

    private final HtmlNodeRendererContext context;
    /** The lesson's figures, or null outside a lesson (a prompt, say), where such blocks stay code. */
    private final LessonDiagrams diagrams;

    ExerciseFenceRenderer(HtmlNodeRendererContext context, LessonDiagrams diagrams) {
        this.context = context;
        this.diagrams = diagrams;
    }

    @Override
    public Set<Class<? extends Node>> getNodeTypes() {
        return Set.of(FencedCodeBlock.class);
    }

    @Override
    public void render(Node node) {
        FencedCodeBlock block = (FencedCodeBlock) node;
        String info = block.getInfo() == null ? "" : block.getInfo().strip();
        var html = context.getWriter();
        html.line();
        if (info.equals("exercise")) {
            html.raw(RenderedMarkdown.slot(block.getLiteral().strip()) + "\n");
            return;
        }
        if (diagrams != null && LessonDiagrams.handles(info)) {
            html.raw(diagrams.figure(info, block.getLiteral()));
            return;
        }
        Map<String, String> codeAttributes = new LinkedHashMap<>();
        String language = info.isEmpty() ? "" : info.split("\\s+")[0];
        if (!language.isEmpty()) {
            codeAttributes.put("class", "language-" + language);
        }
        html.tag("pre", context.extendAttributes(block, "pre", Map.of()));
        html.tag("code", context.extendAttributes(block, "code", codeAttributes));
        html.text(block.getLiteral());
        html.tag("/code");
        html.tag("/pre");
        html.line();
    }
}
