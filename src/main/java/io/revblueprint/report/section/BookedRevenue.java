package io.revblueprint.report.section;

import io.revblueprint.metrics.Metric;
import io.revblueprint.metrics.MetricValue;
import io.revblueprint.report.document.ScopeMetrics;
import io.revblueprint.report.text.Figures;
import io.revblueprint.report.text.SmallSample;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * A scope's bookings a year as a stake is set against them, with the won deals they rest on: Berlin's first quarter
 * booked 2 deals, and a stake of "44 % of its bookings" said more about those 2 deals than about the leaks.
 */
record BookedRevenue(BigDecimal annual, long wonDeals) {

    static BookedRevenue of(BigDecimal annual, ScopeMetrics metrics) {
        return new BookedRevenue(annual, metrics.overall(Metric.WIN_RATE).map(MetricValue::numerator)
                .filter(Objects::nonNull).orElse(0L));
    }

    boolean measured() {
        return annual != null && annual.signum() > 0;
    }

    /** Measured on fewer won deals than a figure needs to be judged. */
    boolean restsOnFewDeals() {
        return measured() && wonDeals < SmallSample.MIN_CASES;
    }

    /**
     * "21 %" of the bookings, "under 1 %" for a stake that rounds to none (TCRM's € 32K read "0 % of its bookings");
     * empty when they were not measured or rest on too few deals to compare with.
     */
    Optional<String> shareOf(BigDecimal stake) {
        if (!measured() || restsOnFewDeals()) {
            return Optional.empty();
        }
        double share = stake.doubleValue() / annual.doubleValue();
        return Optional.of(share > 0 && share < 0.005 ? "under 1" + Figures.NBSP + "%" : Figures.wholePercent(share));
    }
}
