package io.revblueprint.plan;

import io.revblueprint.metrics.Dimension;
import io.revblueprint.metrics.Metric;
import io.revblueprint.metrics.MetricValue;

import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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
        List<MetricValue> young = young(own, evidence);
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

    /** The cases of each rate in doubt that may still convert: its young ones, not yet qualified or turned down. */
    static Map<Metric, Long> pending(List<MetricValue> own, List<MetricValue> evidence) {
        Map<Metric, Long> pending = new EnumMap<>(Metric.class);
        young(own, evidence).forEach(cases -> pending.put(cases.metric(), cases.numerator()));
        return pending;
    }

    /**
     * Whether the rate would reach its line if every pending case converted: its miss is then not confirmed, however
     * narrow its interval (the demo's Berlin in September: 17 % against 25 %, 96 of 190 MQLs still young).
     */
    static boolean couldStillReach(MetricValue rate, Threshold line, long pending) {
        return rate.numerator() != null && rate.denominator() != null && rate.denominator() > 0
                && !line.isMissedBy((double) (rate.numerator() + pending) / rate.denominator());
    }

    /**
     * The young cases of a leak's rate when converting them would bring it to its line: its gap is not measured yet.
     * Empty when they could not, or when the rate has no cohort in doubt.
     */
    static Optional<Long> couldStillClose(Judgement leak, List<MetricValue> evidence) {
        Long young = pending(List.of(leak.value()), evidence).get(leak.value().metric());
        return young != null && leak.value().isOverall() && couldStillReach(leak.value(), leak.threshold(), young)
                ? Optional.of(young) : Optional.empty();
    }

    private static List<MetricValue> young(List<MetricValue> own, List<MetricValue> evidence) {
        return evidence.stream()
                .filter(cases -> cases.dimension().equals(Dimension.STILL_SETTLING) && WORDS.containsKey(cases.metric()))
                .filter(cases -> cases.value() >= DOUBTFUL_SHARE)
                .filter(cases -> own.stream().anyMatch(rate -> rate.is(cases.metric(), Dimension.OVERALL)))
                .sorted(Comparator.comparing(MetricValue::metric)).toList();
    }
}
