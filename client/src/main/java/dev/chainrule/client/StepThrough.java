package dev.chainrule.client;

import java.util.List;
import java.util.Map;
import org.teavm.jso.browser.Window;
import org.teavm.jso.dom.html.HTMLButtonElement;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * Plays the forward and then the backward pass on a {@link GraphView}: a toolbar (first, back, play/pause, next; the
 * arrow keys step too), a progress line and a caption that reads each step's rule aloud (aria-live). At each step
 * the node in hand is lit, the edges its numbers travel along are drawn in the pass's colour, and every value and
 * gradient known so far is written into its box. Opening it hides the graph's inputs; closing it gives them back.
 */
final class StepThrough {
    static final int PLAY_INTERVAL_MS = 1600;

    private final GraphView view;
    private final PassSteps passes;
    private final HTMLElement panel = Dom.element("div", "graph-stepper");
    private final HTMLButtonElement toggle;
    private final HTMLElement controls = Dom.element("div", "stepper-controls");
    private final HTMLButtonElement first;
    private final HTMLButtonElement back;
    private final HTMLButtonElement play;
    private final HTMLButtonElement next;
    private final HTMLElement progress = Dom.element("p", "stepper-progress");
    private final HTMLElement caption = Dom.element("p", "stepper-caption");
    private final HTMLElement lockNote = Dom.element("span", "stepper-locked");
    /** -1: before the first step (only the parameters are known). */
    private int index = -1;
    private boolean open;
    private int timer = -1;

    StepThrough(GraphView view) {
        this.view = view;
        this.passes = PassSteps.of(view.task().facts());
        toggle = button("stepper-toggle", UiText.STEPPER_OPEN);
        toggle.addEventListener("click", event -> setOpen(!open));
        first = button("stepper-first", UiText.STEPPER_FIRST);
        back = button("stepper-back", UiText.STEPPER_BACK);
        play = button("stepper-play", UiText.STEPPER_PLAY);
        next = button("stepper-next", UiText.STEPPER_NEXT);
        Dom.setText(first, "« " + Messages.get(UiText.STEPPER_FIRST));
        Dom.setText(back, "◀ " + Messages.get(UiText.STEPPER_BACK));
        Dom.setText(next, Messages.get(UiText.STEPPER_NEXT) + " ▶");
        first.addEventListener("click", event -> { pause(); go(-1); });
        back.addEventListener("click", event -> { pause(); go(index - 1); });
        next.addEventListener("click", event -> { pause(); go(index + 1); });
        play.addEventListener("click", event -> togglePlay());
        controls.setAttribute("role", "toolbar");
        controls.setAttribute("aria-label", Messages.get(UiText.STEPPER_TOOLBAR));
        controls.appendChild(first);
        controls.appendChild(back);
        controls.appendChild(play);
        controls.appendChild(next);
        controls.addEventListener("keydown", event -> {
            String key = Dom.key(event);
            if ("ArrowRight".equals(key) || "ArrowLeft".equals(key)) {
                event.preventDefault();
                pause();
                go(index + ("ArrowRight".equals(key) ? 1 : -1));
            }
        });
        caption.setAttribute("aria-live", "polite");
        progress.setAttribute("aria-hidden", "true");
        HTMLElement bar = Dom.element("div", "stepper-bar");
        bar.appendChild(toggle);
        bar.appendChild(lockNote);
        bar.appendChild(controls);
        panel.appendChild(bar);
        panel.appendChild(progress);
        panel.appendChild(caption);
        setOpen(false);
    }

    HTMLElement element() {
        return panel;
    }

    /** Locked, the toggle is disabled with a note saying why (it would show the answers before they are submitted). */
    void setLocked(boolean locked) {
        Dom.setDisabled(toggle, locked);
        Dom.setText(lockNote, locked ? Messages.get(UiText.STEPPER_LOCKED) : "");
        if (locked && open) {
            setOpen(false);
        }
    }

    boolean isOpen() {
        return open;
    }

    int stepIndex() {
        return index;
    }

    private void setOpen(boolean opened) {
        open = opened;
        pause();
        Dom.setText(toggle, Messages.get(opened ? UiText.STEPPER_CLOSE : UiText.STEPPER_OPEN));
        toggle.setAttribute("aria-expanded", opened ? "true" : "false");
        if (opened) {
            controls.removeAttribute("hidden");
            progress.removeAttribute("hidden");
            caption.removeAttribute("hidden");
            view.setStepping(true);
            go(-1);
            first.focus();
        } else {
            controls.setAttribute("hidden", "");
            progress.setAttribute("hidden", "");
            caption.setAttribute("hidden", "");
            view.setStepping(false);
        }
        panel.setAttribute("data-open", opened ? "true" : "false");
    }

    private void togglePlay() {
        if (timer >= 0) {
            pause();
            return;
        }
        if (index >= passes.steps().size() - 1) {
            go(-1);
        }
        setPlayLabel(true);
        timer = Window.setInterval(() -> {
            if (index >= passes.steps().size() - 1) {
                pause();
            } else {
                go(index + 1);
            }
        }, PLAY_INTERVAL_MS);
        go(index + 1);
    }

    private void pause() {
        if (timer >= 0) {
            Window.clearInterval(timer);
            timer = -1;
        }
        setPlayLabel(false);
    }

    private void setPlayLabel(boolean playing) {
        Dom.setText(play, (playing ? "⏸ " : "▶ ") + Messages.get(playing ? UiText.STEPPER_PAUSE : UiText.STEPPER_PLAY));
        play.setAttribute("aria-pressed", playing ? "true" : "false");
    }

    /** Shows the graph as it stands after step {@code target} (clamped to the steps there are). */
    void go(int target) {
        List<PassSteps.Step> steps = passes.steps();
        index = Math.max(-1, Math.min(steps.size() - 1, target));
        view.clearSteps();
        GraphFacts facts = view.task().facts();
        for (GraphFacts.Node node : facts.nodes()) {
            view.revealValue(node.name(), node.parameter() ? ExprText.number(node.value()) : null);
            view.revealGradient(node.name(), null);
        }
        Map<String, Double> gradients = Map.of();
        for (int i = 0; i <= index; i++) {
            PassSteps.Step step = steps.get(i);
            if (step.phase() == PassSteps.Phase.FORWARD) {
                view.revealValue(step.node(), ExprText.number(facts.node(step.node()).value()));
            } else {
                gradients = step.gradients();
            }
            view.setStep(step.node(), i == index ? "current" : "done");
        }
        for (Map.Entry<String, Double> g : gradients.entrySet()) {
            view.revealGradient(g.getKey(), ExprText.number(g.getValue()));
        }
        if (index < 0) {
            Dom.setText(progress, "");
            Dom.setText(caption, Messages.get(UiText.STEPPER_START));
        } else {
            PassSteps.Step step = steps.get(index);
            boolean forward = step.phase() == PassSteps.Phase.FORWARD;
            for (String input : step.inputs()) {
                view.setFlow(input, step.node(), forward ? "forward" : "backward");
            }
            int forwardCount = passes.forwardCount();
            Dom.setText(progress, forward
                    ? Messages.format(UiText.STEPPER_FORWARD_PROGRESS, index + 1, forwardCount)
                    : Messages.format(UiText.STEPPER_BACKWARD_PROGRESS, index + 1 - forwardCount, steps.size() - forwardCount));
            Dom.setText(caption, step.text());
        }
        panel.setAttribute("data-step", String.valueOf(index));
        Dom.setDisabled(first, index < 0);
        Dom.setDisabled(back, index < 0);
        Dom.setDisabled(next, index >= steps.size() - 1);
    }

    private static HTMLButtonElement button(String className, UiText text) {
        HTMLButtonElement button = (HTMLButtonElement) Dom.element("button", className);
        button.setType("button");
        Dom.setText(button, Messages.get(text));
        return button;
    }
}
