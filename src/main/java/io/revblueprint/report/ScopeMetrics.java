package io.revblueprint.report;

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

    Optional<MetricValue> overall(String metric) {
        return overall(current, metric);
    }

    /** The row of {@code metric} with exactly this dimension (null or empty: the overall figure). */
    Optional<MetricValue> row(String metric, String dimension) {
        return row(current, metric, dimension);
    }

    /** The rows of {@code metric} broken down by {@code key} (dimension {@code key=…}), in stored order. */
    List<MetricValue> breakdown(String metric, String key) {
        return current.stream()
                .filter(value -> value.metric().equals(metric) && !value.isOverall()
                        && value.dimension().startsWith(key + "="))
                .toList();
    }

    /** The same row (metric and dimension) in the period just before, if that period has a run. */
    Optional<MetricValue> previous(MetricValue value) {
        return earlier.isEmpty() ? Optional.empty() : sameRow(earlier.get(0).rows(), value);
    }

    static Optional<MetricValue> overall(List<MetricValue> rows, String metric) {
        return row(rows, metric, "");
    }

    static Optional<MetricValue> sameRow(List<MetricValue> rows, MetricValue value) {
        return row(rows, value.metric(), value.dimension());
    }

    private static Optional<MetricValue> row(List<MetricValue> rows, String metric, String dimension) {
        String wanted = dimension == null ? "" : dimension;
        return rows.stream()
                .filter(row -> row.metric().equals(metric) && (row.isOverall() ? "" : row.dimension()).equals(wanted))
                .findFirst();
    }
}
