package dev.chainrule.client;

import dev.chainrule.grader.exercise.ChoiceSpec;
import java.util.ArrayList;
import java.util.List;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * A field answered by selecting options (choice, and an experiment's prediction): radio buttons, or checkboxes when
 * several may be selected. The wrapper carries {@code data-field} and the verdicts; the answer text is the selected
 * option ids joined by ",".
 */
final class ChoiceField implements AnswerField {
    private final String name;
    private final HTMLElement wrapper;
    private final List<HTMLElement> inputs = new ArrayList<>();
    private final List<String> ids = new ArrayList<>();
    private final HTMLElement localVerdict;
    private final HTMLElement serverVerdict;

    ChoiceField(String name, String idPrefix, List<ChoiceSpec.Option> options, boolean multiple, String legendText) {
        this.name = name;
        wrapper = Dom.element("div", "exercise-field exercise-field-choice");
        wrapper.setAttribute("data-field", name);
        localVerdict = AnswerField.verdictSpan(name, "verdict-local", idPrefix + "-local");
        localVerdict.setAttribute("aria-live", "polite");
        serverVerdict = AnswerField.verdictSpan(name, "verdict-server", idPrefix + "-server");

        HTMLElement fieldset = Dom.element("fieldset", "choice-options");
        fieldset.setAttribute("aria-describedby", localVerdict.getId() + " " + serverVerdict.getId());
        HTMLElement legend = Dom.element("legend", null);
        Dom.setText(legend, legendText);
        fieldset.appendChild(legend);
        for (int i = 0; i < options.size(); i++) {
            ChoiceSpec.Option option = options.get(i);
            String inputId = idPrefix + "-option-" + i;
            HTMLElement input = Dom.element("input", null);
            input.setAttribute("type", multiple ? "checkbox" : "radio");
            input.setAttribute("name", idPrefix + "-" + name);
            input.setAttribute("value", option.id());
            input.setId(inputId);
            HTMLElement label = Dom.element("label", "choice-option");
            label.setAttribute("for", inputId);
            HTMLElement text = Dom.element("span", "option-text");
            MathText.render(text, option.text().isEmpty() ? option.id() : option.text());
            label.appendChild(input);
            label.appendChild(text);
            fieldset.appendChild(label);
            inputs.add(input);
            ids.add(option.id());
        }
        wrapper.appendChild(fieldset);
        wrapper.appendChild(localVerdict);
        wrapper.appendChild(serverVerdict);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public HTMLElement element() {
        return wrapper;
    }

    /** The selected option ids in option order, joined by ",". */
    @Override
    public String text() {
        StringBuilder selected = new StringBuilder();
        for (int i = 0; i < inputs.size(); i++) {
            if (Dom.isChecked(inputs.get(i))) {
                selected.append(selected.length() == 0 ? "" : ",").append(ids.get(i));
            }
        }
        return selected.toString();
    }

    @Override
    public void onEdit(Runnable listener) {
        for (HTMLElement input : inputs) {
            input.addEventListener("change", event -> listener.run());
        }
    }

    @Override
    public void setDisabled(boolean disabled) {
        for (HTMLElement input : inputs) {
            Dom.setDisabled(input, disabled);
        }
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
