package io.revblueprint.metrics;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class GrowthEstimateTest {

    /**
     * 31 SQLs, then 44: the later month holds 44 of 75, Wilson 95 % 0.4737–0.6912 (centre 0.5825, half-width
     * 0.1088 by hand), so the ratio 44 ÷ 31 lies in 0.900–2.239: growth 41.9 %, interval −10.0 % to +123.9 %.
     */
    @Test
    void growthHasTheIntervalOfTheLaterMonthsShareMappedOntoTheRatio() {
        GrowthEstimate growth = GrowthEstimate.of(31, 44);

        assertThat(growth.value()).isCloseTo(13.0 / 31, within(1e-12));
        assertThat(growth.ciLow()).isCloseTo(-0.1001, within(0.0005));
        assertThat(growth.ciHigh()).isCloseTo(1.2386, within(0.0005));
    }

    /** The demo's New York: +13 on 31, then +13 on 41; the second lies inside the first's interval. */
    @Test
    void aSmallerGrowthOnMoreSqlsIsInsideTheEarlierInterval() {
        assertThat(GrowthEstimate.of(41, 54).value()).isBetween(GrowthEstimate.of(31, 44).ciLow(),
                GrowthEstimate.of(31, 44).ciHigh());
    }

    @Test
    void noSqlsAfterIsAFallOfAllWithAnUpperBoundBelowZero() {
        GrowthEstimate growth = GrowthEstimate.of(10, 0);

        assertThat(growth.value()).isEqualTo(-1.0);
        assertThat(growth.ciLow()).isCloseTo(-1.0, within(1e-9));
        assertThat(growth.ciHigh()).isCloseTo(-0.6159, within(0.0005));
    }

    /** Singapore's scorecard showed n = 25, the month before's SQLs, beside an interval on 25 + 28. */
    @Test
    void theLeadVelocityRateRestsOnBothMonthsSqls() {
        MetricValue singapore = new MetricValue("T-SIN", Metric.LEAD_VELOCITY_RATE, Dimension.OVERALL, 0.12, -0.343,
                0.908, 3L, 25L, Unit.RATIO);

        assertThat(singapore.cases()).isEqualTo(53L);
        assertThat(singapore.restsOnFewerThan(20)).isFalse();
        assertThat(new MetricValue("T-SIN", Metric.LEAD_VELOCITY_RATE, Dimension.OVERALL, -0.5, -0.9, 0.4, -4L, 8L,
                Unit.RATIO).restsOnFewerThan(20)).as("8 SQLs, then 4").isTrue();
    }

    @Test
    void growthFromNothingIsRefused() {
        assertThatThrownBy(() -> GrowthEstimate.of(0, 5)).isInstanceOf(IllegalArgumentException.class);
    }
}
