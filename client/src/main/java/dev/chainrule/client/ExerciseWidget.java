package dev.chainrule.client;

import dev.chainrule.grader.exercise.Exercises;
import dev.chainrule.grader.exercise.ExperimentSpec;
import dev.chainrule.grader.exercise.FieldVerdict;
import dev.chainrule.grader.exercise.Kind;
import dev.chainrule.grader.exercise.Verdict;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.teavm.jso.dom.events.Event;
import org.teavm.jso.dom.html.HTMLButtonElement;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * The widget of one exercise, any kind: a field per asked name, checked in the page by the grader as the learner
 * types (or selects) and on Check, and submitted to the server for the authoritative verdict. An experiment asks for a
 * prediction first and unlocks running the experiment once the server has the prediction; running it, its controls
 * and its chart belong to the lab build ({@link Lab}), loaded on demand.
 */
final class ExerciseWidget {
    static final String STATUS_ERROR = "error";
    static final String STATUS_PENDING = "pending";
    static final String STATUS_SUBMITTED = "submitted";
    /** Saved in the browser, waiting for the connection ({@link SubmissionQueue}). */
    static final String STATUS_QUEUED = "queued";

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
    /** The drawn graph the fields sit on (graph kinds), else null; then {@code stepper} plays its passes. */
    private final GraphView graph;
    private final StepThrough stepper;
    private Map<String, String> submittedAnswers = Map.of();
    private HTMLElement form;
    private HTMLElement container;
    /** Whether the lab build has taken over the Run button. */
    private boolean labAttached;
    private boolean submitting;
    private boolean localCarried;
    private boolean serverCarried;

    ExerciseWidget(ExerciseVariant variant, String idPrefix) {
        this.variant = variant;
        this.experiment = variant.kind() == Kind.EXPERIMENT;
        this.idPrefix = idPrefix;
        graph = graphView(variant, idPrefix);
        stepper = graph == null ? null : new StepThrough(graph);
        for (int i = 0; i < variant.ask().size(); i++) {
            String name = variant.ask().get(i);
            String id = idPrefix + "-field-" + i;
            fields.add(graph != null ? new GraphNodeField(name, id, variant.labelTex(name), graph) : field(name, id));
        }
        checkButton = experiment ? null : button("button", "exercise-check", Messages.get(UiText.CHECK));
        submitButton = button("submit", "exercise-submit", experiment ? Messages.get(UiText.COMMIT_PREDICTION) : Messages.get(UiText.SUBMIT));
        runButton = experiment ? button("button", "experiment-run", Messages.get(UiText.RUN_EXPERIMENT)) : null;
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
                        variant.multiple() ? Messages.get(UiText.SELECT_ALL) : Messages.get(UiText.SELECT_ONE));
            case EXPERIMENT:
                return new ChoiceField(name, id, variant.options(), false, Messages.get(UiText.PREDICT));
            default:
                return FieldRow.number(name, id, tex);
        }
    }

    /** The graph widget for forward-pass, backward-pass and gradients of the output; null for other exercises. */
    private static GraphView graphView(ExerciseVariant variant, String idPrefix) {
        try {
            GraphTask task = GraphTask.of(variant.spec(), variant.params(), variant.ask());
            return task == null ? null : new GraphView(task, idPrefix);
        } catch (RuntimeException e) {
            Dom.logError("chainrule: no graph for " + variant.id() + ": " + e.getMessage());
            return null;
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
        if (graph != null) {
            form.appendChild(graphArea());
        }
        for (AnswerField field : fields) {
            if (graph == null) {
                form.appendChild(field.element());
            }
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
            runButton.setAttribute("title", Messages.get(UiText.RUN_LOCKED));
            actions.appendChild(runButton);
            runButton.addEventListener("click", event -> runInLab());
        }
        form.appendChild(actions);
        form.appendChild(result);
        if (plot != null) {
            form.appendChild(plot);
        }
        form.addEventListener("submit", this::submit);
        listenToQueue();

        this.container = container;
        Dom.removeChildren(container);
        container.appendChild(form);
    }

    /** The graph, a line on how to move through it, the step-through and the list of per-node verdicts. */
    private HTMLElement graphArea() {
        HTMLElement area = Dom.element("div", "graph-area");
        HTMLElement keys = Dom.element("p", "graph-keys");
        Dom.setText(keys, Messages.get(UiText.GRAPH_KEYS));
        HTMLElement scroller = Dom.element("div", "graph-scroll");
        scroller.appendChild(graph.element());
        HTMLElement feedback = Dom.element("ul", "graph-feedback");
        for (int i = 0; i < fields.size(); i++) {
            GraphNodeField field = (GraphNodeField) fields.get(i);
            feedback.appendChild(field.element());
            GraphNodeField nextField = i + 1 < fields.size() ? (GraphNodeField) fields.get(i + 1) : null;
            GraphNodeField previous = i > 0 ? (GraphNodeField) fields.get(i - 1) : null;
            field.input().addEventListener("keydown", event -> {
                if (!"Enter".equals(Dom.key(event))) {
                    return;
                }
                event.preventDefault(); // Enter walks the graph; Submit stays a deliberate press
                GraphNodeField target = Dom.shiftKey(event) ? previous : nextField;
                if (target != null) {
                    target.input().focus();
                } else {
                    checkAll();
                }
            });
        }
        area.appendChild(keys);
        area.appendChild(scroller);
        stepper.setLocked(true);
        area.appendChild(stepper.element());
        area.appendChild(feedback);
        return area;
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
        localCarried = carried(verdict, answers());
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
        localCarried = carried(verdict, answers());
        updateHint();
    }

    /** Whether some field is right only given the learner's own other answers (worked out from the numbers). */
    private boolean carried(Verdict verdict, Map<String, String> answers) {
        if (graph == null) {
            return false;
        }
        for (FieldVerdict field : verdict.fields()) {
            if (graph.task().carried(field.field(), answers.get(field.field()), VerdictText.statusName(field.status()))) {
                return true;
            }
        }
        return false;
    }

    /** The one-line note on carried-forward grading, shown while some verdict is "correct, given your own ...". */
    private void updateHint() {
        boolean backward = variant.kind() == Kind.BACKWARD_PASS;
        if ((backward || variant.kind() == Kind.FORWARD_PASS) && (localCarried || serverCarried)) {
            Dom.setText(hint, backward ? Messages.get(UiText.CARRIED_BACKWARD) : Messages.get(UiText.CARRIED_FORWARD));
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
            field.showLocal(VerdictText.INVALID, field.isBlank() ? Messages.get(UiText.EMPTY_ANSWER) : "");
        }
    }

    private Verdict checkLocally() {
        try {
            return Exercises.check(variant.spec(), variant.params(), answers(), Messages.language());
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
        showResult(STATUS_PENDING, Messages.get(UiText.SUBMITTING));
        submittedAnswers = answers();
        Api.submit(variant.id(), submittedAnswers, new Api.SubmissionCallback() {
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

            @Override
            public void unreachable() {
                setSubmitting(false);
                showResult(STATUS_QUEUED, Messages.get(UiText.QUEUED));
            }
        });
    }

    /** Shows the server's verdicts of a submission that waited in the browser and has now been sent. */
    private void listenToQueue() {
        SubmissionQueue.listen(variant.id(), new SubmissionQueue.Listener() {
            @Override
            public void sent(SubmissionQueue.Pending pending, SubmissionReply reply) {
                submittedAnswers = pending.answers();
                showReply(reply);
                if (!experiment) {
                    showResult(STATUS_SUBMITTED, Messages.get(UiText.SENT_LATER)
                            + Messages.submitted(reply.correctCount(), reply.fields().size(), reply.score()));
                }
            }

            @Override
            public void refused(SubmissionQueue.Pending pending, String message) {
                showResult(STATUS_ERROR, message);
            }
        });
        int waiting = SubmissionQueue.count(variant.id());
        if (waiting > 0) {
            showResult(STATUS_QUEUED, Messages.format(UiText.QUEUED_WAITING, waiting));
        }
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
            serverCarried |= graph != null
                    && graph.task().carried(result.field(), submittedAnswers.get(result.field()), result.status());
        }
        updateHint();
        if (stepper != null) {
            stepper.setLocked(false);
        }
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
                    ? Messages.get(UiText.SELECT_ONE) : prediction.message());
            return;
        }
        for (AnswerField field : fields) {
            field.setDisabled(true);
        }
        submitButton.setDisabled(true);
        runButton.setDisabled(false);
        runButton.removeAttribute("title");
        Lab.preload(); // fetch the lab build and its chart library while the learner reads the verdict
        showResult(STATUS_SUBMITTED, Messages.committed(VerdictText.CORRECT.equals(prediction.status())));
    }

    /**
     * Run: the first press hands the widget to the lab build, which runs the experiment, draws it, adds the controls
     * and answers every later press itself.
     */
    private void runInLab() {
        if (labAttached) {
            return;
        }
        labAttached = true;
        Lab.attach(container, message -> {
            labAttached = false;
            Dom.logError("chainrule: experiment " + variant.id() + " failed: " + message);
            showResult(STATUS_ERROR, Messages.get(UiText.EXPERIMENT_FAILED) + message);
        });
    }

    private void showResult(String status, String text) {
        result.setAttribute("data-status", status);
        Dom.setText(result, text);
    }
}
