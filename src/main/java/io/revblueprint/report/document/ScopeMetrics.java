package io.revblueprint.report.document;

import io.revblueprint.metrics.Dimension;
import io.revblueprint.metrics.Metric;
import io.revblueprint.metrics.MetricValue;
import io.revblueprint.metrics.RecordedInput;
import io.revblueprint.metrics.RecordedInputs;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One scope's metric rows for the period, and for the earlier periods that have a run, newest first and without
 * gaps (the first is the period just before), with what the snapshot records at all. Answers the lookups every
 * section makes: a metric whose inputs are not recorded is not measurable, so its rows are not looked up (its
 * figure says nothing: "0 %" of MQLs answered when no activity was exported); {@link #current()} keeps every row.
 */
public record ScopeMetrics(List<MetricValue> current, List<PeriodMetrics> earlier, RecordedInputs recorded) {

    public ScopeMetrics {
        current = List.copyOf(current);
        earlier = List.copyOf(earlier);
    }

    public Optional<MetricValue> overall(Metric metric) {
        return recorded.isMeasurable(metric) ? overall(current, metric) : Optional.empty();
    }

    /** The row of {@code metric} with exactly this dimension. */
    public Optional<MetricValue> row(Metric metric, Dimension dimension) {
        return recorded.isMeasurable(metric) ? row(current, metric, dimension) : Optional.empty();
    }

    /** The rows of {@code metric} broken down by {@code kind}, in stored order. */
    public List<MetricValue> breakdown(Metric metric, Dimension.Kind kind) {
        return recorded.isMeasurable(metric) ? current.stream()
                .filter(value -> value.metric() == metric && value.dimension().kind() == kind).toList() : List.of();
    }

    /** What the snapshot does not record that {@code metric} needs; empty when it is measurable. */
    public Set<RecordedInput> notRecordedFor(Metric metric) {
        return recorded.missingFor(metric);
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
