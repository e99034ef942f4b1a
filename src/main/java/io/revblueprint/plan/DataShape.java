package io.revblueprint.plan;

import io.revblueprint.metrics.Dimension;
import io.revblueprint.metrics.Metric;
import io.revblueprint.metrics.MetricValue;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Shapes of a team's data that are possible but rarely true, and so cast doubt on the figures they touch: no lost
 * deal at all, deals that close the day they are created, one loss reason for every lost deal. Each becomes a
 * caveat on the judgement of every metric it touches.
 */
final class DataShape {

    private DataShape() {
    }

    /** The caveat of each metric the team's data shape touches. */
    static Map<Metric, Phrase> caveats(List<MetricValue> own) {
        Map<Metric, Phrase> caveats = new EnumMap<>(Metric.class);
        overall(own, Metric.WIN_RATE).filter(rate -> rate.value() == 1.0).ifPresent(rate -> {
            Phrase noneLost = Phrase.of("every one of the {0} deals closed was won: lost deals may be missing from"
                    + " the export", Quantity.count(rate.denominator()));
            List.of(Metric.WIN_RATE, Metric.MARKETING_SOURCED_WIN_RATE, Metric.WIN_RATE_SOURCE_CHI2_P,
                    Metric.PIPELINE_VELOCITY).forEach(metric -> caveats.put(metric, noneLost));
        });
        overall(own, Metric.SALES_CYCLE_DAYS_P75).filter(cycle -> cycle.value() == 0).ifPresent(cycle -> {
            // An export may also date the close before the creation (clamped to 0 days when read): the same cause.
            Phrase sameDay = Phrase.of("at least three in four of the {0} won deals closed on or before the day they"
                    + " were created: creation dates may be the dates records were loaded", Quantity.count(cycle.denominator()));
            List.of(Metric.SALES_CYCLE_DAYS_MEDIAN, Metric.SALES_CYCLE_DAYS_P75, Metric.PIPELINE_VELOCITY)
                    .forEach(metric -> caveats.put(metric, sameDay));
        });
        List<MetricValue> reasons = own.stream().filter(value -> value.metric() == Metric.LOSS_REASON_SHARE).toList();
        if (reasons.size() == 1) {
            caveats.put(Metric.LOSS_REASON_SHARE, Phrase.of("every one of the {0} lost deals has the reason \""
                    + reasons.get(0).dimension().value() + "\": reasons may not be recorded",
                    Quantity.count(reasons.get(0).denominator())));
        }
        return caveats;
    }

    private static Optional<MetricValue> overall(List<MetricValue> own, Metric metric) {
        return own.stream().filter(value -> value.is(metric, Dimension.OVERALL)).findFirst();
    }
}
