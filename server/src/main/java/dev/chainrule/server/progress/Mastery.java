package dev.chainrule.server.progress;

import java.util.List;

/**
 * How securely a learner masters a skill, judged from the scores of their {@value #RECENT} most recent graded attempts
 * at its exercises: none is {@link #NOT_STARTED}; at least {@value #SECURE_ATTEMPTS} of them averaging at least
 * {@value #SECURE_AVERAGE_PERCENT}% is {@link #SECURE}; anything else is {@link #PRACTISING}.
 */
public enum Mastery {
    NOT_STARTED("not-started"),
    PRACTISING("practising"),
    SECURE("secure");

    /** How many of the newest attempts count. */
    public static final int RECENT = 5;
    /** How many recent attempts a skill needs before it can be secure. */
    public static final int SECURE_ATTEMPTS = 3;
    /** The average score, in percent, that the recent attempts of a secure skill reach at least. */
    public static final int SECURE_AVERAGE_PERCENT = 80;

    private final String id;

    Mastery(String id) {
        this.id = id;
    }

    /** The mastery shown by {@code recentScores}: the scores (0..1) of at most {@value #RECENT} newest attempts. */
    public static Mastery of(List<Double> recentScores) {
        if (recentScores.isEmpty()) {
            return NOT_STARTED;
        }
        boolean secure = recentScores.size() >= SECURE_ATTEMPTS && average(recentScores) * 100 >= SECURE_AVERAGE_PERCENT - 1e-9;
        return secure ? SECURE : PRACTISING;
    }

    /** The mean of {@code scores}, 0 when there are none. */
    public static double average(List<Double> scores) {
        return scores.stream().mapToDouble(Double::doubleValue).average().orElse(0);
    }

    /** The stable id used in the JSON API and in CSS classes. */
    public String id() {
        return id;
    }

    /** The message-bundle key of the level's name. */
    public String messageKey() {
        return "mastery." + id;
    }
}
