package io.revblueprint.metrics;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** One scope's running counts: successes and trials per metric and dimension. */
final class Tally {

    private final String scope;
    private final Map<String, Map<String, long[]>> rates = new TreeMap<>();

    Tally(String scope) {
        this.scope = scope;
    }

    /** Counts one case of a rate; dimension is empty for the overall figure. */
    void rate(String metric, String dimension, boolean success) {
        long[] counts = rates.computeIfAbsent(metric, m -> new TreeMap<>()).computeIfAbsent(dimension, d -> new long[2]);
        counts[1]++;
        if (success) {
            counts[0]++;
        }
    }

    /** The scope's rates with Wilson intervals; a rate over zero cases is not written. */
    List<MetricValue> results() {
        List<MetricValue> values = new ArrayList<>();
        rates.forEach((metric, byDimension) -> byDimension.forEach((dimension, counts) ->
                RateEstimate.of(counts[0], counts[1]).ifPresent(rate -> values.add(new MetricValue(
                        scope, metric, dimension, rate.value(), rate.ciLow(), rate.ciHigh(),
                        rate.numerator(), rate.denominator(), MetricUnits.RATIO)))));
        return values;
    }
}
