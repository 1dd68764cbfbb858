package dev.chainrule.server.lesson;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MarkdownRendererTest {

    private final MarkdownRenderer renderer = new MarkdownRenderer();

    private String html(String markdown) {
        return renderer.render(markdown).html(id -> "[box " + id + "]");
    }

    @Test
    void aGoalRendersAsInlineHtmlWithItsMathMarked() {
        assertEquals("Compute <span class=\"math math-inline\">\\partial P/\\partial w_2</span> by <em>hand</em>",
                renderer.renderInline("Compute $\\partial P/\\partial w_2$ by *hand*"));
    }

    @Test
    void underscoresAndBackslashesInsideInlineMathSurvive() {
        String html = html("The gradient $\\frac{\\partial P}{\\partial w_1} = x_1 * y_2$ matters.");
        assertTrue(html.contains("<span class=\"math math-inline\">\\frac{\\partial P}{\\partial w_1} = x_1 * y_2</span>"), html);
        assertFalse(html.contains("<em>"), html);
    }

    @Test
    void displayMathOnItsOwnLinesBecomesADisplayBlock() {
        String html = html("Before.\n\n$$\nz = \\sigma(w_2 \\, y)\n$$\n\nAfter.");
        assertTrue(html.contains("<div class=\"math math-display\">z = \\sigma(w_2 \\, y)</div>"), html);
        assertFalse(html.contains("<p><div"), html);
    }

    @Test
    void displayMathInsideAParagraphStaysInline() {
        String html = html("so $$a_1$$ here");
        assertTrue(html.contains("<p>so <span class=\"math math-display\">a_1</span> here</p>")
                || html.contains("<p>so <div class=\"math math-display\">a_1</div> here</p>"), html);
    }

    @Test
    void mathIsHtmlEscaped() {
        String html = html("$a < b \\& c > d$");
        assertTrue(html.contains(">a &lt; b \\&amp; c &gt; d</span>"), html);
    }

    @Test
    void dollarsInsideInlineCodeAreUntouched() {
        String html = html("Type `$x_1$` or ``a $b$ ` c`` literally, but $y$ is math.");
        assertTrue(html.contains("<code>$x_1$</code>"), html);
        assertTrue(html.contains("<code>a $b$ ` c</code>"), html);
        assertTrue(html.contains("<span class=\"math math-inline\">y</span>"), html);
    }

    @Test
    void dollarsInsideFencedCodeAreUntouched() {
        String html = html("```python\nprice = \"$5\" + \"$x_1$\"\n```\n\n~~~\n$$ a_b $$\n~~~\n\nThen $z$.");
        assertTrue(html.contains("<pre><code class=\"language-python\">price = &quot;$5&quot; + &quot;$x_1$&quot;\n</code></pre>"), html);
        assertTrue(html.contains("<pre><code>$$ a_b $$\n</code></pre>"), html);
        assertTrue(html.contains("<span class=\"math math-inline\">z</span>"), html);
    }

    @Test
    void pricesAndEscapedDollarsStayText() {
        String html = html("It costs $5 and $6, or \\$7.");
        assertEquals("<p>It costs $5 and $6, or $7.</p>\n", html);
    }

    @Test
    void inlineMathDoesNotCrossParagraphs() {
        String html = html("one $a\n\nb$ two");
        assertFalse(html.contains("math"), html);
    }

    @Test
    void exerciseBlocksBecomeSlotsFilledPerRequest() {
        RenderedMarkdown rendered = renderer.render("Text.\n\n```exercise\ntwo-neuron-weights\n```\n\nMore.\n\n```exercise\nsecond\n```\n");
        assertEquals(List.of("two-neuron-weights", "second"), rendered.exerciseIds());
        String html = rendered.html(id -> "<section id=\"" + id + "\"></section>");
        assertTrue(html.contains("<p>Text.</p>\n<section id=\"two-neuron-weights\"></section>\n<p>More.</p>"), html);
        assertFalse(html.contains("\u0000"), html);
    }

    @Test
    void tableOfContentsListsSecondLevelHeadingsWithTheirAnchors() {
        RenderedMarkdown rendered = renderer.render("# Title\n\n## Forward pass\n\n### Detail\n\n## The sigmoid $\\sigma'$\n\n## Forward pass\n");
        assertEquals(List.of(
                new TocEntry("forward-pass", "Forward pass"),
                new TocEntry("the-sigmoid-sigma", "The sigmoid <span class=\"math math-inline\">\\sigma&#39;</span>"),
                new TocEntry("forward-pass-1", "Forward pass")), rendered.toc());
        String html = rendered.html(id -> "");
        assertTrue(html.contains("<h2 id=\"forward-pass\">Forward pass</h2>"), html);
        assertTrue(html.contains("<h3 id=\"detail\">Detail</h3>"), html);
        assertTrue(html.contains("<h2 id=\"forward-pass-1\">"), html);
    }

    @Test
    void tablesAreRendered() {
        String html = html("| node | value |\n|---|---:|\n| $z$ | 0.5 |\n");
        assertTrue(html.contains("<table>"), html);
        assertTrue(html.contains("<td><span class=\"math math-inline\">z</span></td>"), html);
        assertTrue(html.contains("<td align=\"right\">0.5</td>"), html);
    }

    @Test
    void fragmentsRenderPromptsWithMath() {
        assertEquals("<p>Compute <span class=\"math math-inline\">\\partial P/\\partial w_1</span>.</p>\n",
                renderer.renderFragment("Compute $\\partial P/\\partial w_1$."));
    }
}
