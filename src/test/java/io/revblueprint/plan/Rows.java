package io.revblueprint.plan;

import io.revblueprint.metrics.Dimension;
import io.revblueprint.metrics.Metric;
import io.revblueprint.metrics.MetricValue;
import io.revblueprint.metrics.RateEstimate;
import io.revblueprint.metrics.RecordedInput;
import io.revblueprint.metrics.RecordedInputs;
import io.revblueprint.metrics.Unit;

import java.util.Arrays;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Metric rows as the metrics stage writes them, for hand-computed cases; metrics and dimensions as metrics.csv spells them. */
final class Rows {

    static final String TEAM = "T-BER";

    /** A snapshot that records every input: every metric is measurable. */
    static final RecordedInputs ALL_RECORDED = recordedExcept();

    private Rows() {
    }

    /** A rate with its Wilson 95 % interval, as metrics.csv carries it. */
    static MetricValue rate(String metric, String dimension, long numerator, long denominator) {
        RateEstimate rate = RateEstimate.of(numerator, denominator).orElseThrow();
        return new MetricValue(TEAM, Metric.fromKey(metric), Dimension.parse(dimension), rate.value(), rate.ciLow(),
                rate.ciHigh(), numerator, denominator, Unit.RATIO);
    }

    static MetricValue rate(String metric, long numerator, long denominator) {
        return rate(metric, "", numerator, denominator);
    }

    /** A rate with an interval chosen by hand, to sit exactly on a boundary. */
    static MetricValue rate(String metric, double value, double ciLow, double ciHigh, long denominator) {
        return new MetricValue(TEAM, Metric.fromKey(metric), Dimension.OVERALL, value, ciLow, ciHigh,
                Math.round(value * denominator), denominator, Unit.RATIO);
    }

    /** A snapshot that records every input but the given ones. */
    static RecordedInputs recordedExcept(RecordedInput... missing) {
        Set<RecordedInput> unrecorded = Set.of(missing);
        return new RecordedInputs(Arrays.stream(RecordedInput.values())
                .collect(Collectors.toMap(Function.identity(), input -> unrecorded.contains(input) ? 0L : 7L)));
    }

    /** A figure without an interval (a percentile, an amount). */
    static MetricValue figure(String metric, double value, String unit) {
        return new MetricValue(TEAM, Metric.fromKey(metric), Dimension.OVERALL, value, null, null, null, null,
                Unit.parse(unit));
    }
}
