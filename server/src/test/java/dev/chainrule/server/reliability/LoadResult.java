package dev.chainrule.server.reliability;

import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * What a {@link LearnerLoad} did: every request, every acknowledged submission, every wrong reply it noticed, and the
 * submissions that never got a reply (in flight when the server died).
 */
record LoadResult(int learners, long startNanos, long stopNanos, List<Exchange> exchanges, List<Acknowledged> acknowledged,
                  List<String> errors, List<LearnerClient> clients, List<Submission> unanswered) {

    double seconds() {
        return (stopNanos - startNanos) / 1e9;
    }

    List<Exchange> where(Predicate<Exchange> filter) {
        return exchanges.stream().filter(filter).toList();
    }

    /** Requests that got no reply or a 4xx/5xx. */
    List<Exchange> failed() {
        return where(e -> !e.succeeded());
    }

    Latencies latencies(Predicate<Exchange> filter) {
        return Latencies.of(where(filter));
    }

    /** A request of the learner loop (getting a variant, or submitting), not of signing up. */
    static boolean loop(Exchange exchange) {
        return exchange.kind().equals(LearnerLoad.VARIANT) || exchange.kind().equals(LearnerLoad.NEW_VARIANT)
                || exchange.kind().equals(LearnerLoad.SUBMISSION);
    }

    /**
     * Loop requests, acknowledged submissions and their rates, failures, and latency percentiles of the loop's requests,
     * of submissions alone and of signing up.
     */
    String summary() {
        List<Exchange> loop = where(LoadResult::loop);
        return String.format(Locale.ROOT, "%d learners for %.1f s: %d loop requests (%.0f/s), %d submissions acknowledged (%.0f/s),"
                        + " %d failed requests, %d wrong replies; loop requests %s; submissions %s; signing up %s",
                learners, seconds(), loop.size(), loop.size() / seconds(), acknowledged.size(), acknowledged.size() / seconds(),
                failed().size(), errors.size(), Latencies.of(loop).percentiles(),
                latencies(e -> e.kind().equals(LearnerLoad.SUBMISSION)).percentiles(),
                latencies(e -> !loop(e)).percentiles());
    }
}
