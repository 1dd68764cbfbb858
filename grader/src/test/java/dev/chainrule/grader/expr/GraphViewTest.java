package dev.chainrule.grader.expr;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GraphViewTest {
    @Test
    void viewListsEveryNodeWithOpValueAndGradientInputsFirst() {
        // f = (x + y) * z at x=-2, y=5, z=-4, written with an unnamed product: q = x + y; f = q * z * 1
        Graph g = Graph.build(Program.parse("q = x + y\nf = q * z * 1"), Map.of("x", -2.0, "y", 5.0, "z", -4.0));
        List<NodeView> view = g.view("f");
        assertEquals(List.of("x", "y", "q", "z", "#1", "1", "f"), view.stream().map(NodeView::name).toList());
        NodeView q = view.get(2);
        assertEquals("+", q.op());
        assertEquals(List.of("x", "y"), q.inputs());
        assertEquals(3, q.value());
        assertEquals(-4, q.grad());
        NodeView product = view.get(4);
        assertEquals(List.of("q", "z"), product.inputs());
        assertEquals(false, product.named());
        assertEquals(List.of("#1", "1"), view.get(6).inputs());
        assertEquals(3, view.get(3).grad());
    }
}
