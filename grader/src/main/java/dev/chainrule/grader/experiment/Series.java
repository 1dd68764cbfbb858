package dev.chainrule.grader.experiment;

import java.util.List;

/** One line of an experiment's plot: a name and its points. */
public record Series(String name, List<Double> x, List<Double> y) {
    public Series {
        x = List.copyOf(x);
        y = List.copyOf(y);
    }
}
