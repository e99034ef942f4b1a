package io.revblueprint.metrics;

/**
 * A nearest-rank percentile of {@code count} values with its distribution-free 95 % interval: two of the sorted
 * values whose ranks cover the true percentile with at least 95 % probability (order statistics, binomial ranks).
 * The interval is null when so few values cannot bound the percentile on both sides.
 */
public record PercentileEstimate(double value, Double ciLow, Double ciHigh, long count) {
}
