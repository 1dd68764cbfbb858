package dev.chainrule.grader.experiment;

import java.util.List;

/** What an experiment run produced: axis labels and the series to plot. */
public record ExperimentResult(String xLabel, String yLabel, boolean logScale, List<Series> series) {
    public ExperimentResult {
        series = List.copyOf(series);
    }
}
