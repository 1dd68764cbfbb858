package dev.chainrule.server.lesson;

import dev.chainrule.content.Lesson;
import dev.chainrule.server.web.Html;
import dev.chainrule.server.web.Messages;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.ext.heading.anchor.IdGenerator;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Renders lesson Markdown to HTML: GFM tables, heading anchors, a table of contents from {@code ##} headings,
 * TeX math as {@code <span class="math math-inline">} / {@code <div class="math math-display">} elements for KaTeX,
 * {@code exercise} fenced blocks as slots for exercise boxes, and (in lessons) {@code diagram} and {@code network} blocks as
 * figures.
 */
public final class MarkdownRenderer {

    private static final Pattern PLACEHOLDER = Pattern.compile(MathSpans.PREFIX + "(\\d+)" + MathSpans.SUFFIX);

    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());

    private final Parser parser = Parser.builder().extensions(EXTENSIONS).build();

    public RenderedMarkdown render(String markdown) {
        return render(markdown, null);
    }

    /**
     * A lesson's body, with its {@code diagram} and {@code network} blocks drawn as figures; {@code file} names the
     * lesson's file in errors.
     *
     * @throws dev.chainrule.content.ContentException when a figure block cannot be drawn
     */
    public RenderedMarkdown renderLesson(Lesson lesson, String file, Messages messages) {
        return render(lesson.markdown(), new LessonDiagrams(lesson, file, messages));
    }

    private RenderedMarkdown render(String markdown, LessonDiagrams diagrams) {
        MathSpans.Extracted extracted = MathSpans.extract(markdown);
        Node document = parser.parse(extracted.markdown());
        Map<Heading, String> ids = headingIds(document, extracted.formulas());
        new MathNodes(extracted.formulas()).replaceIn(document);
        HtmlRenderer renderer = HtmlRenderer.builder()
                .extensions(EXTENSIONS)
                .nodeRendererFactory(context -> new ExerciseFenceRenderer(context, diagrams))
                .attributeProviderFactory(context -> (node, tagName, attributes) -> {
                    if (node instanceof Heading heading && ids.containsKey(heading)) {
                        attributes.put("id", ids.get(heading));
                    }
                })
                .build();
        List<TocEntry> toc = new ArrayList<>();
        ids.forEach((heading, id) -> {
            if (heading.getLevel() == 2) {
                toc.add(new TocEntry(id, inlineHtml(renderer, heading)));
            }
        });
        return new RenderedMarkdown(renderer.render(document), List.copyOf(toc));
    }

    /** Markdown rendered as a fragment (no exercise slots expected), e.g. an exercise prompt. */
    public String renderFragment(String markdown) {
        return render(markdown).html(id -> "");
    }

    /** One line of Markdown (a lesson goal, say) as inline HTML, without the paragraph around it. */
    public String renderInline(String markdown) {
        String html = renderFragment(markdown).strip();
        return html.startsWith("<p>") && html.endsWith("</p>") ? html.substring(3, html.length() - 4) : html;
    }

    private static String inlineHtml(HtmlRenderer renderer, Heading heading) {
        StringBuilder html = new StringBuilder();
        for (Node child = heading.getFirstChild(); child != null; child = child.getNext()) {
            html.append(renderer.render(child));
        }
        return html.toString().strip();
    }

    /** Anchor ids for every heading, in document order, from its text with formulas as their TeX source. */
    private static Map<Heading, String> headingIds(Node document, List<MathSpans.Formula> formulas) {
        IdGenerator generator = IdGenerator.builder().defaultId("section").build();
        Map<Heading, String> ids = new LinkedHashMap<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Heading heading) {
                StringBuilder text = new StringBuilder();
                heading.accept(new AbstractVisitor() {
                    @Override
                    public void visit(Text node) {
                        text.append(node.getLiteral());
                    }

                    @Override
                    public void visit(Code node) {
                        text.append(node.getLiteral());
                    }
                });
                Matcher m = PLACEHOLDER.matcher(text);
                ids.put(heading, generator.generateId(m.replaceAll(r -> Matcher.quoteReplacement(
                        formulas.get(Integer.parseInt(r.group(1))).tex()))));
            }
        });
        return ids;
    }

    /** Replaces placeholders in text nodes by math elements; a paragraph holding only display math becomes a block. */
    private record MathNodes(List<MathSpans.Formula> formulas) {

        void replaceIn(Node document) {
            List<Text> texts = new ArrayList<>();
            document.accept(new AbstractVisitor() {
                @Override
                public void visit(Text text) {
                    if (text.getLiteral().contains(MathSpans.PREFIX)) {
                        texts.add(text);
                    }
                }
            });
            texts.forEach(this::replace);
        }

        private void replace(Text text) {
            Matcher m = PLACEHOLDER.matcher(text.getLiteral());
            Node parent = text.getParent();
            if (parent instanceof Paragraph && text.getPrevious() == null && text.getNext() == null
                    && m.matches() && formula(m).display()) {
                HtmlBlock block = new HtmlBlock();
                block.setLiteral(element(formula(m)));
                parent.insertBefore(block);
                parent.unlink();
                return;
            }
            m.reset();
            int from = 0;
            String literal = text.getLiteral();
            while (m.find()) {
                if (m.start() > from) {
                    text.insertBefore(new Text(literal.substring(from, m.start())));
                }
                HtmlInline math = new HtmlInline();
                math.setLiteral(element(formula(m)));
                text.insertBefore(math);
                from = m.end();
            }
            if (from < literal.length()) {
                text.insertBefore(new Text(literal.substring(from)));
            }
            text.unlink();
        }

        private MathSpans.Formula formula(Matcher m) {
            return formulas.get(Integer.parseInt(m.group(1)));
        }

        private static String element(MathSpans.Formula formula) {
            String tex = Html.escape(formula.tex());
            return formula.display()
                    ? "<div class=\"math math-display\">" + tex + "</div>"
                    : "<span class=\"math math-inline\">" + tex + "</span>";
        }
    }
}
