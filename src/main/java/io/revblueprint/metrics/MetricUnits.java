package io.revblueprint.metrics;

/** The unit column of metrics.csv. */
public final class MetricUnits {

    public static final String RATIO = "ratio";
    public static final String COUNT = "count";
    public static final String HOURS = "hours";
    public static final String DAYS = "days";

    private MetricUnits() {
    }
}
