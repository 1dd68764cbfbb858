package dev.chainrule.server.reliability;

import java.util.List;
import java.util.Map;

/** A submission the server acknowledged with a 2xx, as attempt {@code attempt}. */
record Acknowledged(long attempt, Submission submission) {

    int learner() {
        return submission.learner();
    }

    String exercise() {
        return submission.exercise();
    }

    /** The variant number the reply named (the one the answers were for). */
    int variant() {
        return submission.variant();
    }

    Map<String, String> answers() {
        return submission.answers();
    }

    /** The grader's score for the answers. */
    double score() {
        return submission.expected().score();
    }

    List<String> statuses() {
        return submission.statuses();
    }

    Map<String, String> mistakes() {
        return submission.mistakes();
    }
}
