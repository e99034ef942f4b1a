package io.revblueprint.report;

import io.revblueprint.metrics.MetricValue;

import java.util.List;

/** One line of the metrics scorecard, formatted for display. */
record ScorecardRow(String metric, String actual, String interval, String n) {

    static ScorecardRow of(MetricValue value) {
        return new ScorecardRow(
                MetricLabels.label(value.metric(), value.dimension()),
                Figures.metric(value),
                Figures.percentInterval(value.ciLow(), value.ciHigh()),
                Figures.count(value.denominator()));
    }

    static List<ScorecardRow> of(List<MetricValue> values) {
        return values.stream().map(ScorecardRow::of).toList();
    }
}
