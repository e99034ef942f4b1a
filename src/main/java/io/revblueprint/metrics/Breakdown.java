package io.revblueprint.metrics;

import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiConsumer;

/** One proportion per value of a dimension (e.g. win rate per source), visited in value order. */
final class Breakdown {

    private final Dimension.Kind kind;
    private final Map<String, Proportion> byValue = new TreeMap<>();

    Breakdown(Dimension.Kind kind) {
        this.kind = kind;
    }

    void count(String value, boolean success) {
        byValue.computeIfAbsent(value, v -> new Proportion()).count(success);
    }

    /** Visits each value's proportion with its dimension, e.g. {@code source=Webinar}. */
    void forEach(BiConsumer<Dimension, Proportion> action) {
        byValue.forEach((value, proportion) -> action.accept(Dimension.of(kind, value), proportion));
    }

    /** The values' proportions by value, for tests across values such as the chi-square. */
    Map<String, Proportion> byValue() {
        return byValue;
    }
}
