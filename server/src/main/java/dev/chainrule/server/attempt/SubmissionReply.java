package dev.chainrule.server.attempt;

import dev.chainrule.grader.exercise.FieldVerdict;
import dev.chainrule.grader.exercise.Verdict;

import java.util.List;
import java.util.Locale;

/** The JSON reply to a submission: the stored attempt's id, the variant graded, the score and one verdict per asked field. */
record SubmissionReply(long attempt, String exercise, int variant, double score, List<Field> fields) {

    /** One field's verdict; {@code status} is {@code correct}, {@code incorrect} or {@code invalid}. */
    record Field(String field, String status, String message) {

        static Field of(FieldVerdict verdict) {
            return new Field(verdict.field(), verdict.status().name().toLowerCase(Locale.ROOT), verdict.message());
        }
    }

    static List<Field> fields(Verdict verdict) {
        return verdict.fields().stream().map(Field::of).toList();
    }
}
