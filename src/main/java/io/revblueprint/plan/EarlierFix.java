package io.revblueprint.plan;

import io.revblueprint.metrics.Dimension;
import io.revblueprint.metrics.Metric;
import io.revblueprint.metrics.RecordedInput;

/**
 * A fix of an earlier blueprint, as the fix history keeps it: what the closed loop follows up. {@code unrecorded}
 * is the input a data fix was to record (null for a leak's fix).
 */
public record EarlierFix(String scope, int rank, Metric metric, Dimension dimension, String action,
                         RecordedInput unrecorded) {
}
