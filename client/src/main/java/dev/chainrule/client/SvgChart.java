package dev.chainrule.client;

import dev.chainrule.grader.experiment.ExperimentResult;
import dev.chainrule.grader.experiment.Series;
import dev.chainrule.grader.util.Numbers;
import java.util.ArrayList;
import java.util.List;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * A small inline SVG line chart of an experiment's result: axes with ticks, a logarithmic y axis when the result asks
 * for one, one polyline per series told apart by dash pattern and marker shape as well as colour, and a legend.
 * The whole chart is one {@code role="img"} with an {@code aria-label} that states what it shows.
 *
 * <p>The static figure under the interactive uPlot chart ({@link Charts}): for print, screen readers, and pages where the
 * library did not load.
 */
final class SvgChart {
    static final int WIDTH = 640;
    static final int PLOT_HEIGHT = 280;
    static final int LEFT = 76;
    static final int RIGHT = 24;
    static final int TOP = 16;
    static final int BOTTOM = 50;
    static final int LEGEND_ROW = 22;
    static final int MAX_MARKED_POINTS = 30;
    /** Room inside the axes so no marker sits on an axis or the top edge. */
    static final int PAD = 10;
    static final String[] COLOURS = {"#1e4f91", "#c2410c", "#15803d", "#7c3aed"};
    static final String[] DASHES = {"", "8 5", "2 4", "12 4 3 4"};
    static final String AXIS = "#3f4a5a";
    static final String GRID = "#dde3eb";

    private final ExperimentResult result;
    private final HTMLElement svg = Dom.svg("svg");
    private double xMin = Double.POSITIVE_INFINITY;
    private double xMax = Double.NEGATIVE_INFINITY;
    private double yMin = Double.POSITIVE_INFINITY;
    private double yMax = Double.NEGATIVE_INFINITY;

    private SvgChart(ExperimentResult result) {
        this.result = result;
    }

    /** The chart as an {@code <svg>} element, ready to insert. */
    static HTMLElement render(ExperimentResult result) {
        return new SvgChart(result).draw();
    }

    /** The chart's description in words (what its aria-label says). */
    static String describe(ExperimentResult result) {
        return new SvgChart(result).summary();
    }

    private boolean usable(double x, double y) {
        return Double.isFinite(x) && Double.isFinite(y) && (!result.logScale() || y > 0);
    }

    private HTMLElement draw() {
        List<Series> series = result.series();
        for (Series s : series) {
            for (int i = 0; i < Math.min(s.x().size(), s.y().size()); i++) {
                double x = s.x().get(i);
                double y = s.y().get(i);
                if (usable(x, y)) {
                    xMin = Math.min(xMin, x);
                    xMax = Math.max(xMax, x);
                    yMin = Math.min(yMin, y);
                    yMax = Math.max(yMax, y);
                }
            }
        }
        if (xMin > xMax) {
            xMin = 0;
            xMax = 1;
            yMin = 1;
            yMax = 10;
        }
        if (xMin == xMax) {
            xMin -= 1;
            xMax += 1;
        }
        List<Double> yTicks = result.logScale() ? logTicks() : linearTicks(true);
        List<Double> xTicks = linearTicks(false);

        int height = TOP + PLOT_HEIGHT + BOTTOM + LEGEND_ROW * series.size() + 6;
        svg.setAttribute("viewBox", "0 0 " + WIDTH + " " + height);
        svg.setAttribute("width", String.valueOf(WIDTH));
        svg.setAttribute("class", "experiment-chart");
        svg.setAttribute("role", "img");
        svg.setAttribute("aria-label", summary());
        svg.setAttribute("font-family", "system-ui, -apple-system, 'Segoe UI', sans-serif");
        svg.setAttribute("font-size", "12");

        int right = WIDTH - RIGHT;
        int bottom = TOP + PLOT_HEIGHT;
        for (double t : yTicks) {
            String y = coordinate(py(t));
            add(line(String.valueOf(LEFT), y, String.valueOf(right), y, GRID, "1"));
            add(line(String.valueOf(LEFT - 5), y, String.valueOf(LEFT), y, AXIS, "1"));
            add(text(LEFT - 8, py(t) + 4, yTickLabel(t), "end", AXIS));
        }
        for (double t : xTicks) {
            String x = coordinate(px(t));
            add(line(x, String.valueOf(bottom), x, String.valueOf(bottom + 5), AXIS, "1"));
            add(text(px(t), bottom + 19, Numbers.format(t, 3), "middle", AXIS));
        }
        add(line(String.valueOf(LEFT), String.valueOf(TOP), String.valueOf(LEFT), String.valueOf(bottom), AXIS, "1.2"));
        add(line(String.valueOf(LEFT), String.valueOf(bottom), String.valueOf(right), String.valueOf(bottom), AXIS, "1.2"));
        HTMLElement xLabel = text((LEFT + right) / 2.0, bottom + 40, Messages.experimentText(result.xLabel()), "middle", "#1d2430");
        xLabel.setAttribute("font-size", "13");
        add(xLabel);
        HTMLElement yLabel = text(0, 0, Messages.experimentText(result.yLabel())
                + (result.logScale() ? Messages.get(UiText.LOG_SCALE) : ""), "middle", "#1d2430");
        yLabel.setAttribute("font-size", "13");
        yLabel.setAttribute("transform", "translate(16 " + coordinate(TOP + PLOT_HEIGHT / 2.0) + ") rotate(-90)");
        add(yLabel);

        for (int k = 0; k < series.size(); k++) {
            drawSeries(series.get(k), k);
            drawLegendRow(series.get(k), k, bottom + BOTTOM + LEGEND_ROW * k + 14);
        }
        return svg;
    }

    private void drawSeries(Series s, int k) {
        HTMLElement group = Dom.svg("g");
        List<StringBuilder> runs = new ArrayList<>();
        StringBuilder run = null;
        List<double[]> points = new ArrayList<>();
        for (int i = 0; i < Math.min(s.x().size(), s.y().size()); i++) {
            double x = s.x().get(i);
            double y = s.y().get(i);
            if (!usable(x, y)) {
                run = null; // a gap: zero on a log scale, or not a number
                continue;
            }
            if (run == null) {
                run = new StringBuilder();
                runs.add(run);
            }
            run.append(run.length() == 0 ? "" : " ").append(coordinate(px(x))).append(',').append(coordinate(py(y)));
            points.add(new double[] {px(x), py(y)});
        }
        for (StringBuilder r : runs) {
            HTMLElement polyline = Dom.svg("polyline");
            polyline.setAttribute("points", r.toString());
            style(polyline, k);
            group.appendChild(polyline);
        }
        if (points.size() <= MAX_MARKED_POINTS) {
            for (double[] p : points) {
                group.appendChild(marker(k, p[0], p[1]));
            }
        }
        add(group);
    }

    private void drawLegendRow(Series s, int k, double y) {
        HTMLElement sample = line(String.valueOf(LEFT), coordinate(y), String.valueOf(LEFT + 40), coordinate(y), null, null);
        style(sample, k);
        add(sample);
        add(marker(k, LEFT + 20, y));
        add(text(LEFT + 50, y + 4, Messages.experimentText(s.name()), "start", "#1d2430"));
    }

    private static void style(HTMLElement element, int k) {
        element.setAttribute("fill", "none");
        element.setAttribute("stroke", COLOURS[k % COLOURS.length]);
        element.setAttribute("stroke-width", "2.2");
        element.setAttribute("stroke-linejoin", "round");
        String dash = DASHES[k % DASHES.length];
        if (!dash.isEmpty()) {
            element.setAttribute("stroke-dasharray", dash);
        }
    }

    /** Open markers told apart by shape: circle, square, triangle, diamond. */
    private static HTMLElement marker(int k, double x, double y) {
        HTMLElement marker;
        int shape = k % 4;
        if (shape == 0) {
            marker = Dom.svg("circle");
            marker.setAttribute("cx", coordinate(x));
            marker.setAttribute("cy", coordinate(y));
            marker.setAttribute("r", "3.2");
        } else {
            marker = Dom.svg("polygon");
            double r = 3.6;
            String points = shape == 1
                    ? pair(x - r, y - r) + " " + pair(x + r, y - r) + " " + pair(x + r, y + r) + " " + pair(x - r, y + r)
                    : shape == 2 ? pair(x, y - r - 0.8) + " " + pair(x + r + 0.6, y + r) + " " + pair(x - r - 0.6, y + r)
                    : pair(x, y - r - 1) + " " + pair(x + r + 1, y) + " " + pair(x, y + r + 1) + " " + pair(x - r - 1, y);
            marker.setAttribute("points", points);
        }
        marker.setAttribute("fill", "#fff");
        marker.setAttribute("stroke", COLOURS[k % COLOURS.length]);
        marker.setAttribute("stroke-width", "1.6");
        return marker;
    }

    private static String pair(double x, double y) {
        return coordinate(x) + "," + coordinate(y);
    }

    private double px(double x) {
        return LEFT + PAD + (x - xMin) / (xMax - xMin) * (WIDTH - LEFT - RIGHT - 2 * PAD);
    }

    private double py(double y) {
        double v = result.logScale() ? Math.log10(y) : y;
        double lo = result.logScale() ? Math.log10(yMin) : yMin;
        double hi = result.logScale() ? Math.log10(yMax) : yMax;
        return TOP + PLOT_HEIGHT - (v - lo) / (hi - lo) * (PLOT_HEIGHT - PAD);
    }

    /** Powers of ten covering the data, at most about seven labels; widens the y range to whole decades. */
    private List<Double> logTicks() {
        int lo = (int) Math.floor(Math.log10(yMin) + 1e-9);
        int hi = (int) Math.ceil(Math.log10(yMax) - 1e-9);
        if (hi <= lo) {
            hi = lo + 1;
        }
        int step = Math.max(1, (hi - lo + 6) / 7);
        lo = Math.floorDiv(lo, step) * step; // ticks on multiples of the step, so 1 = 10⁰ is one of them
        yMin = Math.pow(10, lo);
        yMax = Math.pow(10, hi);
        List<Double> ticks = new ArrayList<>();
        for (int e = lo; e <= hi; e += step) {
            ticks.add(Math.pow(10, e));
        }
        return ticks;
    }

    /** Round ticks (1, 2 or 5 times a power of ten); for y the range widens to whole steps. */
    private List<Double> linearTicks(boolean vertical) {
        double lo = vertical ? yMin : xMin;
        double hi = vertical ? yMax : xMax;
        if (hi <= lo) {
            hi = lo + 1;
        }
        double raw = (hi - lo) / (vertical ? 6 : 10);
        double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
        double norm = raw / magnitude;
        double step = (norm < 1.5 ? 1 : norm < 3 ? 2 : norm < 7 ? 5 : 10) * magnitude;
        if (!vertical && step < 1 && wholeXs()) {
            step = 1; // layers and depths: no tick between two whole numbers
        }
        if (vertical) {
            lo = Math.floor(lo / step + 1e-9) * step;
            hi = Math.ceil(hi / step - 1e-9) * step;
            yMin = lo;
            yMax = hi;
        }
        List<Double> ticks = new ArrayList<>();
        for (double t = Math.ceil(lo / step - 1e-9) * step; t <= hi + step * 1e-9; t += step) {
            ticks.add(Math.abs(t) < step * 1e-9 ? 0 : t);
        }
        return ticks;
    }

    private boolean wholeXs() {
        for (Series s : result.series()) {
            for (double x : s.x()) {
                if (x != Math.floor(x)) {
                    return false;
                }
            }
        }
        return true;
    }

    private String yTickLabel(double t) {
        if (!result.logScale()) {
            return NumberText.compact(t);
        }
        int e = (int) Math.round(Math.log10(t));
        return e >= -2 && e <= 4 ? Numbers.format(t, 2) : NumberText.powerOfTen(e);
    }

    /** What the chart shows, in words: the axes, then each series' first and last point. */
    String summary() {
        String x = Messages.experimentText(result.xLabel());
        String y = Messages.experimentText(result.yLabel());
        StringBuilder out = new StringBuilder(Messages.format(result.logScale() ? UiText.CHART_SUMMARY_LOG
                : UiText.CHART_SUMMARY, y, x));
        for (Series s : result.series()) {
            int first = -1;
            int last = -1;
            for (int i = 0; i < Math.min(s.x().size(), s.y().size()); i++) {
                if (usable(s.x().get(i), s.y().get(i))) {
                    first = first < 0 ? i : first;
                    last = i;
                }
            }
            String name = Messages.experimentText(s.name());
            out.append(' ');
            if (first < 0) {
                out.append(Messages.format(UiText.CHART_NO_VALUES, name));
                continue;
            }
            out.append(Messages.format(UiText.CHART_SERIES, name, NumberText.compact(s.y().get(first)), x,
                    Numbers.format(s.x().get(first), 3), NumberText.compact(s.y().get(last)),
                    Numbers.format(s.x().get(last), 3)));
        }
        return out.toString();
    }

    private void add(HTMLElement child) {
        svg.appendChild(child);
    }

    private static HTMLElement line(String x1, String y1, String x2, String y2, String stroke, String width) {
        HTMLElement line = Dom.svg("line");
        line.setAttribute("x1", x1);
        line.setAttribute("y1", y1);
        line.setAttribute("x2", x2);
        line.setAttribute("y2", y2);
        if (stroke != null) {
            line.setAttribute("stroke", stroke);
            line.setAttribute("stroke-width", width);
        }
        return line;
    }

    private static HTMLElement text(double x, double y, String content, String anchor, String fill) {
        HTMLElement text = Dom.svg("text");
        text.setAttribute("x", coordinate(x));
        text.setAttribute("y", coordinate(y));
        text.setAttribute("text-anchor", anchor);
        text.setAttribute("fill", fill);
        Dom.setText(text, content);
        return text;
    }

    private static String coordinate(double v) {
        return Numbers.format(v, 1);
    }
}
