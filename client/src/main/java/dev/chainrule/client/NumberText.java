package dev.chainrule.client;

/** Number formatting done by hand, because TeaVM's Double.toString and String.format differ from the JVM. */
final class NumberText {
    private NumberText() {
    }

    /** A score in 0..1 as a whole percentage, halves rounded up: 0.5 -> "50%", 2/3 -> "67%". */
    static String percent(double fraction) {
        if (Double.isNaN(fraction)) {
            return "–";
        }
        double clamped = Math.max(0.0, Math.min(1.0, fraction));
        long whole = (long) Math.floor(clamped * 100.0 + 0.5);
        return whole + "%";
    }
}
