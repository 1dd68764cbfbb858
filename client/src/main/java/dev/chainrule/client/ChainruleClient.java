package dev.chainrule.client;

import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.xml.NodeList;

/**
 * Entry point, called by chainrule-boot.js: finds every exercise section of the lesson page and mounts its widget.
 * One broken exercise shows its own error and does not stop the others.
 */
public final class ChainruleClient {
    static final String EXERCISE_SELECTOR = "section.exercise";
    static final String READY_ATTRIBUTE = "data-client-ready";
    static final String ERROR_ATTRIBUTE = "data-client-error";

    private ChainruleClient() {
    }

    public static void main(String[] args) {
        NodeList<? extends HTMLElement> sections = HTMLDocument.current().querySelectorAll(EXERCISE_SELECTOR);
        for (int i = 0; i < sections.getLength(); i++) {
            HTMLElement section = sections.get(i);
            if ("true".equals(section.getAttribute(READY_ATTRIBUTE))) {
                continue;
            }
            mount(section);
        }
    }

    private static void mount(HTMLElement section) {
        HTMLElement container = section.querySelector(".exercise-widget");
        HTMLElement data = section.querySelector("script.exercise-variant");
        if (container == null) {
            section.setAttribute(ERROR_ATTRIBUTE, "no .exercise-widget element");
            return;
        }
        try {
            if (data == null) {
                throw new PageDataException("no <script class=\"exercise-variant\"> element");
            }
            ExerciseVariant variant = PageData.parse(data.getTextContent());
            if (!variant.isGradients()) {
                showProblem(section, container, Messages.UNSUPPORTED_KIND + variant.kind());
                return;
            }
            new ExerciseWidget(variant, idPrefix(section, variant)).render(container);
            section.setAttribute(READY_ATTRIBUTE, "true");
        } catch (PageDataException e) {
            showProblem(section, container, Messages.BROKEN_EXERCISE + e.getMessage());
        }
    }

    private static String idPrefix(HTMLElement section, ExerciseVariant variant) {
        String id = section.getId();
        return id != null && !id.isEmpty() ? id : "exercise-" + variant.id();
    }

    private static void showProblem(HTMLElement section, HTMLElement container, String message) {
        Dom.logError("chainrule: " + message);
        section.setAttribute(ERROR_ATTRIBUTE, message);
        HTMLElement paragraph = Dom.element("p", "exercise-result");
        paragraph.setAttribute("data-status", ExerciseWidget.STATUS_ERROR);
        Dom.setText(paragraph, message);
        Dom.removeChildren(container);
        container.appendChild(paragraph);
    }
}
