package io.revblueprint.report.document;

import io.revblueprint.metrics.MetricValue;

import java.util.List;
import java.util.Objects;

/** One earlier period's metric rows of a scope, as an earlier run stored them. */
public record PeriodMetrics(String periodLabel, List<MetricValue> rows) {

    public PeriodMetrics {
        Objects.requireNonNull(periodLabel, "periodLabel");
        rows = List.copyOf(rows);
    }
}
