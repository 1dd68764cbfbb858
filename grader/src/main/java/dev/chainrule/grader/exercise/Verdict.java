package dev.chainrule.grader.exercise;

import java.util.List;

/**
 * The grade of one set of answers: a score in [0, 1], one verdict per asked field in asked order,
 * and whether the whole chain is right. With error carried forward a field can be correct given
 * the learner's own earlier answers while the chain as a whole is not.
 */
public record Verdict(double score, List<FieldVerdict> fields, boolean chainCorrect) {
    public Verdict {
        fields = List.copyOf(fields);
    }

    /** A verdict without carried-forward credit: the chain is right when every field is. */
    public Verdict(double score, List<FieldVerdict> fields) {
        this(score, fields, allCorrect(fields));
    }

    public int correctCount() {
        int n = 0;
        for (FieldVerdict f : fields) {
            if (f.status() == Status.CORRECT) {
                n++;
            }
        }
        return n;
    }

    private static boolean allCorrect(List<FieldVerdict> fields) {
        for (FieldVerdict f : fields) {
            if (f.status() != Status.CORRECT) {
                return false;
            }
        }
        return !fields.isEmpty();
    }
}
