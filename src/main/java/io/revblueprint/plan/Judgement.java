package io.revblueprint.plan;

import io.revblueprint.metrics.MetricValue;

/** One metric of one scope judged against its threshold. */
public record Judgement(MetricValue value, Threshold threshold, Verdict verdict) {
}
