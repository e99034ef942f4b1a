package io.revblueprint.plan;

import io.revblueprint.metrics.MetricValue;

import java.util.List;

/** A team's previous blueprint: its period, the fixes it planned and the team's metrics of that run. */
public record EarlierBlueprint(String periodLabel, List<EarlierFix> fixes, List<MetricValue> metrics) {
}
