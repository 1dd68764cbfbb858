package dev.chainrule.grader.exercise;

import java.util.List;

/** How one parameter of an exercise is drawn for each learner. */
public sealed interface ParamSpec {
    String name();

    /** A uniformly drawn number in [min, max] with exactly {@code decimals} decimals. */
    record Range(String name, double min, double max, int decimals) implements ParamSpec {
        public Range {
            if (!(min <= max)) {
                throw new IllegalArgumentException(name + ": range minimum " + min + " is above maximum " + max);
            }
            if (decimals < 0 || decimals > 6) {
                throw new IllegalArgumentException(name + ": decimals must be between 0 and 6, found " + decimals);
            }
        }
    }

    /** One of the listed numbers, each equally likely. */
    record Choice(String name, List<Double> values) implements ParamSpec {
        public Choice {
            if (values.isEmpty()) {
                throw new IllegalArgumentException(name + ": choose needs at least one value");
            }
            values = List.copyOf(values);
        }
    }
}
