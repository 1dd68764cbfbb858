package dev.chainrule.client;

import org.teavm.jso.dom.html.HTMLElement;

/**
 * A field answered by typing: a text input (a number, or a formula) or, for a matrix, a textarea; with its label,
 * an optional hint line under the control, and the local and server verdicts beside it.
 */
final class FieldRow implements AnswerField {
    private final String name;
    private final HTMLElement row;
    private final HTMLElement control;
    private final HTMLElement localVerdict;
    private final HTMLElement serverVerdict;

    private FieldRow(String name, String idPrefix, HTMLElement control, String rowClass) {
        this.name = name;
        this.control = control;
        String inputId = idPrefix + "-answer";
        row = Dom.element("div", rowClass == null ? "exercise-field" : "exercise-field " + rowClass);
        control.setId(inputId);
        control.setAttribute("autocomplete", "off");
        control.setAttribute("autocapitalize", "off");
        control.setAttribute("spellcheck", "false");
        control.setAttribute("data-field", name);
        localVerdict = AnswerField.verdictSpan(name, "verdict-local", idPrefix + "-local");
        localVerdict.setAttribute("aria-live", "polite");
        serverVerdict = AnswerField.verdictSpan(name, "verdict-server", idPrefix + "-server");
        control.setAttribute("aria-describedby", localVerdict.getId() + " " + serverVerdict.getId());
    }

    /** A number field (gradients, forward-pass, backward-pass). */
    static FieldRow number(String name, String idPrefix, String labelTex) {
        HTMLElement input = Dom.element("input", null);
        input.setAttribute("type", "text");
        input.setAttribute("inputmode", "decimal");
        FieldRow field = new FieldRow(name, idPrefix, input, null);
        field.assemble(field.label(labelTex, null), null);
        return field;
    }

    /** A formula field (derivative-expression), with the names it may use listed under it. */
    static FieldRow formula(String name, String idPrefix, String labelTex, String hint) {
        HTMLElement input = Dom.element("input", "formula");
        input.setAttribute("type", "text");
        input.setAttribute("placeholder", Messages.get(UiText.FORMULA_PLACEHOLDER));
        FieldRow field = new FieldRow(name, idPrefix, input, "exercise-field-formula");
        field.assemble(field.label(labelTex, null), hint);
        return field;
    }

    /** A matrix field (layer): a textarea of {@code rows} lines, its shape in the label and the placeholder. */
    static FieldRow matrix(String name, String idPrefix, String labelTex, int rows, int cols) {
        HTMLElement area = Dom.element("textarea", "matrix");
        area.setAttribute("rows", String.valueOf(Math.max(2, rows)));
        area.setAttribute("cols", String.valueOf(Math.max(24, cols * 8)));
        area.setAttribute("placeholder", Messages.matrixPlaceholder(rows, cols));
        FieldRow field = new FieldRow(name, idPrefix, area, "exercise-field-matrix");
        field.assemble(field.label(labelTex, Messages.shape(rows, cols)), null);
        return field;
    }

    private HTMLElement label(String labelTex, String suffix) {
        HTMLElement label = Dom.element("label", null);
        label.setAttribute("for", control.getId());
        HTMLElement math = Dom.element("span", "field-label");
        // \displaystyle: a fraction in a label reads at full size, not shrunk as inline text
        Katex.label(labelTex == null ? null : "\\displaystyle " + labelTex, math, name);
        label.appendChild(math);
        if (suffix != null) {
            HTMLElement shape = Dom.element("span", "field-shape");
            Dom.setText(shape, suffix);
            label.appendChild(shape);
        }
        return label;
    }

    private void assemble(HTMLElement label, String hint) {
        row.appendChild(label);
        row.appendChild(control);
        row.appendChild(localVerdict);
        if (hint != null) {
            HTMLElement line = Dom.element("p", "field-hint");
            line.setId(control.getId() + "-hint");
            Dom.setText(line, hint);
            row.appendChild(line);
            control.setAttribute("aria-describedby", line.getId() + " " + control.getAttribute("aria-describedby"));
        }
        row.appendChild(serverVerdict);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public HTMLElement element() {
        return row;
    }

    HTMLElement control() {
        return control;
    }

    @Override
    public String text() {
        String value = Dom.value(control);
        return value == null ? "" : value;
    }

    @Override
    public void onEdit(Runnable listener) {
        control.addEventListener("input", event -> listener.run());
    }

    @Override
    public void setDisabled(boolean disabled) {
        Dom.setDisabled(control, disabled);
    }

    @Override
    public HTMLElement localVerdict() {
        return localVerdict;
    }

    @Override
    public HTMLElement serverVerdict() {
        return serverVerdict;
    }
}
