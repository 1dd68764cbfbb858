package dev.chainrule.server.progress;

import java.util.Map;

/**
 * The skills a learner's mastery is reported for, and which lesson trains which: an exercise belongs to the skill of
 * its lesson, looked up by the lesson's slug, so content files need no extra field. A lesson this table does not name
 * (a teacher's own) counts towards {@link #OTHER}.
 */
public enum Skill {
    FORWARD_PASS("forward-pass"),
    CHAIN_RULE("chain-rule"),
    GATES("gates"),
    CROSS_CONNECTIONS("cross-connections"),
    DELTAS("deltas"),
    SHORTCUTS("shortcuts"),
    OTHER("other");

    private static final Map<String, Skill> BY_LESSON = Map.of(
            "composed-functions", FORWARD_PASS,
            "performance-function", FORWARD_PASS,
            "chain-rule", CHAIN_RULE,
            "computational-graphs", GATES,
            "cross-connections", CROSS_CONNECTIONS,
            "deep-backprop", DELTAS,
            "resnet-shortcuts", SHORTCUTS);

    private final String id;

    Skill(String id) {
        this.id = id;
    }

    /** The skill trained by the lesson with this slug. */
    public static Skill ofLesson(String lessonSlug) {
        return BY_LESSON.getOrDefault(lessonSlug, OTHER);
    }

    /** The stable id used in the JSON API and in CSS classes. */
    public String id() {
        return id;
    }

    /** The message-bundle key of the skill's name. */
    public String messageKey() {
        return "skill." + id;
    }
}
