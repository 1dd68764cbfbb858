package dev.chainrule.grader.exercise;

import java.util.List;

/** The grade of one set of answers: a score in [0, 1] and one verdict per asked field, in asked order. */
public record Verdict(double score, List<FieldVerdict> fields) {
    public Verdict {
        fields = List.copyOf(fields);
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
}
