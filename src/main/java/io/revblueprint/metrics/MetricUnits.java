package io.revblueprint.metrics;

/** The unit column of metrics.csv; money is in its currency code (e.g. {@code EUR}). */
public final class MetricUnits {

    public static final String RATIO = "ratio";
    public static final String COUNT = "count";
    public static final String HOURS = "hours";
    public static final String DAYS = "days";
    public static final String P_VALUE = "p-value";
    /** Not written as such: money rows carry their currency code; this names the kind for validation. */
    public static final String CURRENCY = "currency";

    private MetricUnits() {
    }

    /** Money per day, e.g. {@code EUR/day}. */
    public static String perDay(String currency) {
        return currency + "/day";
    }
}
