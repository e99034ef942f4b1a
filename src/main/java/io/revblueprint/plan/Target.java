package io.revblueprint.plan;

import io.revblueprint.metrics.Metric;

/** The level a metric should reach: at least {@code value} when higher is better, else at most. */
public record Target(Metric metric, double value) {

    public boolean higherIsBetter() {
        return metric.higherIsBetter();
    }
}
