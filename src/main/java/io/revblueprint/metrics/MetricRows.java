package io.revblueprint.metrics;

import java.util.List;
import java.util.Optional;

/**
 * Writes one scope's rows in the order the metrics are listed in the contract: rates with their Wilson interval,
 * numerator and denominator (none over zero cases), and other figures without an interval. Evidence rows (for the
 * planner, not contract metrics) go to their own list.
 */
final class MetricRows {

    private final String scope;
    private final List<MetricValue> metrics;
    private final List<MetricValue> evidence;

    MetricRows(String scope, List<MetricValue> metrics, List<MetricValue> evidence) {
        this.scope = scope;
        this.metrics = metrics;
        this.evidence = evidence;
    }

    /** The overall rate; not written over zero cases. */
    void rate(Metric metric, Proportion proportion) {
        add(metrics, metric, Dimension.OVERALL, proportion.estimate());
    }

    /** The rate of each value of the breakdown, e.g. {@code source=Webinar}. */
    void rates(Metric metric, Breakdown breakdown) {
        breakdown.forEach((dimension, proportion) -> add(metrics, metric, dimension, proportion.estimate()));
    }

    /** The rate of each value of the breakdown, as evidence. */
    void evidenceRates(Metric metric, Breakdown breakdown) {
        breakdown.forEach((dimension, proportion) -> add(evidence, metric, dimension, proportion.estimate()));
    }

    /** The share of a rate's cases that {@code proportion} counts, as evidence; not written when it counts none. */
    void evidenceRate(Metric metric, Dimension dimension, Proportion proportion) {
        if (proportion.successes() > 0) {
            add(evidence, metric, dimension, proportion.estimate());
        }
    }

    /** A rate of {@code successes} out of {@code trials}; not written when trials is 0. */
    void rate(Metric metric, Dimension dimension, long successes, long trials) {
        add(metrics, metric, dimension, RateEstimate.of(successes, trials));
    }

    /** A percentile with its order-statistic interval, over its count of values. */
    void percentile(Metric metric, PercentileEstimate estimate, Unit unit) {
        metrics.add(new MetricValue(scope, metric, Dimension.OVERALL, estimate.value(), estimate.ciLow(),
                estimate.ciHigh(), null, estimate.count(), unit));
    }

    /** Growth with its interval, over the change (numerator) and the count it started from (denominator). */
    void growth(Metric metric, GrowthEstimate estimate) {
        metrics.add(new MetricValue(scope, metric, Dimension.OVERALL, estimate.value(), estimate.ciLow(),
                estimate.ciHigh(), estimate.after() - estimate.before(), estimate.before(), Unit.RATIO));
    }

    /** A figure without an interval; numerator and denominator as they apply (null when not). */
    void figure(Metric metric, Dimension dimension, double value, Long numerator, Long denominator, Unit unit) {
        metrics.add(new MetricValue(scope, metric, dimension, value, null, null, numerator, denominator, unit));
    }

    private void add(List<MetricValue> rows, Metric metric, Dimension dimension, Optional<RateEstimate> estimate) {
        estimate.ifPresent(rate -> rows.add(new MetricValue(scope, metric, dimension, rate.value(), rate.ciLow(),
                rate.ciHigh(), rate.numerator(), rate.denominator(), Unit.RATIO)));
    }
}
