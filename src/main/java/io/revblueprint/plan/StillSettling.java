package io.revblueprint.plan;

import io.revblueprint.metrics.Dimension;
import io.revblueprint.metrics.Metric;
import io.revblueprint.metrics.MetricValue;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A funnel rate measured before its cohort had time to convert: TCRM's SQL→opportunity read 6 % while 32 of its 34
 * SQLs had reached SQL weeks before the export and were still open. When at least a quarter of a rate's cases are
 * that young, the rate may yet rise.
 */
final class StillSettling {

    /** A rate is in doubt when this share of its cases, or more, may still convert. */
    static final double DOUBTFUL_SHARE = 0.25;

    private static final Map<Metric, String> WORDS = Map.of(
            Metric.MQL_TO_SQL_RATE, "{0} of the {1} MQLs are under " + Dimension.SETTLING_DAYS
                    + " days old at the snapshot and not yet qualified or turned down: the rate may still rise",
            Metric.SQL_TO_OPPORTUNITY_RATE, "{0} of the {1} SQLs are under " + Dimension.SETTLING_DAYS
                    + " days old at the snapshot and not yet converted: the rate may still rise");

    private StillSettling() {
    }

    /** The caveat of each funnel rate of the team that may still rise; {@code evidence}: the team's. */
    static Map<Metric, Phrase> caveats(List<MetricValue> own, List<MetricValue> evidence) {
        Map<Metric, Phrase> caveats = new EnumMap<>(Metric.class);
        evidence.stream()
                .filter(young -> young.dimension().equals(Dimension.STILL_SETTLING) && WORDS.containsKey(young.metric()))
                .filter(young -> young.value() >= DOUBTFUL_SHARE)
                .forEach(young -> own.stream().filter(rate -> rate.is(young.metric(), Dimension.OVERALL)).findFirst()
                        .ifPresent(rate -> caveats.put(rate.metric(), Phrase.of(WORDS.get(rate.metric()),
                                Quantity.count(young.numerator()), Quantity.count(young.denominator())))));
        return caveats;
    }
}
