package dev.chainrule.server.reliability;

/**
 * One request of a simulated learner and how it ended: the HTTP status, or -1 with {@code failure} when no reply came
 * (refused, reset, timed out). Times are {@link System#nanoTime()}.
 */
record Exchange(int learner, String kind, long startNanos, long endNanos, int status, String failure) {

    boolean succeeded() {
        return status >= 200 && status < 400;
    }

    long latencyNanos() {
        return endNanos - startNanos;
    }

    double latencyMillis() {
        return latencyNanos() / 1e6;
    }

    @Override
    public String toString() {
        return "learner " + learner + " " + kind + ": " + (status < 0 ? failure : "HTTP " + status) + " after "
                + Math.round(latencyMillis()) + " ms";
    }
}
