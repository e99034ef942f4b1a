package io.revblueprint.metrics;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class MetricResultsTest {

    private static final MetricValue NO_MQLS = new MetricValue(MetricValue.ALL, Metric.MQL_COUNT, Dimension.OVERALL, 0,
            null, null, null, null, Unit.COUNT);
    private static final MetricValue WIN_RATE = new MetricValue(MetricValue.ALL, Metric.WIN_RATE, Dimension.OVERALL, 0.3,
            0.2, 0.4, 15L, 50L, Unit.RATIO);

    /** Data Cloud's 2023-Q4: deals closed, and its leads all came in January. */
    @Test
    void aPeriodWithClosedDealsButNoMqlHasDataButNoFunnel() {
        MetricResults results = new MetricResults(List.of(NO_MQLS, WIN_RATE), List.of());

        assertThat(results.hasData()).isTrue();
        assertThat(results.hasMqls()).isFalse();
    }

    @Test
    void aPeriodWithNeitherHasNothingToReport() {
        assertThat(new MetricResults(List.of(NO_MQLS), List.of()).hasData()).isFalse();
    }

    @Test
    void oneMqlCompanyWideIsAFunnel() {
        MetricValue oneMql = new MetricValue(MetricValue.ALL, Metric.MQL_COUNT, Dimension.OVERALL, 1, null, null, null,
                null, Unit.COUNT);

        assertThat(new MetricResults(List.of(oneMql), List.of()).hasMqls()).isTrue();
    }
}
