package io.revblueprint.report.document;

import io.revblueprint.metrics.Dimension;
import io.revblueprint.metrics.Metric;
import io.revblueprint.metrics.MetricValue;

import java.util.List;
import java.util.Optional;

/**
 * One scope's metric rows for the period, and for the earlier periods that have a run, newest first and without
 * gaps (the first is the period just before). Answers the lookups every section makes.
 */
public record ScopeMetrics(List<MetricValue> current, List<PeriodMetrics> earlier) {

    public ScopeMetrics {
        current = List.copyOf(current);
        earlier = List.copyOf(earlier);
    }

    public Optional<MetricValue> overall(Metric metric) {
        return overall(current, metric);
    }

    /** The row of {@code metric} with exactly this dimension. */
    public Optional<MetricValue> row(Metric metric, Dimension dimension) {
        return row(current, metric, dimension);
    }

    /** The rows of {@code metric} broken down by {@code kind}, in stored order. */
    public List<MetricValue> breakdown(Metric metric, Dimension.Kind kind) {
        return current.stream().filter(value -> value.metric() == metric && value.dimension().kind() == kind).toList();
    }

    /** The same row (metric and dimension) in the period just before, if that period has a run. */
    public Optional<MetricValue> previous(MetricValue value) {
        return earlier.isEmpty() ? Optional.empty() : sameRow(earlier.get(0).rows(), value);
    }

    public static Optional<MetricValue> overall(List<MetricValue> rows, Metric metric) {
        return row(rows, metric, Dimension.OVERALL);
    }

    public static Optional<MetricValue> sameRow(List<MetricValue> rows, MetricValue value) {
        return row(rows, value.metric(), value.dimension());
    }

    private static Optional<MetricValue> row(List<MetricValue> rows, Metric metric, Dimension dimension) {
        return rows.stream().filter(row -> row.is(metric, dimension)).findFirst();
    }
}
