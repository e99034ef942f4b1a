package io.revblueprint.metrics;

import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiConsumer;

/** One proportion per value of a dimension (e.g. win rate per source), visited in value order. */
final class Breakdown {

    private final String dimension;
    private final Map<String, Proportion> byValue = new TreeMap<>();

    /** {@code dimension} names the breakdown as metrics.csv spells it: {@code source} gives {@code source=<value>}. */
    Breakdown(String dimension) {
        this.dimension = dimension;
    }

    void count(String value, boolean success) {
        byValue.computeIfAbsent(value, v -> new Proportion()).count(success);
    }

    /** Visits each value's proportion with its dimension cell, e.g. {@code source=Webinar}. */
    void forEach(BiConsumer<String, Proportion> action) {
        byValue.forEach((value, proportion) -> action.accept(dimension + "=" + value, proportion));
    }

    /** The values' proportions by value, for tests across values such as the chi-square. */
    Map<String, Proportion> byValue() {
        return byValue;
    }
}
