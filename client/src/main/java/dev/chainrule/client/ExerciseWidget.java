package dev.chainrule.client;

import dev.chainrule.grader.exercise.Exercises;
import dev.chainrule.grader.exercise.FieldVerdict;
import dev.chainrule.grader.exercise.GradientsSpec;
import dev.chainrule.grader.exercise.Verdict;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.teavm.jso.dom.events.Event;
import org.teavm.jso.dom.html.HTMLButtonElement;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * The widget of one "gradients" exercise: a field per asked derivative, checked in the page by the grader on every
 * keystroke and on Check, and submitted to the server for the authoritative verdict.
 */
final class ExerciseWidget {
    static final String STATUS_ERROR = "error";
    static final String STATUS_PENDING = "pending";
    static final String STATUS_SUBMITTED = "submitted";

    private final ExerciseVariant variant;
    private final GradientsSpec spec;
    private final List<FieldRow> rows = new ArrayList<>();
    private final HTMLButtonElement checkButton;
    private final HTMLButtonElement submitButton;
    private final HTMLElement result;
    private boolean submitting;

    ExerciseWidget(ExerciseVariant variant, String idPrefix) {
        this.variant = variant;
        this.spec = variant.toGradientsSpec();
        for (int i = 0; i < variant.ask().size(); i++) {
            String name = variant.ask().get(i);
            String tex = variant.labelTex(name);
            rows.add(new FieldRow(name, idPrefix + "-field-" + i, tex != null ? tex : Exercises.askLabelTex(name)));
        }
        checkButton = button("button", "exercise-check", Messages.CHECK);
        submitButton = button("submit", "exercise-submit", Messages.SUBMIT);
        result = Dom.element("p", "exercise-result");
        result.setAttribute("aria-live", "polite");
    }

    /** Builds the form inside {@code container} (replacing its noscript fallback) and wires the events. */
    void render(HTMLElement container) {
        HTMLElement form = Dom.element("form", "exercise-form");
        form.setAttribute("novalidate", "");
        for (FieldRow row : rows) {
            form.appendChild(row.element());
            row.input().addEventListener("input", event -> checkTyped(row));
        }
        HTMLElement actions = Dom.element("div", "exercise-actions");
        actions.appendChild(checkButton);
        actions.appendChild(submitButton);
        form.appendChild(actions);
        form.appendChild(result);
        checkButton.addEventListener("click", event -> checkAll());
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

    /** On typing: an empty field clears its verdict, anything else gets the grader's verdict. */
    private void checkTyped(FieldRow row) {
        if (row.isBlank()) {
            row.clearLocal();
            return;
        }
        Verdict verdict = checkLocally();
        if (verdict != null) {
            showLocal(row, verdict);
        }
    }

    /** On Check: every field gets a verdict, an empty one counts as invalid. */
    private void checkAll() {
        Verdict verdict = checkLocally();
        if (verdict == null) {
            return;
        }
        for (FieldRow row : rows) {
            showLocal(row, verdict);
        }
    }

    private void showLocal(FieldRow row, Verdict verdict) {
        FieldVerdict field = find(verdict, row.name());
        if (field != null) {
            row.showLocal(VerdictText.statusName(field.status()), field.message());
        } else {
            row.showLocal(VerdictText.INVALID, row.isBlank() ? Messages.EMPTY_ANSWER : "");
        }
    }

    private Verdict checkLocally() {
        try {
            return Exercises.check(spec, variant.params(), answers());
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
        for (FieldRow row : rows) {
            answers.put(row.name(), row.text());
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
        for (SubmissionReply.FieldResult field : reply.fields()) {
            for (FieldRow row : rows) {
                if (row.name().equals(field.field())) {
                    row.showServer(field.status(), field.message());
                }
            }
        }
        showResult(STATUS_SUBMITTED, Messages.submitted(reply.correctCount(), reply.fields().size(), reply.score()));
    }

    private void showResult(String status, String text) {
        result.setAttribute("data-status", status);
        Dom.setText(result, text);
    }
}
