package dev.chainrule.client;

import dev.chainrule.grader.exercise.Exercises;
import dev.chainrule.grader.exercise.ExperimentSpec;
import dev.chainrule.grader.exercise.FieldVerdict;
import dev.chainrule.grader.exercise.Kind;
import dev.chainrule.grader.exercise.Status;
import dev.chainrule.grader.exercise.Verdict;
import dev.chainrule.grader.experiment.ExperimentResult;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.teavm.jso.browser.Window;
import org.teavm.jso.dom.events.Event;
import org.teavm.jso.dom.html.HTMLButtonElement;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * The widget of one exercise, any kind: a field per asked name, checked in the page by the grader as the learner
 * types (or selects) and on Check, and submitted to the server for the authoritative verdict. An experiment asks for a
 * prediction first and unlocks running the experiment once the server has the prediction; after the first run, controls
 * let the learner change the experiment's settings and watch the chart redraw.
 */
final class ExerciseWidget {
    static final String STATUS_ERROR = "error";
    static final String STATUS_PENDING = "pending";
    static final String STATUS_SUBMITTED = "submitted";
    /** The start of the grader's message for a field that is right given the learner's own other answers. */
    static final String CARRIED_PREFIX = "Correct, given your own";

    private final ExerciseVariant variant;
    private final boolean experiment;
    private final List<AnswerField> fields = new ArrayList<>();
    private final HTMLButtonElement checkButton;
    private final HTMLButtonElement submitButton;
    private final HTMLButtonElement runButton;
    private final HTMLElement hint;
    private final HTMLElement result;
    private final HTMLElement plot;
    private final String idPrefix;
    private HTMLElement form;
    private ExperimentControls controls;
    private boolean runScheduled;
    private boolean submitting;
    private boolean localCarried;
    private boolean serverCarried;

    ExerciseWidget(ExerciseVariant variant, String idPrefix) {
        this.variant = variant;
        this.experiment = variant.kind() == Kind.EXPERIMENT;
        this.idPrefix = idPrefix;
        for (int i = 0; i < variant.ask().size(); i++) {
            fields.add(field(variant.ask().get(i), idPrefix + "-field-" + i));
        }
        checkButton = experiment ? null : button("button", "exercise-check", Messages.CHECK);
        submitButton = button("submit", "exercise-submit", experiment ? Messages.COMMIT_PREDICTION : Messages.SUBMIT);
        runButton = experiment ? button("button", "experiment-run", Messages.RUN_EXPERIMENT) : null;
        hint = Dom.element("p", "exercise-hint");
        hint.setAttribute("hidden", "");
        result = Dom.element("p", "exercise-result");
        result.setAttribute("aria-live", "polite");
        plot = experiment ? Dom.element("div", "experiment-plot") : null;
    }

    private AnswerField field(String name, String id) {
        String tex = variant.labelTex(name);
        switch (variant.kind()) {
            case LAYER: {
                int[] shape = variant.shapes().get(name);
                return FieldRow.matrix(name, id, tex, shape[0], shape[1]);
            }
            case DERIVATIVE_EXPRESSION:
                return FieldRow.formula(name, id, tex, Messages.canUse(String.join(", ", variant.variables()),
                        functionNames()));
            case CHOICE:
                return new ChoiceField(name, id, variant.options(), variant.multiple(),
                        variant.multiple() ? Messages.SELECT_ALL : Messages.SELECT_ONE);
            case EXPERIMENT:
                return new ChoiceField(name, id, variant.options(), false, Messages.PREDICT);
            default:
                return FieldRow.number(name, id, tex);
        }
    }

    /** The functions a formula may call, from the grader's own list. */
    private static String functionNames() {
        StringBuilder names = new StringBuilder();
        for (dev.chainrule.grader.expr.Expr.Function f : dev.chainrule.grader.expr.Expr.Function.values()) {
            names.append(names.length() == 0 ? "" : ", ").append(f.id());
        }
        return names.toString();
    }

    /** Builds the form inside {@code container} (replacing its noscript fallback) and wires the events. */
    void render(HTMLElement container) {
        form = Dom.element("form", "exercise-form exercise-kind-" + variant.kind().id());
        form.setAttribute("novalidate", "");
        for (AnswerField field : fields) {
            form.appendChild(field.element());
            field.onEdit(() -> edited(field));
        }
        form.appendChild(hint);
        HTMLElement actions = Dom.element("div", "exercise-actions");
        if (checkButton != null) {
            actions.appendChild(checkButton);
            checkButton.addEventListener("click", event -> checkAll());
        }
        actions.appendChild(submitButton);
        if (runButton != null) {
            runButton.setDisabled(true);
            runButton.setAttribute("title", Messages.RUN_LOCKED);
            actions.appendChild(runButton);
            runButton.addEventListener("click", event -> runExperiment());
        }
        form.appendChild(actions);
        form.appendChild(result);
        if (plot != null) {
            form.appendChild(plot);
        }
        form.addEventListener("submit", this::submit);

        Dom.removeChildren(container);
        container.appendChild(form);
    }

    private static HTMLButtonElement button(String type, String className, String text) {
        HTMLButtonElement button = (HTMLButtonElement) Dom.element("button", className);
        button.setType(type);
        Dom.setText(button, text);
        return button;
    }

    /**
     * On typing or selecting: an emptied field clears its verdict, anything else gets the grader's verdict; fields
     * that already show a verdict are refreshed too, since with carried-forward grading one answer moves another's.
     * A prediction is not checked in the page: that would give it away before it is committed.
     */
    private void edited(AnswerField edited) {
        if (experiment) {
            return;
        }
        if (edited.isBlank()) {
            edited.clearLocal();
        }
        Verdict verdict = checkLocally();
        if (verdict == null) {
            return;
        }
        for (AnswerField field : fields) {
            if (field == edited ? !field.isBlank() : field.hasLocal() && !field.isBlank()) {
                showLocal(field, verdict);
            }
        }
        localCarried = carried(verdict);
        updateHint();
    }

    /** On Check: every field gets a verdict, an empty one counts as invalid. */
    private void checkAll() {
        Verdict verdict = checkLocally();
        if (verdict == null) {
            return;
        }
        for (AnswerField field : fields) {
            showLocal(field, verdict);
        }
        localCarried = carried(verdict);
        updateHint();
    }

    private static boolean carried(Verdict verdict) {
        for (FieldVerdict field : verdict.fields()) {
            if (field.status() == Status.CORRECT && field.message() != null
                    && field.message().startsWith(CARRIED_PREFIX)) {
                return true;
            }
        }
        return false;
    }

    /** The one-line note on carried-forward grading, shown while some verdict is "correct, given your own ...". */
    private void updateHint() {
        boolean backward = variant.kind() == Kind.BACKWARD_PASS;
        if ((backward || variant.kind() == Kind.FORWARD_PASS) && (localCarried || serverCarried)) {
            Dom.setText(hint, backward ? Messages.CARRIED_BACKWARD : Messages.CARRIED_FORWARD);
            hint.removeAttribute("hidden");
        } else {
            hint.setAttribute("hidden", "");
        }
    }

    private void showLocal(AnswerField field, Verdict verdict) {
        FieldVerdict found = find(verdict, field.name());
        if (found != null) {
            field.showLocal(VerdictText.statusName(found.status()), found.message());
        } else {
            field.showLocal(VerdictText.INVALID, field.isBlank() ? Messages.EMPTY_ANSWER : "");
        }
    }

    private Verdict checkLocally() {
        try {
            return Exercises.check(variant.spec(), variant.params(), answers());
        } catch (RuntimeException e) {
            Dom.logError("chainrule: local check of " + variant.id() + " failed: " + e.getMessage());
            return null;
        }
    }

    private static FieldVerdict find(Verdict verdict, String name) {
        for (FieldVerdict field : verdict.fields()) {
            if (name.equals(field.field())) {
                return field;
            }
        }
        return null;
    }

    private Map<String, String> answers() {
        Map<String, String> answers = new LinkedHashMap<>();
        for (AnswerField field : fields) {
            answers.put(field.name(), field.text());
        }
        return answers;
    }

    private void submit(Event event) {
        event.preventDefault();
        if (submitting) {
            return;
        }
        setSubmitting(true);
        showResult(STATUS_PENDING, Messages.SUBMITTING);
        Api.submit(variant.id(), answers(), new Api.SubmissionCallback() {
            @Override
            public void accepted(SubmissionReply reply) {
                setSubmitting(false);
                showReply(reply);
            }

            @Override
            public void failed(String message) {
                setSubmitting(false);
                showResult(STATUS_ERROR, message);
            }
        });
    }

    private void setSubmitting(boolean running) {
        submitting = running;
        submitButton.setDisabled(running);
        if (running) {
            submitButton.setAttribute("aria-busy", "true");
        } else {
            submitButton.removeAttribute("aria-busy");
        }
    }

    private void showReply(SubmissionReply reply) {
        serverCarried = false;
        for (SubmissionReply.FieldResult result : reply.fields()) {
            for (AnswerField field : fields) {
                if (field.name().equals(result.field())) {
                    field.showServer(result.status(), serverText(result));
                }
            }
            serverCarried |= "correct".equals(result.status()) && result.message().startsWith(CARRIED_PREFIX);
        }
        updateHint();
        if (experiment) {
            showCommitted(reply.field(ExperimentSpec.FIELD));
            return;
        }
        showResult(STATUS_SUBMITTED, Messages.submitted(reply.correctCount(), reply.fields().size(), reply.score()));
    }

    /** The server's message, with the named mistake's explanation when the message lacks it and any partial credit. */
    private static String serverText(SubmissionReply.FieldResult result) {
        String text = result.message();
        String explanation = result.explanation();
        if (explanation != null && !text.contains(explanation)) {
            text = text.isEmpty() ? explanation : text + " " + explanation;
        }
        return text + Messages.partialCredit(result.credit());
    }

    /** A prediction the server took (correct or not, but not invalid) locks the choice and unlocks the run. */
    private void showCommitted(SubmissionReply.FieldResult prediction) {
        if (prediction == null || VerdictText.INVALID.equals(prediction.status())) {
            showResult(STATUS_ERROR, prediction == null || prediction.message().isEmpty()
                    ? Messages.SELECT_ONE : prediction.message());
            return;
        }
        for (AnswerField field : fields) {
            field.setDisabled(true);
        }
        submitButton.setDisabled(true);
        runButton.setDisabled(false);
        runButton.removeAttribute("title");
        showResult(STATUS_SUBMITTED, Messages.committed(VerdictText.CORRECT.equals(prediction.status())));
    }

    /**
     * Runs the experiment in the page and draws the result: with the exercise's settings the first time, then with
     * the controls' settings, which appear after the first run.
     */
    private void runExperiment() {
        ExperimentSpec spec = (ExperimentSpec) variant.spec();
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
        ExperimentSpec spec = (ExperimentSpec) variant.spec();
        try {
            ExperimentResult run = spec.experiment().run(settings);
            Dom.removeChildren(plot);
            plot.appendChild(SvgChart.render(run));
            plot.setAttribute("data-status", "done");
            return true;
        } catch (RuntimeException e) {
            Dom.logError("chainrule: experiment " + variant.id() + " failed: " + e.getMessage());
            showResult(STATUS_ERROR, Messages.EXPERIMENT_FAILED + e.getMessage());
            return false;
        }
    }

    private void showResult(String status, String text) {
        result.setAttribute("data-status", status);
        Dom.setText(result, text);
    }
}
