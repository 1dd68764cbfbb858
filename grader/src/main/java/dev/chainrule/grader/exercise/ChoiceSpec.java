package dev.chainrule.grader.exercise;

import java.util.List;

/**
 * The choice kind: a conceptual question with single or multiple answers. The answer field is
 * {@link #FIELD}; its text is an option id, or several ids separated by commas when {@code multiple}.
 */
public record ChoiceSpec(String id, String title, String prompt, List<Option> options, boolean multiple) implements ExerciseSpec {
    /** The one field a choice exercise asks for. */
    public static final String FIELD = "choice";

    public ChoiceSpec {
        options = List.copyOf(options);
    }

    /** One option: its id, its text (Markdown with math), whether it is right, and an optional word on why. */
    public record Option(String id, String text, boolean correct, String feedback) {}

    @Override
    public Kind kind() {
        return Kind.CHOICE;
    }
}
