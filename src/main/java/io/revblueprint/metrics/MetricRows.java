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
        rate(metrics, metric.key(), "", proportion);
    }

    /** The rate of each value of the breakdown, e.g. {@code source=Webinar}. */
    void rates(Metric metric, Breakdown breakdown) {
        breakdown.forEach((dimension, proportion) -> rate(metrics, metric.key(), dimension, proportion));
    }

    /** The rate of each value of the breakdown, as evidence. */
    void evidenceRates(String metric, Breakdown breakdown) {
        breakdown.forEach((dimension, proportion) -> rate(evidence, metric, dimension, proportion));
    }

    /** A rate of {@code successes} out of {@code trials}; not written when trials is 0. */
    void rate(Metric metric, String dimension, long successes, long trials) {
        add(metrics, metric.key(), dimension, RateEstimate.of(successes, trials));
    }

    /** A figure without an interval; numerator and denominator as they apply (null when not). */
    void figure(Metric metric, String dimension, double value, Long numerator, Long denominator, String unit) {
        metrics.add(new MetricValue(scope, metric.key(), dimension, value, null, null, numerator, denominator, unit));
    }

    private void rate(List<MetricValue> rows, String metric, String dimension, Proportion proportion) {
        add(rows, metric, dimension, proportion.estimate());
    }

    private void add(List<MetricValue> rows, String metric, String dimension, Optional<RateEstimate> estimate) {
        estimate.ifPresent(rate -> rows.add(new MetricValue(scope, metric, dimension, rate.value(), rate.ciLow(),
                rate.ciHigh(), rate.numerator(), rate.denominator(), MetricUnits.RATIO)));
    }
}
