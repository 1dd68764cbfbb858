package dev.chainrule.client;

import org.teavm.jso.dom.html.HTMLElement;

/** One asked field of an exercise as the widget shows it: its control, and its local and server verdicts. */
interface AnswerField {
    String STATUS_ATTRIBUTE = "data-status";

    /** The field name: the key of {@code answers}. */
    String name();

    /** The field's block (an element with class {@code exercise-field}). */
    HTMLElement element();

    /** The answer exactly as the learner gave it. */
    String text();

    default boolean isBlank() {
        return text().trim().isEmpty();
    }

    /** Calls {@code listener} whenever the learner changes the answer. */
    void onEdit(Runnable listener);

    void setDisabled(boolean disabled);

    HTMLElement localVerdict();

    HTMLElement serverVerdict();

    default boolean hasLocal() {
        String status = localVerdict().getAttribute(STATUS_ATTRIBUTE);
        return status != null && !status.isEmpty();
    }

    default void showLocal(String statusName, String message) {
        show(localVerdict(), statusName, VerdictText.describe(statusName, message));
    }

    default void clearLocal() {
        show(localVerdict(), "", "");
    }

    default void showServer(String statusName, String text) {
        show(serverVerdict(), statusName, Messages.get(UiText.SERVER_PREFIX) + VerdictText.describe(statusName, text));
    }

    static void show(HTMLElement verdict, String statusName, String text) {
        verdict.setAttribute(STATUS_ATTRIBUTE, statusName);
        Dom.setText(verdict, text);
    }

    /** A verdict span ({@code .verdict-local} or {@code .verdict-server}) of field {@code name}. */
    static HTMLElement verdictSpan(String name, String className, String id) {
        HTMLElement span = Dom.element("span", "verdict " + className);
        span.setId(id);
        span.setAttribute("data-field", name);
        span.setAttribute(STATUS_ATTRIBUTE, "");
        return span;
    }
}
