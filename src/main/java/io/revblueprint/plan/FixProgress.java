package io.revblueprint.plan;

import io.revblueprint.metrics.MetricValue;

/** An earlier run's fix for the same team: its metric then (in that run) and now (in this run), and the verdict. */
public record FixProgress(EarlierFix earlier, String earlierPeriod, MetricValue then, MetricValue now,
                          ProgressStatus status) {
}
