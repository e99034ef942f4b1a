package io.revblueprint.report.section;

import io.revblueprint.metrics.Dimension;
import io.revblueprint.metrics.Metric;
import io.revblueprint.metrics.MetricValue;
import io.revblueprint.metrics.Unit;
import io.revblueprint.report.text.Figures;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Figures read in their own unit, and a benchmark position says which side is good. */
class UnitWordingTest {

    @Test
    void hoursDaysMoneyAndPValuesAreNotPercentagesEvenWithTheirNInTheDenominator() {
        assertThat(Figures.metric(figure("lead_response_hours_median", 9.3186, "hours"))).isEqualTo("9.3\u00a0h");
        assertThat(Figures.metric(figure("sales_cycle_days_median", 90.09, "days"))).isEqualTo("90.1\u00a0days");
        assertThat(Figures.metric(figure("avg_won_deal_size", 186078.947, "EUR"))).isEqualTo("€\u00a0186,079");
        assertThat(Figures.metric(figure("win_rate_source_chi2_p", 0.5812, "p-value"))).isEqualTo("p = 0.581");
        assertThat(Figures.metric(figure("win_rate", 0.19387, "ratio"))).isEqualTo("19.4\u00a0%");
    }

    private static MetricValue figure(String metric, double value, String unit) {
        return new MetricValue("T-NYC", Metric.fromKey(metric), Dimension.OVERALL, value, null, null, null, 400L,
                Unit.parse(unit));
    }
}
