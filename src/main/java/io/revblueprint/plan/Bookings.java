package io.revblueprint.plan;

import io.revblueprint.metrics.Dimension;
import io.revblueprint.metrics.Metric;
import io.revblueprint.metrics.MetricValue;
import io.revblueprint.metrics.Period;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/** The won revenue a year a scope books as measured: won deals × average won deal × 365 ÷ the period's days. */
public final class Bookings {

    private Bookings() {
    }

    /** Null when the scope won no deal with an amount in the period. */
    public static BigDecimal annual(List<MetricValue> scopeMetrics, Period period) {
        Optional<MetricValue> won = overall(scopeMetrics, Metric.WIN_RATE);
        Optional<MetricValue> deal = overall(scopeMetrics, Metric.AVG_WON_DEAL_SIZE);
        if (won.isEmpty() || deal.isEmpty() || won.get().numerator() == null) {
            return null;
        }
        long days = ChronoUnit.DAYS.between(period.firstDay(), period.lastDay()) + 1;
        return BigDecimal.valueOf(won.get().numerator() * deal.get().value() * 365.0 / days)
                .setScale(0, RoundingMode.HALF_UP);
    }

    private static Optional<MetricValue> overall(List<MetricValue> metrics, Metric metric) {
        return metrics.stream().filter(value -> value.is(metric, Dimension.OVERALL)).findFirst();
    }
}
