package dev.chainrule.client;

import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.html.HTMLInputElement;

/** One asked field: its label, text input, and the local and server verdicts beside it. */
final class FieldRow {
    static final String STATUS_ATTRIBUTE = "data-status";

    private final String name;
    private final HTMLElement row;
    private final HTMLInputElement input;
    private final HTMLElement localVerdict;
    private final HTMLElement serverVerdict;

    FieldRow(String name, String idPrefix, String labelTex) {
        this.name = name;
        String inputId = idPrefix + "-answer";
        row = Dom.element("div", "exercise-field");

        HTMLElement label = Dom.element("label", null);
        label.setAttribute("for", inputId);
        // \displaystyle: a fraction in a label reads at full size, not shrunk as inline text
        if (labelTex == null || !Katex.isPresent() || !Katex.render("\\displaystyle " + labelTex, label)) {
            Dom.setText(label, name);
        }

        input = (HTMLInputElement) Dom.element("input", null);
        input.setType("text");
        input.setId(inputId);
        input.setAttribute("inputmode", "decimal");
        input.setAttribute("autocomplete", "off");
        input.setAttribute("spellcheck", "false");
        input.setAttribute("data-field", name);

        localVerdict = verdictSpan("verdict verdict-local", idPrefix + "-local");
        localVerdict.setAttribute("aria-live", "polite");
        serverVerdict = verdictSpan("verdict verdict-server", idPrefix + "-server");
        input.setAttribute("aria-describedby", localVerdict.getId() + " " + serverVerdict.getId());

        row.appendChild(label);
        row.appendChild(input);
        row.appendChild(localVerdict);
        row.appendChild(serverVerdict);
    }

    private HTMLElement verdictSpan(String className, String id) {
        HTMLElement span = Dom.element("span", className);
        span.setId(id);
        span.setAttribute("data-field", name);
        span.setAttribute(STATUS_ATTRIBUTE, "");
        return span;
    }

    String name() {
        return name;
    }

    HTMLElement element() {
        return row;
    }

    HTMLInputElement input() {
        return input;
    }

    /** The answer exactly as typed. */
    String text() {
        String value = input.getValue();
        return value == null ? "" : value;
    }

    boolean isBlank() {
        return text().trim().isEmpty();
    }

    void showLocal(String statusName, String message) {
        show(localVerdict, statusName, VerdictText.describe(statusName, message));
    }

    void clearLocal() {
        show(localVerdict, "", "");
    }

    void showServer(String statusName, String message) {
        show(serverVerdict, statusName, Messages.SERVER_PREFIX + VerdictText.describe(statusName, message));
    }

    private static void show(HTMLElement verdict, String statusName, String text) {
        verdict.setAttribute(STATUS_ATTRIBUTE, statusName);
        Dom.setText(verdict, text);
    }
}
