package dev.chainrule.client;

import dev.chainrule.grader.expr.GraphLayout;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * The SVG drawing of a {@link GraphTask}: a rounded box per named node, laid out left to right, showing the node's
 * name, its expression, its value and (for gradient tasks) its gradient, with arrows from inputs to users. An asked
 * node holds a real text input (in a {@code foreignObject}) where its value or gradient goes, so the graph is worked
 * with the keyboard like a form. Each node shows its verdict by colour and a ✓/✗ badge; {@link StepThrough} lights
 * nodes and edges up and writes the numbers it reveals into the same boxes.
 */
final class GraphView {
    /** A little roomier than the lesson figures: the boxes hold answer fields. */
    private static final GraphLayout.Spacing SPACING = new GraphLayout.Spacing(30, 20, 10);
    static final double PAD = 8;
    static final double HEADER = 20;
    static final double ROW = 22;
    static final double INPUT_WIDTH = 78;
    static final String NAME_FONT = "italic 600 15px KaTeX_Math, Charter, Cambria, Georgia, serif";
    static final String TEXT_FONT = "13.5px system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', Arial, sans-serif";
    static final double INPUT_HEIGHT = 24;
    static final double MIN_WIDTH = 64;

    private final GraphTask task;
    private final String idPrefix;
    private final HTMLElement root = Dom.element("div", "graph-widget");
    private final HTMLElement svg = Dom.svg("svg");
    private final Map<String, NodeBox> boxes = new LinkedHashMap<>();
    private final Map<String, HTMLElement> edges = new LinkedHashMap<>();

    /** The drawn parts of one node that change after drawing. */
    static final class NodeBox {
        final String name;
        final HTMLElement group;
        final HTMLElement valueText;
        final HTMLElement gradText;
        final HTMLElement badge;
        final HTMLElement badgeText;
        HTMLElement input;

        NodeBox(String name, HTMLElement group, HTMLElement valueText, HTMLElement gradText, HTMLElement badge,
                HTMLElement badgeText) {
            this.name = name;
            this.group = group;
            this.valueText = valueText;
            this.gradText = gradText;
            this.badge = badge;
            this.badgeText = badgeText;
        }
    }

    GraphView(GraphTask task, String idPrefix) {
        this.task = task;
        this.idPrefix = idPrefix;
        draw();
    }

    HTMLElement element() {
        return root;
    }

    GraphTask task() {
        return task;
    }

    /** The input of the node asked by {@code field}. */
    HTMLElement input(String field) {
        return boxes.get(task.nodeOfField().get(field)).input;
    }

    private void draw() {
        GraphFacts facts = task.facts();
        List<GraphFacts.Node> nodes = facts.nodes();
        List<GraphLayout.Box> sizes = new ArrayList<>();
        for (GraphFacts.Node node : nodes) {
            List<Integer> inputs = new ArrayList<>();
            for (String in : node.inputs()) {
                inputs.add(facts.index(in));
            }
            sizes.add(new GraphLayout.Box(width(node), height(), inputs));
        }
        GraphLayout.Placed placed = GraphLayout.place(sizes, SPACING);
        String arrow = idPrefix + "-arrow";
        svg.setAttribute("class", "graph-svg");
        svg.setAttribute("width", coordinate(placed.width()));
        // narrower pages shrink the drawing down to 72% (inputs still readable), then it scrolls sideways
        svg.setAttribute("style", "min-width: " + coordinate(placed.width() * 0.72) + "px");
        svg.setAttribute("height", coordinate(placed.height()));
        svg.setAttribute("viewBox", "0 0 " + coordinate(placed.width()) + " " + coordinate(placed.height()));
        svg.setAttribute("role", "group");
        svg.setAttribute("aria-label", Messages.format(task.gradients() ? UiText.GRAPH_LABEL_BACKWARD
                : UiText.GRAPH_LABEL_FORWARD, ExprText.name(facts.output()), nodes.size()));
        HTMLElement defs = Dom.svg("defs");
        HTMLElement marker = Dom.svg("marker");
        marker.setAttribute("id", arrow);
        marker.setAttribute("viewBox", "0 0 10 10");
        marker.setAttribute("refX", "9");
        marker.setAttribute("refY", "5");
        marker.setAttribute("markerUnits", "userSpaceOnUse"); // the same head on thin and lit edges
        marker.setAttribute("markerWidth", "9");
        marker.setAttribute("markerHeight", "9");
        marker.setAttribute("orient", "auto");
        HTMLElement head = Dom.svg("path");
        head.setAttribute("d", "M0,1 L9,5 L0,9 z");
        head.setAttribute("class", "edge-head");
        marker.appendChild(head);
        defs.appendChild(marker);
        svg.appendChild(defs);

        HTMLElement edgeGroup = Dom.svg("g");
        edgeGroup.setAttribute("class", "graph-edges");
        edgeGroup.setAttribute("aria-hidden", "true");
        for (int target = 0; target < nodes.size(); target++) {
            List<Integer> inputs = new ArrayList<>(sizes.get(target).inputs());
            inputs.sort((a, b) -> Double.compare(placed.y()[a], placed.y()[b]));
            double tx = placed.x()[target];
            for (int k = 0; k < inputs.size(); k++) {
                int source = inputs.get(k);
                double sx = placed.x()[source] + sizes.get(source).width();
                double sy = placed.y()[source] + sizes.get(source).height() / 2;
                double ty = placed.y()[target] + sizes.get(target).height() * (k + 1) / (inputs.size() + 1);
                double bend = Math.max(12, (tx - sx) / 2);
                HTMLElement path = Dom.svg("path");
                path.setAttribute("d", "M" + coordinate(sx) + "," + coordinate(sy) + " C" + coordinate(sx + bend) + ","
                        + coordinate(sy) + " " + coordinate(tx - bend) + "," + coordinate(ty) + " " + coordinate(tx - 1)
                        + "," + coordinate(ty));
                path.setAttribute("class", "graph-edge");
                path.setAttribute("marker-end", "url(#" + arrow + ")");
                String key = nodes.get(source).name() + ">" + nodes.get(target).name();
                path.setAttribute("data-edge", key);
                edges.put(key, path);
                edgeGroup.appendChild(path);
            }
        }
        svg.appendChild(edgeGroup);

        // nodes in the order their fields are worked, so Tab walks the graph as the exercise asks
        HTMLElement nodeGroup = Dom.svg("g");
        nodeGroup.setAttribute("class", "graph-nodes");
        List<Integer> order = new ArrayList<>();
        for (String node : task.nodeOfField().values()) {
            order.add(facts.index(node));
        }
        for (int i = 0; i < nodes.size(); i++) {
            if (!order.contains(i)) {
                order.add(i);
            }
        }
        for (int i : order) {
            nodeGroup.appendChild(box(nodes.get(i), placed.x()[i], placed.y()[i], sizes.get(i).width()));
        }
        svg.appendChild(nodeGroup);
        root.appendChild(svg);
        showWorkingNumbers();
    }

    private HTMLElement box(GraphFacts.Node node, double x, double y, double w) {
        String field = task.fieldAt(node.name());
        boolean output = node.name().equals(task.facts().output());
        HTMLElement group = Dom.svg("g");
        group.setAttribute("class", "graph-node" + (node.parameter() ? " graph-parameter" : "")
                + (output ? " graph-output" : "") + (field != null ? " graph-asked" : ""));
        group.setAttribute("data-node", node.name());
        group.setAttribute("data-status", "");
        HTMLElement rect = Dom.svg("rect");
        rect.setAttribute("x", coordinate(x));
        rect.setAttribute("y", coordinate(y));
        rect.setAttribute("width", coordinate(w));
        rect.setAttribute("height", coordinate(height()));
        rect.setAttribute("rx", "8");
        rect.setAttribute("class", "node-box");
        group.appendChild(rect);

        HTMLElement header = text(x + PAD, y + PAD + 13, "node-header");
        HTMLElement name = Dom.svg("tspan");
        name.setAttribute("class", "node-name");
        Dom.setText(name, ExprText.name(node.name()));
        header.appendChild(name);
        if (!node.parameter()) {
            HTMLElement expression = Dom.svg("tspan");
            expression.setAttribute("class", "node-expression");
            Dom.setText(expression, " = " + ExprText.of(node.expression()));
            header.appendChild(expression);
        }
        group.appendChild(header);

        double valueY = y + PAD + HEADER;
        double gradY = valueY + ROW;
        HTMLElement valueText = text(x + PAD, valueY + 16, "node-value");
        group.appendChild(valueText);
        HTMLElement gradText = null;
        if (task.gradients()) {
            if (field != null) {
                HTMLElement partial = text(x + PAD, gradY + 16, "node-grad-mark");
                Dom.setText(partial, "∂");
                partial.setAttribute("aria-hidden", "true");
                group.appendChild(partial);
            }
            gradText = text(x + PAD, gradY + 16, "node-grad");
        } else {
            // a values task has no gradient row: the step-through writes gradients just under the box
            gradText = text(x + PAD, y + height() + 13, "node-grad node-grad-outside");
        }
        group.appendChild(gradText);
        HTMLElement badge = Dom.svg("g");
        badge.setAttribute("class", "node-badge");
        badge.setAttribute("aria-hidden", "true");
        HTMLElement circle = Dom.svg("circle");
        circle.setAttribute("cx", coordinate(x + w - 2));
        circle.setAttribute("cy", coordinate(y + 2));
        circle.setAttribute("r", "8");
        badge.appendChild(circle);
        HTMLElement mark = text(x + w - 2, y + 6, "node-badge-mark");
        mark.setAttribute("text-anchor", "middle");
        badge.appendChild(mark);

        NodeBox nodeBox = new NodeBox(node.name(), group, valueText, gradText, badge, mark);
        if (field != null) {
            double rowY = task.gradients() ? gradY : valueY;
            double left = x + PAD + (task.gradients() ? 14 : 0);
            nodeBox.input = inputAt(group, left, rowY, field, node);
        }
        group.appendChild(badge);
        group.setAttribute("aria-label", describe(node));
        boxes.put(node.name(), nodeBox);
        return group;
    }

    /** A text input over a row of the box, labelled for screen readers with what goes in and where. */
    private HTMLElement inputAt(HTMLElement group, double x, double y, String field, GraphFacts.Node node) {
        HTMLElement object = Dom.svg("foreignObject");
        object.setAttribute("x", coordinate(x));
        object.setAttribute("y", coordinate(y));
        object.setAttribute("width", coordinate(INPUT_WIDTH));
        object.setAttribute("height", coordinate(INPUT_HEIGHT));
        HTMLElement input = Dom.element("input", null);
        input.setAttribute("type", "text");
        input.setAttribute("inputmode", "decimal");
        input.setAttribute("class", "node-input");
        input.setAttribute("id", idPrefix + "-node-" + node.name());
        input.setAttribute("autocomplete", "off");
        input.setAttribute("spellcheck", "false");
        input.setAttribute("data-field", field);
        input.setAttribute("data-node", node.name());
        input.setAttribute("placeholder", Messages.get(task.gradients() ? UiText.GRADIENT_PLACEHOLDER : UiText.VALUE_PLACEHOLDER));
        String out = ExprText.name(task.facts().output());
        input.setAttribute("aria-label", task.gradients()
                ? Messages.format(UiText.GRADIENT_INPUT_LABEL, out, node.name(), describe(node))
                : Messages.format(UiText.VALUE_INPUT_LABEL, node.name(), describe(node)));
        object.appendChild(input);
        group.appendChild(object);
        return input;
    }

    /** "y = σ(p₁), value 0.6225" (the value only where it is not what the learner is asked for). */
    private String describe(GraphFacts.Node node) {
        String text = node.parameter() ? node.name() : node.name() + " = " + ExprText.of(node.expression());
        boolean hidden = !task.gradients() && task.fieldAt(node.name()) != null;
        return hidden ? text : Messages.format(UiText.NODE_VALUE, text, ExprText.number(node.value()));
    }

    /** The numbers a learner works with: every value but the asked ones (forward), the output's gradient of 1. */
    void showWorkingNumbers() {
        for (GraphFacts.Node node : task.facts().nodes()) {
            NodeBox box = boxes.get(node.name());
            boolean asked = task.fieldAt(node.name()) != null;
            Dom.setText(box.valueText, !task.gradients() && asked ? "" : ExprText.number(node.value()));
            boolean seed = task.gradients() && node.name().equals(task.facts().output());
            Dom.setText(box.gradText, seed ? "∂ 1" : "");
        }
    }

    /** Writes a revealed value ({@code null} clears it) into a node, for the step-through. */
    void revealValue(String node, String text) {
        Dom.setText(boxes.get(node).valueText, text == null ? "" : text);
    }

    void revealGradient(String node, String text) {
        Dom.setText(boxes.get(node).gradText, text == null ? "" : "∂ " + text);
    }

    /** The verdict shown on a node: "", correct, carried, incorrect or invalid. */
    void setStatus(String node, String status) {
        NodeBox box = boxes.get(node);
        box.group.setAttribute("data-status", status);
        boolean good = VerdictText.CORRECT.equals(status) || "carried".equals(status);
        Dom.setText(box.badgeText, status.isEmpty() ? "" : good ? Messages.CORRECT_MARK : Messages.WRONG_MARK);
    }

    /** Marks a node for the step-through: "current", "done" or "" (not reached yet). */
    void setStep(String node, String state) {
        boxes.get(node).group.setAttribute("data-step", state);
    }

    /** Marks the edge from {@code input} to {@code user}: "forward", "backward" or "". */
    void setFlow(String input, String user, String flow) {
        HTMLElement edge = edges.get(input + ">" + user);
        if (edge != null) {
            edge.setAttribute("data-flow", flow);
        }
    }

    void clearSteps() {
        for (NodeBox box : boxes.values()) {
            box.group.setAttribute("data-step", "");
        }
        for (HTMLElement edge : edges.values()) {
            edge.setAttribute("data-flow", "");
        }
    }

    /** Switches between working the graph (inputs shown) and watching the passes (inputs hidden, numbers shown). */
    void setStepping(boolean stepping) {
        if (stepping) {
            root.setAttribute("data-stepping", "true");
        } else {
            root.removeAttribute("data-stepping");
            clearSteps();
            showWorkingNumbers();
        }
    }

    /** Header, value row and, for gradients, the gradient row. */
    private double height() {
        return 2 * PAD + HEADER + ROW + (task.gradients() ? ROW : 0);
    }

    private double width(GraphFacts.Node node) {
        double header = measure(ExprText.name(node.name()), NAME_FONT, 15)
                + (node.parameter() ? 0 : measure(" = " + ExprText.of(node.expression()), TEXT_FONT, 13.5));
        double value = measure(ExprText.number(node.value()), TEXT_FONT, 13.5);
        double row = task.fieldAt(node.name()) != null ? INPUT_WIDTH + (task.gradients() ? 14 : 0) : value;
        double grad = measure("∂ " + ExprText.number(node.grad()), TEXT_FONT, 13.5);
        return Math.ceil(Math.max(MIN_WIDTH, Math.max(header, Math.max(row, grad)) + 2 * PAD + 6));
    }

    /** The text's width in the page's font, or an estimate where the page cannot measure. */
    private static double measure(String text, String font, double size) {
        double measured = Dom.textWidth(text, font);
        return measured > 0 ? measured : textWidth(text, size);
    }

    /** A generous estimate of a text's width in px. */
    static double textWidth(String text, double size) {
        double em = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            em += c == '.' || c == ',' || c == 'i' || c == 'l' || c == ' ' || c == '(' || c == ')' ? 0.32
                    : c >= '0' && c <= '9' ? 0.56 : c >= 'A' && c <= 'Z' ? 0.7 : c > 0x2000 ? 0.62 : 0.58;
        }
        return em * size;
    }

    private static HTMLElement text(double x, double y, String className) {
        HTMLElement text = Dom.svg("text");
        text.setAttribute("x", coordinate(x));
        text.setAttribute("y", coordinate(y));
        text.setAttribute("class", className);
        return text;
    }

    private static String coordinate(double v) {
        return dev.chainrule.grader.util.Numbers.format(v, 1);
    }
}
