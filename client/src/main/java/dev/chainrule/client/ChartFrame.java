package dev.chainrule.client;

import dev.chainrule.grader.experiment.ExperimentResult;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * A plot area that shows an experiment's result: the interactive chart once the charting library is there, above the
 * static SVG figure, which stays open meanwhile (or for good when the library cannot load). {@code data-chart} on the
 * plot says which one is showing. A newer result wins over a library that arrives late for an older one.
 */
final class ChartFrame {

    private final HTMLElement plot;
    private int generation;

    ChartFrame(HTMLElement plot) {
        this.plot = plot;
    }

    void show(ExperimentResult result) {
        Dom.removeChildren(plot);
        HTMLElement interactive = Dom.element("div", "chart-interactive");
        HTMLElement details = Dom.element("details", "chart-static");
        HTMLElement summary = Dom.element("summary", null);
        Dom.setText(summary, Messages.get(UiText.CHART_STATIC));
        details.appendChild(summary);
        details.appendChild(SvgChart.render(result));
        plot.appendChild(interactive);
        plot.appendChild(details);
        int current = ++generation;
        if (Charts.draw(interactive, result, SvgChart.describe(result))) {
            plot.setAttribute("data-chart", "uplot");
            return;
        }
        details.setAttribute("open", "");
        plot.setAttribute("data-chart", "svg");
        Charts.load(() -> {
            if (current == generation && Charts.draw(interactive, result, SvgChart.describe(result))) {
                details.removeAttribute("open");
                plot.setAttribute("data-chart", "uplot");
            }
        });
    }
}
