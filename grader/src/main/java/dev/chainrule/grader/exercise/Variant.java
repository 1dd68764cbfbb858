package dev.chainrule.grader.exercise;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** One learner's numbers for an exercise: the seed they came from and the drawn parameters, in declared order. */
public record Variant(long seed, Map<String, Double> params) {
    public Variant {
        params = Collections.unmodifiableMap(new LinkedHashMap<>(params));
    }
}
