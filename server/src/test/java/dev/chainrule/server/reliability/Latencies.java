package dev.chainrule.server.reliability;

import java.util.Collection;

/** Percentiles of a set of request latencies, in milliseconds (nearest rank). */
record Latencies(int count, double p50, double p99, double max) {

    static Latencies of(Collection<Exchange> exchanges) {
        double[] millis = exchanges.stream().mapToDouble(Exchange::latencyMillis).sorted().toArray();
        if (millis.length == 0) {
            return new Latencies(0, Double.NaN, Double.NaN, Double.NaN);
        }
        return new Latencies(millis.length, rank(millis, 0.50), rank(millis, 0.99), millis[millis.length - 1]);
    }

    private static double rank(double[] sorted, double quantile) {
        int index = (int) Math.ceil(quantile * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    @Override
    public String toString() {
        return count == 0 ? "none" : String.format(java.util.Locale.ROOT, "%d requests, p50 %.1f ms, p99 %.1f ms, max %.1f ms",
                count, p50, p99, max);
    }

    /** Shown beside other figures: {@code count} is rarely needed twice. */
    String percentiles() {
        return count == 0 ? "none" : String.format(java.util.Locale.ROOT, "p50 %.1f ms, p99 %.1f ms, max %.1f ms", p50, p99, max);
    }
}
