package io.revblueprint.plan;

import io.revblueprint.metrics.MetricValue;

/**
 * One metric of one scope judged against its threshold, with the caveat of a data shape that casts doubt on it
 * (null when none does).
 */
public record Judgement(MetricValue value, Threshold threshold, Verdict verdict, Phrase caveat) {

    /** A miss the plan acts on: a figure past its line, confirmed, possible, or on too few cases to tell. */
    public boolean isLeak() {
        return verdict != Verdict.ON_TARGET && threshold.isMissedBy(value.value());
    }
}
