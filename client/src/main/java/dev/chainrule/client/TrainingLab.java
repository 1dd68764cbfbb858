package dev.chainrule.client;

import dev.chainrule.grader.experiment.ExperimentResult;
import org.teavm.jso.JSBody;
import org.teavm.jso.browser.Performance;
import org.teavm.jso.browser.Window;
import org.teavm.jso.dom.html.HTMLButtonElement;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * The loss curves of a small training run ({@link TrainingRun}), under the shortcut experiment once it has run: sliders
 * for depth and width, a choice of activation, and a chart that redraws as they move. Nothing here is submitted.
 */
final class TrainingLab {
    static final long SEED = 1;

    private final HTMLElement panel = Dom.element("fieldset", "training-lab");
    private final HTMLElement depth = Dom.element("input", null);
    private final HTMLElement width = Dom.element("input", null);
    private final HTMLElement activation = Dom.element("select", null);
    private final HTMLElement depthValue = Dom.element("span", "training-control-value");
    private final HTMLElement widthValue = Dom.element("span", "training-control-value");
    private final HTMLElement status = Dom.element("p", "training-status");
    private final HTMLElement plot = Dom.element("div", "training-plot");
    private final ChartFrame chart = new ChartFrame(plot);
    private boolean scheduled;

    TrainingLab(String idPrefix) {
        HTMLElement legend = Dom.element("legend", null);
        Dom.setText(legend, Messages.get(UiText.TRAIN_LEGEND));
        panel.appendChild(legend);
        HTMLElement controls = Dom.element("div", "training-controls");
        slider(controls, depth, depthValue, idPrefix + "-train-depth", UiText.TRAIN_DEPTH, 1, TrainingRun.MAX_DEPTH, 6);
        slider(controls, width, widthValue, idPrefix + "-train-width", UiText.TRAIN_WIDTH, 1, TrainingRun.MAX_WIDTH, 4);
        HTMLElement selectRow = Dom.element("div", "training-control");
        HTMLElement label = Dom.element("label", null);
        label.setAttribute("for", idPrefix + "-train-activation");
        Dom.setText(label, Messages.get(UiText.TRAIN_ACTIVATION));
        activation.setId(idPrefix + "-train-activation");
        for (TrainingRun.Activation a : TrainingRun.Activation.values()) {
            HTMLElement option = Dom.element("option", null);
            option.setAttribute("value", a.id);
            Dom.setText(option, a == TrainingRun.Activation.SIGMOID ? Messages.get(UiText.TRAIN_SIGMOID)
                    : a == TrainingRun.Activation.TANH ? "tanh" : "ReLU");
            activation.appendChild(option);
        }
        activation.addEventListener("change", event -> schedule());
        selectRow.appendChild(label);
        selectRow.appendChild(activation);
        controls.appendChild(selectRow);
        HTMLButtonElement again = (HTMLButtonElement) Dom.element("button", "training-run");
        again.setType("button");
        Dom.setText(again, Messages.get(UiText.TRAIN_BUTTON));
        again.addEventListener("click", event -> schedule());
        controls.appendChild(again);
        panel.appendChild(controls);
        status.setAttribute("aria-live", "polite");
        panel.appendChild(status);
        panel.appendChild(plot);
    }

    private void slider(HTMLElement controls, HTMLElement input, HTMLElement value, String id, UiText text, int min,
            int max, int start) {
        HTMLElement row = Dom.element("div", "training-control");
        HTMLElement label = Dom.element("label", null);
        label.setAttribute("for", id);
        Dom.setText(label, Messages.get(text));
        input.setId(id);
        input.setAttribute("type", "range");
        input.setAttribute("min", String.valueOf(min));
        input.setAttribute("max", String.valueOf(max));
        input.setAttribute("step", "1");
        input.setAttribute("value", String.valueOf(start));
        value.setAttribute("aria-hidden", "true");
        Dom.setText(value, String.valueOf(start));
        input.addEventListener("input", event -> {
            Dom.setText(value, Dom.value(input));
            schedule();
        });
        row.appendChild(label);
        row.appendChild(input);
        row.appendChild(value);
        controls.appendChild(row);
    }

    HTMLElement element() {
        return panel;
    }

    /** Trains after the events already queued, so a dragged slider trains once for where it stopped. */
    void schedule() {
        if (scheduled) {
            return;
        }
        scheduled = true;
        Dom.setText(status, Messages.get(UiText.TRAIN_RUNNING));
        Window.setTimeout(() -> {
            scheduled = false;
            train();
        }, 0);
    }

    private void train() {
        int d = whole(depth);
        int w = whole(width);
        TrainingRun.Activation a = TrainingRun.Activation.values()[selectedIndex(activation)];
        double start = Performance.now();
        ExperimentResult result;
        try {
            result = TrainingRun.run(d, w, a, SEED);
        } catch (RuntimeException e) {
            Dom.setText(status, Messages.get(UiText.EXPERIMENT_FAILED) + e.getMessage());
            return;
        }
        long ms = Math.round(Performance.now() - start);
        Dom.setText(status, Messages.format(UiText.TRAIN_DONE, TrainingRun.STEPS, TrainingRun.parameterCount(d, w), ms));
        panel.setAttribute("data-trained", d + "x" + w + "-" + a.id);
        chart.show(result);
    }

    @JSBody(params = "input", script = "return Math.round(Number(input.value)) | 0;")
    private static native int whole(HTMLElement input);

    @JSBody(params = "select", script = "return select.selectedIndex | 0;")
    private static native int selectedIndex(HTMLElement select);
}
