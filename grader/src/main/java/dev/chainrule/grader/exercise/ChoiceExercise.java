package dev.chainrule.grader.exercise;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A checked {@link ChoiceSpec}: the selected set must equal the right set. */
final class ChoiceExercise implements CompiledExercise {
    private final ChoiceSpec spec;
    private final String field;

    private ChoiceExercise(ChoiceSpec spec, String field) {
        this.spec = spec;
        this.field = field;
    }

    static ChoiceExercise compile(ChoiceSpec spec) {
        return compile(spec, ChoiceSpec.FIELD);
    }

    /** A choice graded under another field name (an experiment's prediction). */
    static ChoiceExercise compile(ChoiceSpec spec, String field) {
        if (spec.options().size() < 2) {
            throw new SpecException("options", "give at least two options");
        }
        List<String> ids = new ArrayList<>();
        int correct = 0;
        for (ChoiceSpec.Option o : spec.options()) {
            if (!Derivative.isName(o.id().replace('-', '_'))) {
                throw new SpecException("options", "option id '" + o.id() + "' must be letters, digits and dashes");
            }
            if (ids.contains(o.id())) {
                throw new SpecException("options", "option id '" + o.id() + "' is used twice");
            }
            ids.add(o.id());
            correct += o.correct() ? 1 : 0;
        }
        if (!spec.multiple() && correct != 1) {
            throw new SpecException("options", "a single-answer question needs exactly one correct option, found " + correct);
        }
        if (spec.multiple() && correct == 0) {
            throw new SpecException("options", "mark at least one option correct");
        }
        return new ChoiceExercise(spec, field);
    }

    @Override
    public Variant generate(long seed) {
        return new Variant(seed, Map.of());
    }

    @Override
    public Verdict check(Map<String, Double> params, Map<String, String> answers, Language language) {
        FieldVerdict v = checkSelection(answers.get(field), Feedback.in(language));
        return new Verdict(v.status() == Status.CORRECT ? 1 : 0, List.of(v));
    }

    private FieldVerdict checkSelection(String raw, Feedback say) {
        List<String> selected = new ArrayList<>();
        String text = raw == null ? "" : raw;
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == ',') {
                String id = text.substring(start, i).trim();
                if (!id.isEmpty() && !selected.contains(id)) {
                    selected.add(id);
                }
                start = i + 1;
            }
        }
        if (selected.isEmpty()) {
            return invalid(spec.multiple() ? say.selectEvery() : say.selectOne());
        }
        if (!spec.multiple() && selected.size() > 1) {
            return invalid(say.selectOnlyOne());
        }
        List<ChoiceSpec.Option> chosen = new ArrayList<>();
        for (String id : selected) {
            ChoiceSpec.Option o = option(id);
            if (o == null) {
                return invalid(say.notAnOption(AnswerChecker.quote(id)));
            }
            chosen.add(o);
        }
        boolean right = true;
        for (ChoiceSpec.Option o : spec.options()) {
            right &= o.correct() == chosen.contains(o);
        }
        if (right) {
            return new FieldVerdict(field, Status.CORRECT, say.correct());
        }
        for (ChoiceSpec.Option o : chosen) {
            if (!o.correct() && o.feedback() != null && !o.feedback().isBlank()) {
                return new FieldVerdict(field, Status.INCORRECT, say.notCorrectBecause(o.feedback()));
            }
        }
        return new FieldVerdict(field, Status.INCORRECT, spec.multiple() ? say.notExactlyTheTrueSet() : say.notCorrect());
    }

    private ChoiceSpec.Option option(String id) {
        for (ChoiceSpec.Option o : spec.options()) {
            if (o.id().equals(id)) {
                return o;
            }
        }
        return null;
    }

    private FieldVerdict invalid(String message) {
        return new FieldVerdict(field, Status.INVALID, message);
    }

    @Override
    public Map<String, String> solution(Map<String, Double> params) {
        StringBuilder ids = new StringBuilder();
        for (ChoiceSpec.Option o : spec.options()) {
            if (o.correct()) {
                ids.append(ids.length() == 0 ? "" : ",").append(o.id());
            }
        }
        return Map.of(field, ids.toString());
    }
}
