package dev.chainrule.client;

import dev.chainrule.grader.experiment.Experiment;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.teavm.jso.JSBody;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * The row of controls under an experiment that has run once: a labelled slider per whole-number setting (its current
 * value beside it), a checkbox for a 0..1 setting, all starting at the exercise's settings; {@code seed} is kept fixed.
 * Moving one calls the listener, which reads {@link #settings()}. What the learner explores here is never submitted.
 */
final class ExperimentControls {
    /** The setting that picks the random weights: not something to explore, so it keeps the exercise's value. */
    static final String FIXED = "seed";

    private final Map<String, Integer> settings;
    private final Map<String, Integer> start;
    private final HTMLElement row = Dom.element("fieldset", "experiment-controls");
    private final List<Control> controls = new ArrayList<>();
    private final Runnable listener;

    /** {@code start}: the exercise's settings with defaults filled in (as {@link Experiment#resolve} gives them). */
    ExperimentControls(Experiment experiment, Map<String, Integer> start, String idPrefix, Runnable listener) {
        this.start = new LinkedHashMap<>(start);
        this.settings = new LinkedHashMap<>(start);
        this.listener = listener;
        HTMLElement legend = Dom.element("legend", null);
        Dom.setText(legend, Messages.get(UiText.EXPLORE));
        row.appendChild(legend);
        // the sliders first, then the switches, each in the grader's order (by name)
        for (int pass = 0; pass < 2; pass++) {
            for (Experiment.Setting setting : experiment.settings()) {
                if (!FIXED.equals(setting.name()) && isSwitch(setting) == (pass == 1)) {
                    Control control = new Control(experiment.id(), setting, idPrefix + "-setting-" + setting.name());
                    controls.add(control);
                    row.appendChild(control.wrapper);
                }
            }
        }
        HTMLElement reset = Dom.element("button", "experiment-reset");
        reset.setAttribute("type", "button");
        Dom.setText(reset, Messages.get(UiText.RESET_SETTINGS));
        reset.addEventListener("click", event -> {
            reset();
            listener.run();
        });
        row.appendChild(reset);
    }

    /** A setting that is off (0) or on (1): a checkbox rather than a slider. */
    static boolean isSwitch(Experiment.Setting setting) {
        return setting.min() == 0 && setting.max() == 1;
    }

    HTMLElement element() {
        return row;
    }

    /** The settings as the controls stand (a copy). */
    Map<String, Integer> settings() {
        return new LinkedHashMap<>(settings);
    }

    /** Puts every control back to the exercise's settings (without calling the listener). */
    void reset() {
        settings.putAll(start);
        for (Control control : controls) {
            control.show(start.get(control.setting.name()));
        }
    }

    private final class Control {
        final Experiment.Setting setting;
        final HTMLElement wrapper;
        final HTMLElement input = Dom.element("input", null);
        final HTMLElement valueText;
        final boolean toggle;

        final String experimentId;

        Control(String experimentId, Experiment.Setting setting, String id) {
            this.experimentId = experimentId;
            this.setting = setting;
            toggle = isSwitch(setting);
            wrapper = Dom.element("div", "experiment-control " + (toggle ? "experiment-control-toggle" : "experiment-control-range"));
            wrapper.setAttribute("data-setting", setting.name());
            input.setId(id);
            input.setAttribute("name", setting.name());
            HTMLElement label = Dom.element("label", null);
            label.setAttribute("for", id);
            Dom.setText(label, Messages.settingLabel(experimentId, setting.name()));
            if (toggle) {
                input.setAttribute("type", "checkbox");
                valueText = null;
                wrapper.appendChild(input);
                wrapper.appendChild(label);
                input.addEventListener("change", event -> changed(Dom.isChecked(input) ? 1 : 0));
            } else {
                input.setAttribute("type", "range");
                input.setAttribute("min", String.valueOf(setting.min()));
                input.setAttribute("max", String.valueOf(setting.max()));
                input.setAttribute("step", "1");
                valueText = Dom.element("span", "experiment-control-value");
                valueText.setAttribute("aria-hidden", "true"); // the slider's aria-valuetext says it already
                wrapper.appendChild(label);
                wrapper.appendChild(input);
                wrapper.appendChild(valueText);
                input.addEventListener("input", event -> changed(wholeValue(input)));
            }
            show(settings.get(setting.name()));
        }

        void changed(int value) {
            int clamped = Math.max(setting.min(), Math.min(setting.max(), value));
            if (!toggle) {
                showValue(clamped);
            }
            if (settings.get(setting.name()) != clamped) {
                settings.put(setting.name(), clamped);
                listener.run();
            }
        }

        void show(int value) {
            if (toggle) {
                setChecked(input, value == 1);
            } else {
                setValue(input, String.valueOf(value));
                showValue(value);
            }
        }

        private void showValue(int value) {
            Dom.setText(valueText, String.valueOf(value));
            input.setAttribute("aria-valuetext", Messages.settingValue(experimentId, setting.name(), value));
        }
    }

    /** A range input's value as a whole number (the browser keeps it within min..max on whole steps). */
    @JSBody(params = "input", script = "return Math.round(Number(input.value)) | 0;")
    private static native int wholeValue(HTMLElement input);

    @JSBody(params = { "input", "checked" }, script = "input.checked = checked;")
    private static native void setChecked(HTMLElement input, boolean checked);

    @JSBody(params = { "input", "value" }, script = "input.value = value;")
    private static native void setValue(HTMLElement input, String value);
}
