package dev.chainrule.client;

import dev.chainrule.grader.experiment.ExperimentResult;
import dev.chainrule.grader.experiment.Series;
import java.util.List;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSFunctor;
import org.teavm.jso.JSObject;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * The charting library (uPlot, served from the site under {@code /vendor/uplot/}) and {@code chainrule-chart.js},
 * which draws a result with it. Both load only when a widget first asks ({@link #load}), so pages without an
 * experiment never fetch them. Until they are there, or if they never come (offline before they were cached), the
 * experiment shows its static SVG figure ({@link SvgChart}).
 */
final class Charts {
    /** Called once the library is in the page. */
    @JSFunctor
    interface Loaded extends JSObject {
        void loaded();
    }

    private Charts() {
    }

    /** Starts loading (once per page) and calls {@code loaded} when the library is ready; never when it fails. */
    @JSBody(params = "loaded", script = "if (!self.chainruleChartsLoading) {"
            + " var boot = document.querySelector('script[src*=\"chainrule-boot.js\"]');"
            + " var base = boot ? boot.src.replace(/js\\/chainrule-boot\\.js.*$/, '') : '/';"
            + " var css = document.createElement('link'); css.rel = 'stylesheet';"
            + " css.href = base + 'vendor/uplot/uPlot.min.css'; document.head.appendChild(css);"
            + " var script = function (src) { return new Promise(function (ok, fail) {"
            + "   var s = document.createElement('script'); s.src = src; s.async = false;"
            + "   s.onload = function () { ok(); }; s.onerror = function () { fail(new Error(src)); };"
            + "   document.head.appendChild(s); }); };"
            + " self.chainruleChartsLoading = script(base + 'vendor/uplot/uPlot.iife.min.js')"
            + "   .then(function () { return script(base + 'js/chainrule-chart.js'); });"
            + " self.chainruleChartsLoading.catch(function (e) {"
            + "   console.warn('chainrule: the chart library did not load, showing static figures: ' + e); });"
            + "}"
            + "self.chainruleChartsLoading.then(function () { loaded(); }, function () {});")
    static native void load(Loaded loaded);

    @JSBody(script = "return typeof self.uPlot === 'function' && typeof self.chainruleChart === 'function';")
    static native boolean ready();

    @JSBody(params = { "target", "spec" }, script = "try { return self.chainruleChart(target, spec) === true; }"
            + " catch (e) { console.error('chainrule: chart failed: ' + e); return false; }")
    private static native boolean draw(HTMLElement target, String spec);

    /** Draws {@code result} into {@code target} with the library; false when it is not there or failed. */
    static boolean draw(HTMLElement target, ExperimentResult result, String summary) {
        return ready() && draw(target, spec(result, summary));
    }

    /** The chart's spec as JSON text, labels in the page's language. */
    static String spec(ExperimentResult result, String summary) {
        StringBuilder json = new StringBuilder(1024);
        json.append("{\"xLabel\":").append(Json.string(Messages.experimentText(result.xLabel())))
                .append(",\"yLabel\":").append(Json.string(Messages.experimentText(result.yLabel())))
                .append(",\"log\":").append(result.logScale())
                .append(",\"summary\":").append(Json.string(summary))
                .append(",\"series\":[");
        List<Series> series = result.series();
        for (int k = 0; k < series.size(); k++) {
            Series s = series.get(k);
            json.append(k == 0 ? "" : ",").append("{\"name\":").append(Json.string(Messages.experimentText(s.name())))
                    .append(",\"x\":");
            numbers(s.x(), json);
            json.append(",\"y\":");
            numbers(s.y(), json);
            json.append('}');
        }
        return json.append("]}").toString();
    }

    private static void numbers(List<Double> values, StringBuilder json) {
        json.append('[');
        for (int i = 0; i < values.size(); i++) {
            double v = values.get(i);
            json.append(i == 0 ? "" : ",").append(Double.isFinite(v) ? String.valueOf(v) : "null");
        }
        json.append(']');
    }
}
