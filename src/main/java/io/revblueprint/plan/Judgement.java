package io.revblueprint.plan;

import io.revblueprint.metrics.MetricValue;

/** One metric of one scope judged against its threshold. */
public record Judgement(MetricValue value, Threshold threshold, Verdict verdict) {

    public boolean isLeak() {
        return verdict == Verdict.CONFIRMED_LEAK || verdict == Verdict.POSSIBLE_LEAK;
    }
}
