package dev.chainrule.content;

import java.util.List;

/**
 * One lesson in one language: front matter fields, the Markdown body (front matter removed),
 * the file it came from and the file line the body starts on (for error messages).
 */
public record Lesson(String slug, int number, String language, String title, String summary,
                     List<String> goals, List<String> exerciseIds, String markdown, String sourceName, int bodyStartLine) {
    public Lesson {
        goals = List.copyOf(goals);
        exerciseIds = List.copyOf(exerciseIds);
    }
}
