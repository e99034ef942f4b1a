package io.revblueprint.report.text;

import io.revblueprint.metrics.Dimension;
import io.revblueprint.metrics.Metric;
import io.revblueprint.metrics.MetricValue;
import io.revblueprint.metrics.Period;
import io.revblueprint.metrics.Unit;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

class FiguresTest {

    /** No document said what 2026-Q3 meant, nor in whose time its days are. */
    @Test
    void aPeriodIsSaidAsItsDaysInItsTimeZone() {
        ZoneId berlin = ZoneId.of("Europe/Berlin");
        assertThat(Figures.periodSpan(Period.parse("2026-Q3", berlin))).isEqualTo("1 Jul – 30 Sept 2026, Europe/Berlin time");
        assertThat(Figures.periodSpan(Period.parse("2026-09", berlin))).isEqualTo("1–30 Sept 2026, Europe/Berlin time");
        assertThat(Figures.periodSpan(Period.parse("2026-W53", ZoneId.of("UTC"))))
                .isEqualTo("28 Dec 2026 – 3 Jan 2027, UTC time");
        assertThat(Figures.periodSpan(Period.parse("2026-09-14..2026-09-14", berlin)))
                .isEqualTo("14 Sept 2026, Europe/Berlin time");
    }

    @Test
    void keepsUnitsOnTheLineOfTheirNumber() {
        assertThat(Figures.percent(0.6123)).isEqualTo("61.2\u00A0%");
        assertThat(Figures.money(new BigDecimal("5000"), "USD")).isEqualTo("$\u00A05,000");
    }

    @Test
    void ratesAndIntervalsArePercentagesWithOneDecimalInTablesAndWholeInSentences() {
        assertThat(plain(Figures.percent(0.6123))).isEqualTo("61.2 %");
        assertThat(plain(Figures.interval(new MetricValue("t", Metric.WIN_RATE, Dimension.OVERALL, 0.61, 0.58, 0.6434,
                61L, 100L, Unit.RATIO)))).isEqualTo("58.0–64.3 %");
        assertThat(plain(Figures.wholePercent(0.6149))).isEqualTo("61 %");
        assertThat(plain(Figures.wholePercentInterval(0.3, 0.4))).isEqualTo("30–40 %");
    }

    @Test
    void aPercentilesIntervalIsInItsUnitAndAFigureWithoutOneShowsNone() {
        assertThat(plain(Figures.interval(new MetricValue("t", Metric.LEAD_RESPONSE_HOURS_MEDIAN, Dimension.OVERALL,
                9.3, 6.25, 12.0, null, 40L, Unit.HOURS)))).isEqualTo("6.3–12.0 h");
        assertThat(Figures.interval(new MetricValue("t", Metric.PIPELINE_VELOCITY, Dimension.OVERALL, 120, null, null,
                null, null, Unit.moneyPerDay("EUR")))).isEmpty();
    }

    @Test
    void rangesWriteTheirUnitOnce() {
        assertThat(plain(Figures.rangeInUnit(0.3, 0.4, Unit.RATIO))).isEqualTo("30.0–40.0 %");
        assertThat(plain(Figures.rangeInUnit(1.5, 3, Unit.HOURS))).isEqualTo("1.5–3.0 h");
        assertThat(plain(Figures.rangeInUnit(22.5, 67.5, Unit.DAYS))).isEqualTo("22.5–67.5 days");
        // Berlin's lead velocity read "−30.2–43.2 %", a subtraction.
        assertThat(plain(Figures.rangeInUnit(-0.302, 0.432, Unit.RATIO))).isEqualTo("−30.2 to 43.2 %");
        assertThat(plain(Figures.wholePercentInterval(-0.302, 0.432))).isEqualTo("−30 to 43 %");
    }

    @Test
    void differencesOfRatesArePercentagePoints() {
        assertThat(Figures.points(-0.29)).isEqualTo("29 pts");
        assertThat(Figures.points(0.012)).isEqualTo("1 pt");
        assertThat(Figures.plusMinusPoints(0.55, 0.67)).isEqualTo("±6 pts");
        assertThat(Figures.signedPoints(0.032)).isEqualTo("+3.2 pts");
        assertThat(Figures.signedPoints(-0.015)).isEqualTo("−1.5 pts");
        assertThat(Figures.signedPoints(0.0001)).isEqualTo("0.0 pts");
    }

    @Test
    void changesAreSignedInTheUnitOfTheMetric() {
        assertThat(Figures.change(metric("win_rate", 0.61), metric("win_rate", 0.68))).isEqualTo("−7.0 pts");
        assertThat(plain(Figures.change(metric("lead_response_hours_median", 5.25),
                metric("lead_response_hours_median", 4.8)))).isEqualTo("+0.5 h");
        assertThat(Figures.change(metric("win_rate_source_chi2_p", 0.01), metric("win_rate_source_chi2_p", 0.2)))
                .isEmpty();
    }

    @Test
    void moneyIsGroupedInFullAndAbbreviatedInHeadlines() {
        assertThat(plain(Figures.money(new BigDecimal("1234567.49"), "EUR"))).isEqualTo("€ 1,234,567");
        assertThat(plain(Figures.compactMoney(new BigDecimal("1234567"), "EUR"))).isEqualTo("€ 1.2M");
        assertThat(plain(Figures.compactMoney(new BigDecimal("85400"), "EUR"))).isEqualTo("€ 85K");
        assertThat(plain(Figures.compactMoney(new BigDecimal("950"), "EUR"))).isEqualTo("€ 950");
    }

    @Test
    void numbersAreShownInTheirUnit() {
        assertThat(plain(Figures.inUnit(0.4, Unit.parse("ratio")))).isEqualTo("40.0 %");
        assertThat(plain(Figures.inUnit(5.25, Unit.parse("hours")))).isEqualTo("5.3 h");
        assertThat(plain(Figures.inUnit(41.5, Unit.parse("days")))).isEqualTo("41.5 days");
        assertThat(Figures.inUnit(1234, Unit.parse("count"))).isEqualTo("1,234");
        assertThat(plain(Figures.inUnit(48250.5, Unit.parse("EUR")))).isEqualTo("€ 48,251");
        assertThat(plain(Figures.inUnit(1520, Unit.parse("EUR/day")))).isEqualTo("€ 1,520 / day");
        assertThat(Figures.inUnit(0.0312, Unit.P_VALUE)).isEqualTo("p = 0.031");
        assertThat(Figures.inUnit(0.0004, Unit.P_VALUE)).isEqualTo("p < 0.001");
    }

    @Test
    void asOfIsAnUnambiguousUtcTime() {
        assertThat(Figures.asOf(Instant.parse("2026-10-01T06:00:00Z"))).isEqualTo("2026-10-01 06:00 UTC");
    }

    @Test
    void metricLabelsReadAsWords() {
        assertThat(MetricLabels.label(metric("win_rate", "source=Webinar", 0.5))).isEqualTo("Win rate · source: Webinar");
        assertThat(MetricLabels.label(metric("response_sla_compliance", "tier=HIGH_INTENT", 0.5)))
                .isEqualTo("Response SLA compliance · tier: High intent");
        assertThat(Dimension.parse("loss_reason=LOST_TO_COMPETITOR").valueInWords())
                .isEqualTo("Lost to competitor");
        assertThat(Dimension.parse("source=PPC").valueInWords()).isEqualTo("PPC");
    }

    private static String plain(String text) {
        return text.replace('\u00A0', ' ');
    }

    private static MetricValue metric(String metric, double value) {
        return metric(metric, "", value);
    }

    private static MetricValue metric(String key, String dimension, double value) {
        Metric metric = Metric.fromKey(key);
        return new MetricValue("ALL", metric, Dimension.parse(dimension), value, null, null, null, null,
                Unit.of(metric.unit()));
    }
}
