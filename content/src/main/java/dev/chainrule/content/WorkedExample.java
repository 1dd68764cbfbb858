package dev.chainrule.content;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** A worked example declared in a lesson's front matter: a graph and the value of each of its parameters. */
public record WorkedExample(String name, String graph, Map<String, Double> values) {
    public WorkedExample {
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }
}
