package dev.chainrule.content;

import com.fasterxml.jackson.databind.JsonNode;
import dev.chainrule.grader.exercise.BackwardPassSpec;
import dev.chainrule.grader.exercise.ChoiceSpec;
import dev.chainrule.grader.exercise.DerivativeExpressionSpec;
import dev.chainrule.grader.exercise.ExerciseSpec;
import dev.chainrule.grader.exercise.ExperimentSpec;
import dev.chainrule.grader.exercise.ForwardPassSpec;
import dev.chainrule.grader.exercise.GradientsSpec;
import dev.chainrule.grader.exercise.LayerSpec;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * Reads {@code exercises/<id>.<language>.yaml}: the words of an exercise in another language (title, prompt, and the
 * text and feedback of each option), laid over the exercise file that holds its numbers, graph and answers. A
 * translation can change no number, so every language grades the same variant the same way.
 */
final class ExerciseTranslations {
    private static final Set<String> FIELDS = Set.of("id", "title", "prompt", "options");
    private static final Set<String> OPTION_FIELDS = Set.of("id", "text", "feedback");

    private ExerciseTranslations() {}

    static ExerciseSpec apply(String file, String text, ExerciseSpec base) {
        YamlFile yaml = YamlFile.parse(file, text, 0);
        yaml.allowOnly(FIELDS);
        String id = yaml.requiredString("id");
        if (!id.equals(base.id())) {
            throw yaml.error("id '" + id + "' does not match the exercise '" + base.id() + "' it translates", "id");
        }
        String title = yaml.requiredString("title").strip();
        String prompt = yaml.requiredString("prompt");
        List<ChoiceSpec.Option> baseOptions = base instanceof ChoiceSpec c ? c.options()
                : base instanceof ExperimentSpec e ? e.options() : null;
        JsonNode node = yaml.root().get("options");
        if (baseOptions == null) {
            if (node != null) {
                throw yaml.error("a " + base.kind().id() + " exercise has no options to translate", "options");
            }
            return retitle(base, title, prompt, null);
        }
        return retitle(base, title, prompt, options(yaml, node, baseOptions));
    }

    private static List<ChoiceSpec.Option> options(YamlFile yaml, JsonNode node, List<ChoiceSpec.Option> base) {
        if (node == null || !node.isArray()) {
            throw yaml.error("'options' must list every option of the exercise, in the same order, as { id, text, feedback }", "options");
        }
        if (node.size() != base.size()) {
            throw yaml.error("'options' has " + node.size() + " entries but the exercise has " + base.size(), "options");
        }
        List<ChoiceSpec.Option> out = new ArrayList<>();
        for (int i = 0; i < base.size(); i++) {
            JsonNode o = node.get(i);
            ChoiceSpec.Option original = base.get(i);
            if (!o.isObject() || !o.path("id").isTextual() || !o.path("text").isTextual()) {
                throw yaml.error("option " + (i + 1) + " needs an 'id' and a 'text'", "options");
            }
            String optionId = o.get("id").asText();
            if (!optionId.equals(original.id())) {
                throw yaml.error("option " + (i + 1) + " is '" + optionId + "' but the exercise's option " + (i + 1) + " is '"
                        + original.id() + "' (same ids, same order)", "options");
            }
            Iterator<String> keys = o.fieldNames();
            while (keys.hasNext()) {
                String key = keys.next();
                if (!OPTION_FIELDS.contains(key)) {
                    throw yaml.error("option '" + optionId + "': unknown field '" + key + "' (a translation holds id, text, feedback)",
                            "options");
                }
            }
            boolean hasFeedback = o.hasNonNull("feedback");
            if (hasFeedback != (original.feedback() != null)) {
                throw yaml.error("option '" + optionId + "': " + (hasFeedback ? "the exercise gives this option no feedback to translate"
                        : "the exercise's feedback for this option is not translated"), "options");
            }
            out.add(new ChoiceSpec.Option(optionId, o.get("text").asText().strip(), original.correct(),
                    hasFeedback ? o.get("feedback").asText().strip() : null));
        }
        return out;
    }

    private static ExerciseSpec retitle(ExerciseSpec base, String title, String prompt, List<ChoiceSpec.Option> options) {
        if (base instanceof GradientsSpec s) {
            return new GradientsSpec(s.id(), title, prompt, s.graph(), s.params(), s.ask(), s.tolerance());
        } else if (base instanceof ForwardPassSpec s) {
            return new ForwardPassSpec(s.id(), title, prompt, s.graph(), s.params(), s.nodes(), s.tolerance());
        } else if (base instanceof BackwardPassSpec s) {
            return new BackwardPassSpec(s.id(), title, prompt, s.graph(), s.params(), s.nodes(), s.tolerance());
        } else if (base instanceof LayerSpec s) {
            return new LayerSpec(s.id(), title, prompt, s.sizes(), s.activation(), s.samples(), s.inputs(), s.weights(), s.targets(),
                    s.ask(), s.tolerance());
        } else if (base instanceof DerivativeExpressionSpec s) {
            return new DerivativeExpressionSpec(s.id(), title, prompt, s.graph(), s.params(), s.ask(), s.variables(), s.solution(),
                    s.tolerance());
        } else if (base instanceof ChoiceSpec s) {
            return new ChoiceSpec(s.id(), title, prompt, options, s.multiple());
        } else {
            ExperimentSpec s = (ExperimentSpec) base;
            return new ExperimentSpec(s.id(), title, prompt, s.experiment(), s.settings(), options);
        }
    }
}
