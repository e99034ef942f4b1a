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

    /** TCRM: 2 opportunities above 95 won deals read as a funnel widening; each stage now names its base. */
    @Test
    void funnelStagesNameTheirBaseAndTheWonDealsTheirOwnCohort() {
        ScopeMetrics metrics = new ScopeMetrics(List.of(
                rate("mql_to_sql_rate", null, 0.0135, 2, 148),
                rate("sql_to_opportunity_rate", null, 1.0, 2, 2),
                rate("win_rate", null, 0.1987, 95, 478)), List.of(), SampleBlueprints.ALL_RECORDED);

        assertThat(FunnelSection.stages(metrics))
                .extracting(stage -> stage.name() + ": " + stage.count() + ", " + stage.conversion().replace('\u00A0', ' ')
                        + (stage.closedCohort() ? ", closed cohort" : ""))
                .containsExactly("MQLs: 148, marketing-qualified leads", "Sales-qualified (SQL): 2, 1 % of 148 MQLs",
                        "Opportunities: 2, 100 % of 2 SQLs", "Deals won: 95, 20 % of 478 deals closed in the period, closed cohort");
    }

    private static MetricValue rate(String metric, String dimension, double value, long numerator, long denominator) {
        return new MetricValue("t-sin", Metric.fromKey(metric), Dimension.parse(dimension), value, null, null,
                numerator, denominator, Unit.RATIO);
    }
}
