package dev.chainrule.client;

import dev.chainrule.grader.exercise.ExperimentSpec;
import dev.chainrule.grader.experiment.ExperimentResult;
import java.util.Map;
import org.teavm.jso.browser.Window;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * The running half of an experiment exercise (lab build): runs the experiment in the page and draws the result, with
 * the exercise's settings the first time and then with the controls that appear after that first run. The page build
 * renders the prediction form and hands its elements over once the learner presses Run.
 */
final class ExperimentPanel {
    private final ExerciseVariant variant;
    private final ExperimentSpec spec;
    private final String idPrefix;
    private final HTMLElement form;
    private final HTMLElement plot;
    private final ChartFrame chart;
    private final HTMLElement result;
    private ExperimentControls controls;
    private boolean runScheduled;

    ExperimentPanel(ExerciseVariant variant, String idPrefix, HTMLElement form, HTMLElement plot, HTMLElement result) {
        this.variant = variant;
        this.spec = (ExperimentSpec) variant.spec();
        this.idPrefix = idPrefix;
        this.form = form;
        this.plot = plot;
        this.chart = new ChartFrame(plot);
        this.result = result;
    }

    /** A press of Run: with the exercise's settings the first time, then with the controls' settings. */
    void run() {
        if (!draw(controls != null ? controls.settings() : spec.settings()) || controls != null) {
            return;
        }
        try {
            controls = new ExperimentControls(spec.experiment(), spec.experiment().resolve(spec.settings()), idPrefix,
                    this::scheduleRun);
        } catch (RuntimeException e) {
            Dom.logError("chainrule: experiment settings of " + variant.id() + " failed: " + e.getMessage());
            return;
        }
        form.insertBefore(controls.element(), plot);
        if ("shortcut-gradients".equals(spec.experiment().id())) {
            TrainingLab lab = new TrainingLab(idPrefix);
            form.appendChild(lab.element());
            lab.schedule();
        }
    }

    /**
     * A control moved: the run waits for the events already queued (a slider dragged or a key held while a large run
     * takes its ~0.1 s), so that one run takes the settings as they stand then rather than one run per event.
     */
    private void scheduleRun() {
        if (runScheduled) {
            return;
        }
        runScheduled = true;
        Window.setTimeout(() -> {
            runScheduled = false;
            draw(controls.settings());
        }, 0);
    }

    private boolean draw(Map<String, Integer> settings) {
        try {
            ExperimentResult run = spec.experiment().run(settings);
            chart.show(run);
            plot.setAttribute("data-status", "done");
            return true;
        } catch (RuntimeException e) {
            Dom.logError("chainrule: experiment " + variant.id() + " failed: " + e.getMessage());
            result.setAttribute("data-status", ExerciseWidget.STATUS_ERROR);
            Dom.setText(result, Messages.get(UiText.EXPERIMENT_FAILED) + e.getMessage());
            return false;
        }
    }
}
