package dev.chainrule.client;

import dev.chainrule.grader.exercise.Kind;
import dev.chainrule.grader.exercise.Language;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSExport;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * Entry point of the lab build ({@code chainrule-lab.js} / {@code chainrule-lab.wasm}): experiments, their controls,
 * the training lab and the charts. chainrule-boot.js loads it only when a learner first presses Run on an experiment
 * (or once the Run button unlocks), so lesson pages without one never download it. The page build stays in charge
 * of the prediction form; this build takes over the Run button of the widget it is given.
 */
public final class ChainruleLab {
    private static boolean started;

    private ChainruleLab() {
    }

    /** Nothing to do at load: the page build calls {@link #chainruleLabAttach} for each experiment when asked. */
    public static void main(String[] args) {
        start();
    }

    /**
     * Takes over the experiment widget rendered (by the page build) inside {@code container}, the section's
     * {@code .exercise-widget}: runs it once now and on every later press of its Run button. Returns "" or, when the
     * widget cannot run, why not.
     */
    @JSExport
    public static String chainruleLabAttach(HTMLElement container) {
        start();
        HTMLElement section = section(container);
        HTMLElement data = section == null ? null : section.querySelector("script.exercise-variant");
        HTMLElement form = container.querySelector(".exercise-form");
        HTMLElement plot = container.querySelector(".experiment-plot");
        HTMLElement result = container.querySelector(".exercise-result");
        HTMLElement run = container.querySelector("button.experiment-run");
        if (data == null || form == null || plot == null || result == null || run == null) {
            return "no experiment widget here";
        }
        try {
            ExerciseVariant variant = PageData.parse(data.getTextContent());
            if (variant.kind() != Kind.EXPERIMENT) {
                return "'" + variant.id() + "' is not an experiment";
            }
            String id = section.getId();
            ExperimentPanel panel = new ExperimentPanel(variant, id != null && !id.isEmpty() ? id : "exercise-" + variant.id(),
                    form, plot, result);
            run.addEventListener("click", event -> panel.run());
            panel.run();
            return "";
        } catch (PageDataException e) {
            return e.getMessage();
        }
    }

    private static void start() {
        if (!started) {
            started = true;
            Messages.use(Language.byTag(pageLanguage()));
        }
    }

    @JSBody(params = "element", script = "return element.closest('section.exercise');")
    private static native HTMLElement section(HTMLElement element);

    @JSBody(script = "return document.documentElement.lang || '';")
    private static native String pageLanguage();
}
