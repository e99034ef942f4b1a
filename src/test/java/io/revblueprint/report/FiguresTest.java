package io.revblueprint.report;

import io.revblueprint.metrics.MetricValue;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class FiguresTest {

    @Test
    void ratesAndIntervalsArePercentagesWithOneDecimal() {
        assertThat(Figures.percent(0.6123)).isEqualTo("61.2 %");
        assertThat(Figures.percentInterval(0.58, 0.6434)).isEqualTo("58.0–64.3 %");
        assertThat(Figures.percentInterval(null, null)).isEmpty();
    }

    @Test
    void moneyIsGroupedInFullAndAbbreviatedInHeadlines() {
        assertThat(Figures.money(new BigDecimal("1234567.49"), "EUR")).isEqualTo("€ 1,234,567");
        assertThat(Figures.money(new BigDecimal("5000"), "USD")).isEqualTo("$ 5,000");
        assertThat(Figures.compactMoney(new BigDecimal("1234567"), "EUR")).isEqualTo("€ 1.2M");
        assertThat(Figures.compactMoney(new BigDecimal("85400"), "EUR")).isEqualTo("€ 85K");
        assertThat(Figures.compactMoney(new BigDecimal("950"), "EUR")).isEqualTo("€ 950");
    }

    @Test
    void metricsAreShownInTheirUnit() {
        assertThat(Figures.metric(metric(0.4, 40L, "ratio"))).isEqualTo("40.0 %");
        assertThat(Figures.metric(metric(5.25, null, "hours"))).isEqualTo("5.3 h");
        assertThat(Figures.metric(metric(41.5, null, "days"))).isEqualTo("41.5 days");
        assertThat(Figures.metric(metric(1234, null, "count"))).isEqualTo("1,234");
        assertThat(Figures.metric(metric(48250.5, null, "EUR"))).isEqualTo("€ 48,251");
        assertThat(Figures.metric(metric(1520, null, "EUR/day"))).isEqualTo("€ 1,520 / day");
        assertThat(Figures.metric(metric(0.0312, null, "p"))).isEqualTo("p = 0.031");
    }

    @Test
    void asOfIsAnUnambiguousUtcTime() {
        assertThat(Figures.asOf(Instant.parse("2026-10-01T06:00:00Z"))).isEqualTo("2026-10-01 06:00 UTC");
    }

    @Test
    void metricLabelsReadAsWords() {
        assertThat(MetricLabels.label("win_rate", "source=Webinar")).isEqualTo("Win rate · source: Webinar");
        assertThat(MetricLabels.label("response_sla_compliance", "tier=HIGH_INTENT"))
                .isEqualTo("Response SLA compliance · tier: High intent");
        assertThat(MetricLabels.label("some_new_metric", null)).isEqualTo("Some new metric");
    }

    private static MetricValue metric(double value, Long denominator, String unit) {
        return new MetricValue("ALL", "m", null, value, null, null, denominator == null ? null : 1L, denominator, unit);
    }
}
