package dev.chainrule.server.lesson;

import dev.chainrule.grader.expr.GraphLayout;
import dev.chainrule.grader.engine.Value;
import dev.chainrule.grader.expr.Graph;
import dev.chainrule.grader.expr.NodeView;
import dev.chainrule.grader.util.Numbers;
import dev.chainrule.server.web.Messages;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Draws a worked example's computational graph as an SVG figure, left to right: a rounded box per operation and
 * parameter with its name, op and forward value (and the output's gradient, in a second colour and marked with
 * ∂, when asked), a small grey box per use of a constant, and arrows from inputs to users.
 */
final class GraphDiagram {

    /** Gaps between layers and between boxes, and the margin, of a lesson figure. */
    static final GraphLayout.Spacing SPACING = new GraphLayout.Spacing(30, 16, 8);

    private static final double NAME_SIZE = 15;
    private static final double OP_SIZE = 13.5;
    private static final double VALUE_SIZE = 12.5;
    private static final double CONSTANT_SIZE = 11.5;
    private static final double PAD = 8;
    private static final double MIN_WIDTH = 50;

    /** One box of the drawing. */
    record Node(String name, String op, double exponent, double value, double grad, boolean named, boolean constant,
                List<Integer> inputs) {
        Node {
            inputs = List.copyOf(inputs);
        }

        /** An unnamed intermediate ({@code #k}) shows only its op. */
        boolean anonymous() {
            return !named && !constant;
        }

        boolean parameter() {
            return op.equals("param") || op.equals("const");
        }
    }

    private GraphDiagram() {
    }

    /**
     * The boxes of {@code output}'s graph, inputs first. A constant gets its own box at every use; an unnamed operation
     * on constants only (the negation in {@code -0.5 * x}) is drawn as the constant it computes.
     */
    static List<Node> nodes(Graph graph, String output) {
        List<NodeView> views = graph.view(output);
        List<Value> values = graph.node(output).topologicalOrder();
        Map<String, Integer> index = new HashMap<>();
        Map<String, NodeView> constants = new HashMap<>();
        List<Node> nodes = new ArrayList<>();
        for (int v = 0; v < views.size(); v++) {
            NodeView view = views.get(v);
            if (view.op().equals("const") && !view.named()) {
                constants.put(view.name(), view);
                continue;
            }
            if (!view.named() && !view.inputs().isEmpty() && constants.keySet().containsAll(view.inputs())) {
                constants.put(view.name(), view);
                continue;
            }
            List<Integer> inputs = new ArrayList<>();
            for (String input : view.inputs()) {
                NodeView constant = constants.get(input);
                if (constant != null && !index.containsKey(input)) {
                    nodes.add(new Node(constant.name(), "const", 0, constant.value(), constant.grad(), false, true, List.of()));
                    inputs.add(nodes.size() - 1);
                } else {
                    inputs.add(index.get(input));
                }
            }
            double exponent = values.size() == views.size() ? values.get(v).exponent() : 0;
            nodes.add(new Node(view.name(), view.op(), exponent, view.value(), view.grad(), view.named(), false, inputs));
            index.put(view.name(), nodes.size() - 1);
        }
        return List.copyOf(nodes);
    }

    /**
     * The figure for worked example {@code example}: its graph up to {@code output}, with gradients of the output when
     * {@code gradients}. {@code id} must be unique on the page (it prefixes the arrowhead's id).
     */
    static String figure(String id, String example, Graph graph, String output, boolean gradients, Messages messages) {
        List<Node> nodes = nodes(graph, output);
        List<GraphLayout.Box> boxes = new ArrayList<>();
        for (Node node : nodes) {
            boxes.add(new GraphLayout.Box(width(node, gradients), height(node, gradients), node.inputs()));
        }
        GraphLayout.Placed placed = GraphLayout.place(boxes, SPACING);
        String label = messages.get(gradients ? "diagram.graph.labelGradients" : "diagram.graph.label", output, nodes.size());
        String arrow = id + "-arrow";
        StringBuilder svg = new StringBuilder(4096);
        svg.append("<figure class=\"diagram diagram-graph\" id=\"").append(Svg.escape(id)).append("\">\n")
                .append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-label=\"").append(Svg.escape(label))
                .append("\" width=\"").append(Svg.n(placed.width())).append("\" height=\"").append(Svg.n(placed.height()))
                .append("\" viewBox=\"0 0 ").append(Svg.n(placed.width())).append(' ').append(Svg.n(placed.height()))
                .append("\" font-family=\"").append(Svg.SANS).append("\">\n")
                .append("<title>").append(Svg.escape(label)).append("</title>\n")
                .append("<defs><marker id=\"").append(Svg.escape(arrow))
                .append("\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" markerWidth=\"7\" markerHeight=\"7\" orient=\"auto\">")
                .append("<path d=\"M0,1 L9,5 L0,9 z\" fill=\"").append(Svg.LINE).append("\"/></marker></defs>\n");
        edges(svg, nodes, boxes, placed, arrow);
        svg.append("<g class=\"nodes\">\n");
        for (int i = 0; i < nodes.size(); i++) {
            box(svg, nodes.get(i), i == nodes.size() - 1, placed.x()[i], placed.y()[i], boxes.get(i), gradients);
        }
        svg.append("</g>\n</svg>\n<figcaption>")
                .append(Svg.escape(messages.get(gradients ? "diagram.graph.captionGradients" : "diagram.graph.caption", output, example)))
                .append("</figcaption>\n</figure>\n");
        return svg.toString();
    }

    private static void edges(StringBuilder svg, List<Node> nodes, List<GraphLayout.Box> boxes, GraphLayout.Placed placed, String arrow) {
        svg.append("<g class=\"edges\" fill=\"none\" stroke=\"").append(Svg.LINE).append("\" stroke-width=\"1.3\">\n");
        for (int target = 0; target < nodes.size(); target++) {
            List<Integer> inputs = new ArrayList<>(nodes.get(target).inputs());
            inputs.sort((a, b) -> Double.compare(placed.y()[a] + boxes.get(a).height() / 2, placed.y()[b] + boxes.get(b).height() / 2));
            GraphLayout.Box box = boxes.get(target);
            double tx = placed.x()[target];
            for (int k = 0; k < inputs.size(); k++) {
                int source = inputs.get(k);
                double sx = placed.x()[source] + boxes.get(source).width();
                double sy = placed.y()[source] + boxes.get(source).height() / 2;
                double ty = placed.y()[target] + box.height() * (k + 1) / (inputs.size() + 1);
                double bend = Math.max(12, (tx - sx) / 2);
                svg.append("<path d=\"M").append(Svg.n(sx)).append(',').append(Svg.n(sy))
                        .append(" C").append(Svg.n(sx + bend)).append(',').append(Svg.n(sy))
                        .append(' ').append(Svg.n(tx - bend)).append(',').append(Svg.n(ty))
                        .append(' ').append(Svg.n(tx - 1)).append(',').append(Svg.n(ty))
                        .append("\" marker-end=\"url(#").append(Svg.escape(arrow)).append(")\"/>\n");
            }
        }
        svg.append("</g>\n");
    }

    private static void box(StringBuilder svg, Node node, boolean output, double x, double y, GraphLayout.Box size, boolean gradients) {
        double w = size.width();
        double h = size.height();
        double cx = x + w / 2;
        svg.append("<g class=\"").append(node.constant() ? "node constant" : output ? "node output" : "node").append("\">");
        if (node.constant()) {
            svg.append("<rect x=\"").append(Svg.n(x)).append("\" y=\"").append(Svg.n(y)).append("\" width=\"").append(Svg.n(w))
                    .append("\" height=\"").append(Svg.n(h)).append("\" rx=\"").append(Svg.n(h / 2))
                    .append("\" fill=\"#f1efe9\" stroke=\"#bdb8ad\"/>")
                    .append(text(cx, y + h / 2 + CONSTANT_SIZE * 0.36, CONSTANT_SIZE, Svg.MUTED, "", Svg.escape(Svg.number(node.value()))))
                    .append("</g>\n");
            return;
        }
        svg.append("<rect x=\"").append(Svg.n(x)).append("\" y=\"").append(Svg.n(y)).append("\" width=\"").append(Svg.n(w))
                .append("\" height=\"").append(Svg.n(h)).append("\" rx=\"7\" fill=\"").append(node.parameter() ? "#fbfaf6" : "#ffffff")
                .append("\" stroke=\"").append(Svg.LINE).append("\" stroke-width=\"").append(output ? "2.2" : "1.2").append("\"/>");
        double line = y + PAD + NAME_SIZE * 0.8;
        if (node.anonymous()) {
            svg.append(text(cx, line, NAME_SIZE, Svg.INK, " font-family=\"" + Svg.SERIF + "\"", opMarkup(node)));
        } else if (node.parameter()) {
            svg.append(text(cx, line, NAME_SIZE, Svg.INK, " font-family=\"" + Svg.MATH + "\" font-style=\"italic\"", Svg.subscripted(node.name())));
        } else {
            double opWidth = Svg.width(opText(node), OP_SIZE);
            double nameWidth = Svg.width(node.name(), NAME_SIZE);
            double gap = (w - 2 * PAD - opWidth - nameWidth) / 3;
            svg.append("<text x=\"").append(Svg.n(x + PAD + gap + nameWidth / 2)).append("\" y=\"").append(Svg.n(line))
                    .append("\" font-size=\"").append(Svg.n(NAME_SIZE)).append("\" fill=\"").append(Svg.INK)
                    .append("\" text-anchor=\"middle\" font-family=\"").append(Svg.MATH).append("\" font-style=\"italic\">")
                    .append(Svg.subscripted(node.name())).append("</text>");
            svg.append("<text x=\"").append(Svg.n(x + w - PAD - gap - opWidth / 2)).append("\" y=\"").append(Svg.n(line))
                    .append("\" font-size=\"").append(Svg.n(OP_SIZE)).append("\" fill=\"").append(Svg.LINE)
                    .append("\" text-anchor=\"middle\" font-family=\"").append(Svg.SERIF).append("\">")
                    .append(opMarkup(node)).append("</text>");
        }
        line += VALUE_SIZE + 6;
        svg.append(text(cx, line, VALUE_SIZE, Svg.INK, " font-variant-numeric=\"tabular-nums\"", Svg.escape(Svg.number(node.value()))));
        if (gradients) {
            line += VALUE_SIZE + 4;
            svg.append(text(cx, line, VALUE_SIZE, Svg.GRADIENT, " font-variant-numeric=\"tabular-nums\"",
                    "<tspan font-family=\"" + Svg.MATH + "\" font-style=\"italic\">\u2202</tspan> " + Svg.escape(Svg.number(node.grad()))));
        }
        svg.append("</g>\n");
    }

    private static String text(double x, double y, double size, String fill, String extra, String markup) {
        return "<text x=\"" + Svg.n(x) + "\" y=\"" + Svg.n(y) + "\" font-size=\"" + Svg.n(size) + "\" fill=\"" + fill
                + "\" text-anchor=\"middle\"" + extra + ">" + markup + "</text>";
    }

    static double width(Node node, boolean gradients) {
        if (node.constant()) {
            return Math.max(26, Svg.width(Svg.number(node.value()), CONSTANT_SIZE) + 14);
        }
        double head;
        if (node.anonymous()) {
            head = Svg.width(opText(node), NAME_SIZE);
        } else if (node.parameter()) {
            head = Svg.width(node.name(), NAME_SIZE);
        } else {
            head = Svg.width(node.name(), NAME_SIZE) + 10 + Svg.width(opText(node), OP_SIZE);
        }
        double value = Svg.width(Svg.number(node.value()), VALUE_SIZE);
        double grad = gradients ? Svg.width("\u2202 " + Svg.number(node.grad()), VALUE_SIZE) : 0;
        return Math.ceil(Math.max(MIN_WIDTH, Math.max(head, Math.max(value, grad)) + 2 * PAD));
    }

    static double height(Node node, boolean gradients) {
        if (node.constant()) {
            return 20;
        }
        return Math.ceil(2 * PAD + NAME_SIZE + VALUE_SIZE + 4 + (gradients ? VALUE_SIZE + 4 : 0));
    }

    /** The op as a reader knows it: ×, −, σ, ReLU, or (·) with its exponent. */
    static String opText(Node node) {
        return switch (node.op()) {
            case "*" -> "\u00d7";
            case "-" -> "\u2212";
            case "/" -> "\u00f7";
            case "neg" -> "\u2212(\u00b7)";
            case "sigmoid" -> "\u03c3";
            case "relu" -> "ReLU";
            case "leaky_relu" -> "leaky ReLU";
            case "^" -> "(\u00b7)" + Numbers.format(node.exponent(), 4);
            case "param", "const" -> "";
            default -> node.op();
        };
    }

    private static String opMarkup(Node node) {
        if (node.op().equals("^")) {
            return "(\u00b7)<tspan font-size=\"70%\" dy=\"-6\">" + Svg.escape(Numbers.format(node.exponent(), 4)) + "</tspan>";
        }
        return Svg.escape(opText(node));
    }
}
