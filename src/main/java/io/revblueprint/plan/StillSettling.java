package io.revblueprint.plan;

import io.revblueprint.metrics.Dimension;
import io.revblueprint.metrics.Metric;
import io.revblueprint.metrics.MetricValue;

import java.util.Comparator;
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

    private static final String BOTH = "{0} of the {1} MQLs and {2} of the {3} SQLs are under "
            + Dimension.SETTLING_DAYS + " days old at the snapshot and have not moved on yet: both rates may still rise";

    private StillSettling() {
    }

    /**
     * The caveat of each funnel rate of the team that may still rise; {@code evidence}: the team's. When both rates
     * may, one caveat says so for both (TCRM's page 1 read two long caveats one after the other).
     */
    static Map<Metric, Phrase> caveats(List<MetricValue> own, List<MetricValue> evidence) {
        List<MetricValue> young = evidence.stream()
                .filter(cases -> cases.dimension().equals(Dimension.STILL_SETTLING) && WORDS.containsKey(cases.metric()))
                .filter(cases -> cases.value() >= DOUBTFUL_SHARE)
                .filter(cases -> own.stream().anyMatch(rate -> rate.is(cases.metric(), Dimension.OVERALL)))
                .sorted(Comparator.comparing(MetricValue::metric)).toList();
        Map<Metric, Phrase> caveats = new EnumMap<>(Metric.class);
        if (young.size() == 2) {
            Phrase both = Phrase.of(BOTH, Quantity.count(young.get(0).numerator()),
                    Quantity.count(young.get(0).denominator()), Quantity.count(young.get(1).numerator()),
                    Quantity.count(young.get(1).denominator()));
            young.forEach(cases -> caveats.put(cases.metric(), both));
        } else {
            young.forEach(cases -> caveats.put(cases.metric(), Phrase.of(WORDS.get(cases.metric()),
                    Quantity.count(cases.numerator()), Quantity.count(cases.denominator()))));
        }
        return caveats;
    }
}
