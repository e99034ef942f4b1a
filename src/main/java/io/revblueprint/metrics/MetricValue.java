package io.revblueprint.metrics;

import java.util.Objects;

/**
 * One row of metrics.csv: a metric for a scope (team id or {@code ALL}), overall or broken down by a
 * {@link Dimension}, in its {@link Unit}. Rates carry their Wilson interval, numerator and denominator; other
 * figures leave what does not apply null (medians and means carry their n as the denominator).
 */
public record MetricValue(
        String scope,
        Metric metric,
        Dimension dimension,
        double value,
        Double ciLow,
        Double ciHigh,
        Long numerator,
        Long denominator,
        Unit unit) {

    public static final String ALL = "ALL";

    public MetricValue {
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(dimension, "dimension");
        Objects.requireNonNull(unit, "unit");
        if (unit.kind() != metric.unit()) {
            throw new IllegalArgumentException(metric + " is in " + metric.unit() + ", not " + unit);
        }
    }

    public boolean isOverall() {
        return dimension.isOverall();
    }

    /** Whether the figure counts fewer than {@code cases} cases (a figure without a count of cases never does). */
    public boolean restsOnFewerThan(int cases) {
        return denominator != null && cases() < cases;
    }

    /**
     * The cases the figure rests on (null when it has no count): its denominator, but both months' SQLs for the
     * lead velocity rate, whose denominator is the month before's and whose interval rests on both.
     */
    public Long cases() {
        if (metric == Metric.LEAD_VELOCITY_RATE && denominator != null && numerator != null) {
            return 2 * denominator + numerator;
        }
        return denominator;
    }

    /** Whether a later figure lies inside this one's 95 % interval: a move that small is no clear change. */
    public boolean encloses(double later) {
        return ciLow != null && ciHigh != null && later >= ciLow && later <= ciHigh;
    }

    /** Whether this is the row of {@code metric} with exactly {@code dimension}. */
    public boolean is(Metric metric, Dimension dimension) {
        return this.metric == metric && this.dimension.equals(dimension);
    }
}
