package dev.chainrule.client;

import org.teavm.jso.dom.html.HTMLElement;

/**
 * An asked field worked on the graph: its input sits in the node's box ({@link GraphView}); its block is a line of the
 * feedback list under the graph (the field's label and its local and server verdicts), shown once it has a verdict.
 * Every verdict also colours the node.
 */
final class GraphNodeField implements AnswerField {
    private final String name;
    private final String node;
    private final GraphView view;
    private final HTMLElement input;
    private final HTMLElement row;
    private final HTMLElement localVerdict;
    private final HTMLElement serverVerdict;

    GraphNodeField(String name, String idPrefix, String labelTex, GraphView view) {
        this.name = name;
        this.view = view;
        this.node = view.task().nodeOfField().get(name);
        this.input = view.input(name);
        row = Dom.element("li", "graph-feedback-row");
        row.setAttribute("data-field", name);
        HTMLElement label = Dom.element("span", "graph-feedback-label");
        Katex.label(labelTex == null ? null : "\\displaystyle " + labelTex, label, name);
        localVerdict = AnswerField.verdictSpan(name, "verdict-local", idPrefix + "-local");
        localVerdict.setAttribute("aria-live", "polite");
        serverVerdict = AnswerField.verdictSpan(name, "verdict-server", idPrefix + "-server");
        row.appendChild(label);
        row.appendChild(localVerdict);
        row.appendChild(serverVerdict);
        input.setAttribute("aria-describedby", localVerdict.getId() + " " + serverVerdict.getId());
    }

    /** The node this field sits on. */
    String node() {
        return node;
    }

    HTMLElement input() {
        return input;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public HTMLElement element() {
        return row;
    }

    @Override
    public String text() {
        String value = Dom.value(input);
        return value == null ? "" : value;
    }

    @Override
    public void onEdit(Runnable listener) {
        input.addEventListener("input", event -> listener.run());
    }

    @Override
    public void setDisabled(boolean disabled) {
        Dom.setDisabled(input, disabled);
    }

    @Override
    public HTMLElement localVerdict() {
        return localVerdict;
    }

    @Override
    public HTMLElement serverVerdict() {
        return serverVerdict;
    }

    @Override
    public void showLocal(String statusName, String message) {
        AnswerField.super.showLocal(statusName, message);
        colour(statusName);
    }

    @Override
    public void clearLocal() {
        AnswerField.super.clearLocal();
        view.setStatus(node, "");
    }

    @Override
    public void showServer(String statusName, String text) {
        AnswerField.super.showServer(statusName, text);
        colour(statusName);
    }

    private void colour(String statusName) {
        view.setStatus(node, view.task().carried(name, text(), statusName) ? "carried" : statusName);
    }
}
