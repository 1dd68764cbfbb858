package dev.chainrule.server.attempt;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.chainrule.grader.exercise.FieldVerdict;
import dev.chainrule.grader.exercise.Language;
import dev.chainrule.grader.exercise.Verdict;

import java.util.List;
import java.util.Locale;

/**
 * The JSON reply to a submission: the stored attempt's id, the variant graded, the score, whether the whole chain is
 * right, and one verdict per asked field.
 */
record SubmissionReply(long attempt, String exercise, int variant, double score, boolean chainCorrect, List<Field> fields) {

    /**
     * One field's verdict: {@code status} is {@code correct}, {@code incorrect} or {@code invalid}; {@code credit} its
     * share in [0, 1]; {@code mistake} the named mistake a wrong answer matches, sent as {@code null} when none does.
     */
    record Field(String field, String status, double credit, String message,
                 @JsonInclude(JsonInclude.Include.ALWAYS) MistakeView mistake) {

        static Field of(FieldVerdict verdict, Language language) {
            MistakeView mistake = verdict.mistake() == null ? null
                    : new MistakeView(verdict.mistake().id(), verdict.mistake().explanation(language));
            return new Field(verdict.field(), verdict.status().name().toLowerCase(Locale.ROOT), verdict.credit(),
                    verdict.message(), mistake);
        }
    }

    /** A named mistake: its stable id and the sentence that explains it. */
    record MistakeView(String id, String explanation) {
    }

    /** The verdict's fields, with mistakes explained in {@code language} (the messages already are). */
    static List<Field> fields(Verdict verdict, Language language) {
        return verdict.fields().stream().map(f -> Field.of(f, language)).toList();
    }
}
