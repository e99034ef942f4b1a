package io.revblueprint.metrics;

/**
 * One row of metrics.csv: a metric for a scope (team id or {@code ALL}), optionally broken down by a
 * dimension such as {@code source=Webinar}. Rates carry their Wilson interval, numerator and denominator;
 * other figures leave what does not apply null.
 */
public record MetricValue(
        String scope,
        String metric,
        String dimension,
        double value,
        Double ciLow,
        Double ciHigh,
        Long numerator,
        Long denominator,
        String unit) {

    public static final String ALL = "ALL";

    public boolean isOverall() {
        return dimension == null || dimension.isEmpty();
    }
}
