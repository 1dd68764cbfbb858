package dev.chainrule.grader.exercise;

/** How close an answer must be: |given - expected| <= atol + rtol * |expected|. */
public record Tolerance(double rtol, double atol) {
    public static final Tolerance DEFAULT = new Tolerance(1e-2, 1e-6);

    public Tolerance {
        if (!(rtol >= 0 && rtol < 1) || !(atol >= 0 && atol < 1e3)) {
            throw new IllegalArgumentException("tolerance out of range: rtol " + rtol + ", atol " + atol);
        }
    }

    public boolean accepts(double given, double expected) {
        return Math.abs(given - expected) <= atol + rtol * Math.abs(expected);
    }
}
