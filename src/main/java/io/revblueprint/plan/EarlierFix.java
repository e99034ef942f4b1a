package io.revblueprint.plan;

import io.revblueprint.metrics.Dimension;
import io.revblueprint.metrics.Metric;

/** A fix of an earlier blueprint, as the fix history keeps it: what the closed loop follows up. */
public record EarlierFix(String scope, int rank, Metric metric, Dimension dimension, String action) {
}
