package dev.chainrule.content;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One lesson in one language: front matter fields, the Markdown body (front matter removed, worked-example
 * references replaced by their numbers), the file it came from, the file line the body starts on (for error
 * messages) and its worked examples (for diagrams).
 */
public record Lesson(String slug, int number, String language, String title, String summary,
                     List<String> goals, List<String> exerciseIds, String markdown, String sourceName, int bodyStartLine,
                     Map<String, WorkedExample> worked) {
    public Lesson {
        goals = List.copyOf(goals);
        exerciseIds = List.copyOf(exerciseIds);
        worked = Collections.unmodifiableMap(new LinkedHashMap<>(worked));
    }
}
