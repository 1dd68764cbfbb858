package dev.chainrule.server.lesson;

import dev.chainrule.grader.expr.GraphLayout;
import dev.chainrule.grader.expr.Graph;
import dev.chainrule.grader.expr.Program;
import dev.chainrule.server.web.Messages;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GraphDiagramTest {

    static final String TWO_NEURONS = """
            p1 = w1 * x
            y = sigmoid(p1)
            p2 = w2 * y
            z = sigmoid(p2)
            P = -0.5 * (d - z)^2
            """;
    static final Map<String, Double> VALUES = Map.of("x", 1.5, "w1", 0.8, "w2", -1.2, "d", 1.0);

    private static final Messages MESSAGES = new Messages(Locale.ENGLISH);

    private static Graph graph(String source, Map<String, Double> values) {
        return Graph.build(Program.parse(source), values);
    }

    @Test
    void operationsSitOneLayerPastTheirDeepestInputAndLeavesJustBeforeTheirFirstUser() {
        List<GraphDiagram.Node> nodes = GraphDiagram.nodes(graph(TWO_NEURONS, VALUES), "P");
        List<GraphLayout.Box> boxes = new ArrayList<>();
        nodes.forEach(n -> boxes.add(new GraphLayout.Box(60, 40, n.inputs())));
        List<Integer> layers = GraphLayout.layers(boxes);
        Map<String, Integer> layerOf = new java.util.HashMap<>();
        for (int i = 0; i < nodes.size(); i++) {
            layerOf.put(nodes.get(i).name(), layers.get(i));
        }
        assertEquals(Map.ofEntries(Map.entry("w1", 0), Map.entry("x", 0), Map.entry("p1", 1), Map.entry("y", 2),
                Map.entry("w2", 2), Map.entry("p2", 3), Map.entry("z", 4), Map.entry("d", 4), Map.entry("#2", 5),
                Map.entry("#3", 6), Map.entry("#1", 6), Map.entry("P", 7)), layerOf);
        assertEquals(-0.5, nodes.stream().filter(GraphDiagram.Node::constant).findFirst().orElseThrow().value());
    }

    @Test
    void everyConstantGetsItsOwnBoxAtEachUse() {
        List<GraphDiagram.Node> nodes = GraphDiagram.nodes(graph("a = 2 * x\nb = 2 * a", Map.of("x", 1.0)), "b");
        assertEquals(2, nodes.stream().filter(GraphDiagram.Node::constant).count());
        assertEquals(5, nodes.size());
    }

    @Test
    void thePowerNodeShowsItsExponent() {
        List<GraphDiagram.Node> nodes = GraphDiagram.nodes(graph(TWO_NEURONS, VALUES), "P");
        GraphDiagram.Node square = nodes.stream().filter(n -> n.op().equals("^")).findFirst().orElseThrow();
        assertEquals("(\u00b7)2", GraphDiagram.opText(square));
    }

    @Test
    void theFigureIsWellFormedXmlWithOneBoxPerNodeAndAnArrowPerInput() throws Exception {
        String html = GraphDiagram.figure("net-1", "net", graph(TWO_NEURONS, VALUES), "P", true, MESSAGES);
        Document doc = Xml.parse(html);
        Element svg = (Element) doc.getElementsByTagName("svg").item(0);
        assertEquals("img", svg.getAttribute("role"));
        assertEquals("Computational graph of P with 12 nodes, with forward values and gradients", svg.getAttribute("aria-label"));
        assertEquals(12, Xml.count(doc, "g", "class", "node") + Xml.count(doc, "g", "class", "node output")
                + Xml.count(doc, "g", "class", "node constant"));
        assertEquals(11, doc.getElementsByTagName("path").getLength() - 1, "one arrow per input, plus the arrowhead");
        assertTrue(html.contains("\u22120.04664"), "the gradient of P with respect to w1");
        assertTrue(html.contains("0.2845"), "z");
        assertTrue(doc.getElementsByTagName("figcaption").item(0).getTextContent().contains("worked example \u201cnet\u201d"));
    }

    @Test
    void withoutGradientsOnlyValuesAreShown() throws Exception {
        String html = GraphDiagram.figure("net-1", "net", graph(TWO_NEURONS, VALUES), "P", false, MESSAGES);
        Xml.parse(html);
        assertFalse(html.contains("\u2202"), html);
        assertFalse(html.contains("\u22120.04664"), html);
    }

    @Test
    void namesAndIdsAreEscaped() throws Exception {
        String html = GraphDiagram.figure("a\"<b>", "<net>&", graph("y = x * 2", Map.of("x", 1.0)), "y", false, MESSAGES);
        Xml.parse(html);
        assertTrue(html.contains("id=\"a&quot;&lt;b&gt;\""), html);
        assertTrue(html.contains("&lt;net&gt;&amp;"), html);
        assertFalse(html.contains("<net>"), html);
    }

    @Test
    void theDrawingGrowsWithTheGraph() throws Exception {
        String small = GraphDiagram.figure("a", "a", graph("y = x * 2", Map.of("x", 1.0)), "y", false, MESSAGES);
        String large = GraphDiagram.figure("b", "b", graph(TWO_NEURONS, VALUES), "P", false, MESSAGES);
        double smallWidth = Double.parseDouble(Xml.svg(small).getAttribute("width"));
        double largeWidth = Double.parseDouble(Xml.svg(large).getAttribute("width"));
        assertTrue(largeWidth > 3 * smallWidth, smallWidth + " vs " + largeWidth);
    }
}
