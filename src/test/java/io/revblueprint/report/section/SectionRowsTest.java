package io.revblueprint.report.section;

import io.revblueprint.metrics.Dimension;
import io.revblueprint.metrics.Metric;
import io.revblueprint.metrics.MetricValue;
import io.revblueprint.metrics.Unit;
import io.revblueprint.report.SampleBlueprints;
import io.revblueprint.report.document.ScopeMetrics;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** How section tables order and mark their rows. */
class SectionRowsTest {

    @Test
    void sourcesAreListedMostMqlsFirstWithSmallSamplesMarked() {
        ScopeMetrics metrics = new ScopeMetrics(List.of(
                rate("mql_to_sql_rate", "source=Content Download", 0.05, 3, 59),
                rate("mql_to_sql_rate", "source=Demo Request", 0.14, 3, 22),
                rate("mql_to_sql_rate", "source=Outbound", 0.29, 12, 42),
                rate("win_rate", "source=Outbound", 0.25, 5, 20),
                rate("win_rate", "source=Unknown", 0.0, 0, 1)), List.of(), SampleBlueprints.ALL_RECORDED);

        assertThat(FunnelSection.sources(metrics)).extracting(SourceRow::source)
                .containsExactly("Content Download", "Outbound", "Demo Request", "Unknown");
        assertThat(FunnelSection.sources(metrics).get(3).winRate().replace('\u00A0', ' ')).isEqualTo("0.0 % *");
    }

    private static MetricValue rate(String metric, String dimension, double value, long numerator, long denominator) {
        return new MetricValue("t-sin", Metric.fromKey(metric), Dimension.parse(dimension), value, null, null,
                numerator, denominator, Unit.RATIO);
    }
}
