package dev.chainrule.grader.exercise;

import java.util.Map;

/** A validated spec of any kind, ready to draw variants, grade answers and produce a full-score solution. */
interface CompiledExercise {
    Variant generate(long seed);

    /** Grades answers as typed (field name -> raw text; a missing field counts as no answer), writing messages in {@code language}. */
    Verdict check(Map<String, Double> params, Map<String, String> answers, Language language);

    /** Answers that score 1 for this variant (for content checks and tests). */
    Map<String, String> solution(Map<String, Double> params);
}
