package dev.chainrule.server.lesson;

import dev.chainrule.server.web.Messages;

import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

/**
 * Draws a layered, fully connected network as an SVG figure: a circle per neuron, a line per connection, the layers
 * labelled input, hidden and output, and, when asked, a curved shortcut arrow around every hidden layer (above and
 * below in turn, so neighbouring shortcuts do not overlap).
 */
final class NetworkDiagram {

    static final int MAX_LAYERS = 8;
    static final int MAX_NEURONS = 12;

    private static final double RADIUS = 13;
    private static final double COLUMN = 118;
    private static final double ROW = 38;
    private static final double ARC = 44;
    private static final double LABEL = 26;
    private static final double MARGIN = 20;

    /** What a {@code network} block asks for: layer sizes, input first, and whether to draw shortcuts. */
    record Spec(List<Integer> sizes, boolean shortcuts) {
        Spec {
            sizes = List.copyOf(sizes);
        }
    }

    private NetworkDiagram() {
    }

    /**
     * Reads a block such as {@code 2 3 3 1} or {@code 2 3 3 1 shortcuts}.
     *
     * @throws IllegalArgumentException saying what is wrong with it
     */
    static Spec parse(String block) {
        String[] words = block.strip().split("\\s+");
        List<Integer> sizes = new ArrayList<>();
        boolean shortcuts = false;
        for (int i = 0; i < words.length; i++) {
            String word = words[i];
            if (word.equals("shortcuts") && i == words.length - 1 && i > 0) {
                shortcuts = true;
            } else if (word.matches("[0-9]{1,3}")) {
                int size = Integer.parseInt(word);
                if (size < 1 || size > MAX_NEURONS) {
                    throw new IllegalArgumentException("a layer has 1 to " + MAX_NEURONS + " neurons, got " + size);
                }
                sizes.add(size);
            } else {
                throw new IllegalArgumentException("expected layer sizes such as '2 3 1', optionally followed by 'shortcuts', but found '" + word + "'");
            }
        }
        if (sizes.size() < 2 || sizes.size() > MAX_LAYERS) {
            throw new IllegalArgumentException("a network has 2 to " + MAX_LAYERS + " layers (input first, output last), got " + sizes.size());
        }
        if (shortcuts && sizes.size() < 3) {
            throw new IllegalArgumentException("shortcuts go around hidden layers, and this network has none");
        }
        return new Spec(sizes, shortcuts);
    }

    /** The figure for {@code spec}; {@code id} must be unique on the page. */
    static String figure(String id, Spec spec, Messages messages) {
        List<Integer> sizes = spec.sizes();
        int layers = sizes.size();
        int widest = sizes.stream().mapToInt(Integer::intValue).max().orElse(1);
        double above = spec.shortcuts() ? ARC : 0;
        double below = spec.shortcuts() && layers > 3 ? ARC : 0;
        double middle = MARGIN + above + RADIUS + (widest - 1) * ROW / 2;
        double width = 2 * MARGIN + 2 * RADIUS + (layers - 1) * COLUMN + 40;
        double height = middle + (widest - 1) * ROW / 2 + RADIUS + below + LABEL + MARGIN;
        String label = label(spec, messages);
        String arrow = id + "-arrow";

        StringBuilder svg = new StringBuilder(4096);
        svg.append("<figure class=\"diagram diagram-network\" id=\"").append(Svg.escape(id)).append("\">\n")
                .append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-label=\"").append(Svg.escape(label))
                .append("\" width=\"").append(Svg.n(width)).append("\" height=\"").append(Svg.n(height))
                .append("\" viewBox=\"0 0 ").append(Svg.n(width)).append(' ').append(Svg.n(height))
                .append("\" font-family=\"").append(Svg.SANS).append("\">\n")
                .append("<title>").append(Svg.escape(label)).append("</title>\n")
                .append("<defs><marker id=\"").append(Svg.escape(arrow))
                .append("\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" markerWidth=\"7\" markerHeight=\"7\" orient=\"auto\">")
                .append("<path d=\"M0,1 L9,5 L0,9 z\" fill=\"").append(Svg.GRADIENT).append("\"/></marker></defs>\n");

        svg.append("<g class=\"connections\" stroke=\"#9ca3af\" stroke-width=\"1\">\n");
        for (int l = 0; l + 1 < layers; l++) {
            for (int a = 0; a < sizes.get(l); a++) {
                for (int b = 0; b < sizes.get(l + 1); b++) {
                    double x1 = x(l, width, layers) + RADIUS;
                    double x2 = x(l + 1, width, layers) - RADIUS;
                    svg.append("<line x1=\"").append(Svg.n(x1)).append("\" y1=\"").append(Svg.n(y(a, sizes.get(l), middle)))
                            .append("\" x2=\"").append(Svg.n(x2)).append("\" y2=\"").append(Svg.n(y(b, sizes.get(l + 1), middle)))
                            .append("\"/>\n");
                }
            }
        }
        svg.append("</g>\n");

        if (spec.shortcuts()) {
            svg.append("<g class=\"shortcuts\" fill=\"none\" stroke=\"").append(Svg.GRADIENT).append("\" stroke-width=\"1.8\">\n");
            for (int hidden = 1; hidden + 1 < layers; hidden++) {
                boolean over = hidden % 2 == 1;
                int from = hidden - 1;
                int to = hidden + 1;
                double fx = x(from, width, layers);
                double tx = x(to, width, layers);
                double fy = edge(sizes.get(from), middle, over);
                double ty = edge(sizes.get(to), middle, over);
                double apex = over ? Math.min(fy, ty) - ARC * 0.85 : Math.max(fy, ty) + ARC * 0.85;
                double tip = over ? ty - 3 : ty + 3;
                svg.append("<path d=\"M").append(Svg.n(fx)).append(',').append(Svg.n(over ? fy - 2 : fy + 2))
                        .append(" C").append(Svg.n(fx + 12)).append(',').append(Svg.n(apex))
                        .append(' ').append(Svg.n(tx - 12)).append(',').append(Svg.n(apex))
                        .append(' ').append(Svg.n(tx)).append(',').append(Svg.n(tip))
                        .append("\" marker-end=\"url(#").append(Svg.escape(arrow)).append(")\"/>\n");
            }
            svg.append("</g>\n");
        }

        svg.append("<g class=\"neurons\" stroke=\"").append(Svg.LINE).append("\" stroke-width=\"1.3\">\n");
        for (int l = 0; l < layers; l++) {
            String fill = l == 0 ? "#fbfaf6" : l == layers - 1 ? "#fdf1e8" : "#ffffff";
            for (int k = 0; k < sizes.get(l); k++) {
                svg.append("<circle cx=\"").append(Svg.n(x(l, width, layers))).append("\" cy=\"").append(Svg.n(y(k, sizes.get(l), middle)))
                        .append("\" r=\"").append(Svg.n(RADIUS)).append("\" fill=\"").append(fill).append("\"/>\n");
            }
        }
        svg.append("</g>\n");

        svg.append("<g class=\"layer-labels\" font-size=\"13\" fill=\"").append(Svg.MUTED).append("\" text-anchor=\"middle\">\n");
        double labelY = height - MARGIN - 4;
        for (int l = 0; l < layers; l++) {
            svg.append("<text x=\"").append(Svg.n(x(l, width, layers))).append("\" y=\"").append(Svg.n(labelY)).append("\">")
                    .append(Svg.escape(layerName(l, layers, messages))).append("</text>\n");
        }
        svg.append("</g>\n</svg>\n<figcaption>").append(Svg.escape(messages.get(
                        spec.shortcuts() ? "diagram.network.captionShortcuts" : "diagram.network.caption", sizeList(sizes, messages))))
                .append("</figcaption>\n</figure>\n");
        return svg.toString();
    }

    static String label(Spec spec, Messages messages) {
        return messages.get(spec.shortcuts() ? "diagram.network.labelShortcuts" : "diagram.network.label",
                sizeList(spec.sizes(), messages), spec.sizes().stream().mapToInt(Integer::intValue).sum());
    }

    private static String layerName(int layer, int layers, Messages messages) {
        if (layer == 0) {
            return messages.get("diagram.network.input");
        }
        if (layer == layers - 1) {
            return messages.get("diagram.network.output");
        }
        return layers == 3 ? messages.get("diagram.network.hiddenOnly") : messages.get("diagram.network.hidden", layer);
    }

    private static String sizeList(List<Integer> sizes, Messages messages) {
        StringJoiner list = new StringJoiner(messages.get("diagram.network.separator"));
        sizes.forEach(size -> list.add(String.valueOf(size)));
        return list.toString();
    }

    private static double x(int layer, double width, int layers) {
        return MARGIN + RADIUS + 20 + layer * COLUMN;
    }

    private static double y(int index, int size, double middle) {
        return middle + (index - (size - 1) / 2.0) * ROW;
    }

    /** The y of the top (or bottom) of a layer's outermost neuron. */
    private static double edge(int size, double middle, boolean top) {
        return top ? y(0, size, middle) - RADIUS : y(size - 1, size, middle) + RADIUS;
    }
}
