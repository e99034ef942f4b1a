package io.revblueprint.metrics;

import io.revblueprint.crm.Segment;
import io.revblueprint.crm.SourceCategory;
import org.apache.commons.math3.special.Erf;
import org.junit.jupiter.api.Test;

import static io.revblueprint.metrics.Cases.BER;
import static io.revblueprint.metrics.Cases.NYC;
import static io.revblueprint.metrics.Cases.berlin;
import static io.revblueprint.metrics.Cases.deal;
import static io.revblueprint.metrics.Cases.fraction;
import static io.revblueprint.metrics.Cases.row;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Win/loss of the closed cohort on hand-computed cases. */
class WinLossMetricsTest {

    @Test
    void winRateOverallAndByEachDimension() {
        MetricsCalculator calculator = Cases.calculator();
        calculator.acceptClosed(deal("O-1").of(BER));
        calculator.acceptClosed(deal("O-2").lost("Price").owner("U-2").segment(Segment.ENTERPRISE).of(BER));
        calculator.acceptClosed(deal("O-3").source("Outbound", SourceCategory.SALES).owner("U-2").of(BER));
        calculator.acceptClosed(deal("O-4").open().of(BER)); // open: not in the closed cohort
        calculator.acceptClosed(deal("O-5").closedAt(berlin("2026-09-30T23:00")).of(BER)); // closed before the period
        MetricResults results = calculator.results();

        assertThat(fraction(results, BER, "win_rate", "")).isEqualTo("2/3");
        assertThat(fraction(results, BER, "win_rate", "source=Webinar")).isEqualTo("1/2");
        assertThat(fraction(results, BER, "win_rate", "source=Outbound")).isEqualTo("1/1");
        assertThat(fraction(results, BER, "win_rate", "source_category=MARKETING")).isEqualTo("1/2");
        assertThat(fraction(results, BER, "win_rate", "source_category=SALES")).isEqualTo("1/1");
        assertThat(fraction(results, BER, "win_rate", "segment=MID_MARKET")).isEqualTo("2/2"); // the team's segment
        assertThat(fraction(results, BER, "win_rate", "segment=ENTERPRISE")).isEqualTo("0/1");
        assertThat(fraction(results, BER, "win_rate", "owner=U-1")).isEqualTo("1/1");
        assertThat(fraction(results, BER, "win_rate", "owner=U-2")).isEqualTo("1/2");
        assertThat(fraction(results, BER, "marketing_sourced_win_rate", "")).isEqualTo("1/2");
        assertThat(fraction(results, "ALL", "win_rate", "")).isEqualTo("2/3");
    }

    @Test
    void sourceAndCategoryFallBackToTheLeadThenToUnknownAndOther() {
        MetricsCalculator calculator = Cases.calculator();
        var webinarLead = new OpportunityFacts.OriginLead("Webinar", SourceCategory.MARKETING, "C-1");
        calculator.acceptClosed(deal("O-1").source(null, null).of(BER, Segment.SMB, webinarLead));
        calculator.acceptClosed(deal("O-2").source(null, null).of(BER, Segment.SMB, null));
        calculator.acceptClosed(deal("O-3").source("Referral", null).of(BER, Segment.SMB, null));
        MetricResults results = calculator.results();

        assertThat(fraction(results, BER, "win_rate", "source=Webinar")).isEqualTo("1/1");
        assertThat(fraction(results, BER, "win_rate", "source=UNKNOWN")).isEqualTo("1/1");
        assertThat(fraction(results, BER, "win_rate", "source=Referral")).isEqualTo("1/1");
        assertThat(fraction(results, BER, "win_rate", "source_category=MARKETING")).isEqualTo("1/1");
        assertThat(fraction(results, BER, "win_rate", "source_category=OTHER")).isEqualTo("2/2");
        assertThat(fraction(results, BER, "win_rate", "segment=SMB")).isEqualTo("3/3");
        assertThat(fraction(results, BER, "marketing_sourced_win_rate", "")).isEqualTo("1/1");
    }

    @Test
    void lossReasonSharesOfTheLostWithEmptyReasonsUnknown() {
        MetricsCalculator calculator = Cases.calculator();
        calculator.acceptClosed(deal("O-1").lost("Price").of(BER));
        calculator.acceptClosed(deal("O-2").lost("Price").of(BER));
        calculator.acceptClosed(deal("O-3").lost(null).of(BER));
        calculator.acceptClosed(deal("O-4").of(BER));
        MetricResults results = calculator.results();

        assertThat(fraction(results, BER, "loss_reason_share", "loss_reason=Price")).isEqualTo("2/3");
        assertThat(fraction(results, BER, "loss_reason_share", "loss_reason=UNKNOWN")).isEqualTo("1/3");
        assertThat(row(results, BER, "loss_reason_share", "loss_reason=Price").orElseThrow().ciLow()).isNotNull();
    }

    @Test
    void nothingLostMeansNoLossReasonShareAndNoChiSquare() {
        MetricsCalculator calculator = Cases.calculator();
        for (int i = 0; i < 10; i++) {
            calculator.acceptClosed(deal("O-" + i).source(i < 5 ? "Webinar" : "Outbound", SourceCategory.SALES).of(BER));
        }
        MetricResults results = calculator.results();
        assertThat(results.metrics()).noneMatch(value -> value.metric().equals("loss_reason_share"));
        assertThat(row(results, BER, "win_rate_source_chi2_p", "")).isEmpty();
    }

    @Test
    void averageWonDealSizeIsInTheCompanyCurrencyOtherCurrenciesApart() {
        MetricsCalculator calculator = Cases.calculator();
        calculator.acceptClosed(deal("O-1").amount("1000.50", "EUR").of(BER));
        calculator.acceptClosed(deal("O-2").amount("2000", "EUR").of(BER));
        calculator.acceptClosed(deal("O-3").amount(null, "EUR").of(BER)); // no amount: left out
        calculator.acceptClosed(deal("O-4").amount("5000", "USD").of(BER));
        calculator.acceptClosed(deal("O-5").amount("9999", "EUR").lost("Price").of(BER)); // lost: left out
        MetricResults results = calculator.results();

        MetricValue euros = row(results, BER, "avg_won_deal_size", "").orElseThrow();
        assertThat(euros.value()).isEqualTo(1500.25);
        assertThat(euros.denominator()).isEqualTo(2L);
        assertThat(euros.numerator()).isNull();
        assertThat(euros.unit().csv()).isEqualTo("EUR");
        MetricValue dollars = row(results, BER, "avg_won_deal_size", "currency=USD").orElseThrow();
        assertThat(dollars.value()).isEqualTo(5000.0);
        assertThat(dollars.unit().csv()).isEqualTo("USD");
    }

    @Test
    void aScopeThatWinsInOneCurrencyIsMeasuredInIt() {
        MetricsCalculator calculator = Cases.calculator();
        calculator.acceptClosed(deal("O-1").amount("3000", "USD").of(NYC));
        calculator.acceptClosed(deal("O-2").amount("5000", "USD").of(NYC));
        calculator.acceptClosed(deal("O-3").amount("1000", "EUR").of(BER));
        MetricResults results = calculator.results();

        MetricValue newYork = row(results, NYC, "avg_won_deal_size", "").orElseThrow();
        assertThat(newYork.value()).isEqualTo(4000.0);
        assertThat(newYork.unit().csv()).isEqualTo("USD");
        assertThat(row(results, NYC, "avg_won_deal_size", "currency=USD")).isEmpty();
        MetricValue company = row(results, "ALL", "avg_won_deal_size", "").orElseThrow();
        assertThat(company.value()).as("mixed: the company currency overall").isEqualTo(1000.0);
        assertThat(row(results, "ALL", "avg_won_deal_size", "currency=USD").orElseThrow().value()).isEqualTo(4000.0);
    }

    @Test
    void salesCycleOfWonDealsInFractionalDaysMedianOfAnEvenCount() {
        MetricsCalculator calculator = Cases.calculator();
        double[] days = {10, 2.5, 40, 7.25};
        for (int i = 0; i < days.length; i++) {
            calculator.acceptClosed(deal("O-" + i).createdAt(berlin("2026-10-15T12:00")
                    .minusSeconds(Math.round(days[i] * 86_400))).of(BER));
        }
        calculator.acceptClosed(deal("O-lost").lost("Price").createdAt(berlin("2025-10-15T12:00")).of(BER));
        MetricResults results = calculator.results();

        MetricValue median = row(results, BER, "sales_cycle_days_median", "").orElseThrow();
        assertThat(median.value()).isEqualTo(7.25); // sorted 2.5, 7.25, 10, 40: rank ⌈0.5·4⌉ = 2
        assertThat(median.denominator()).isEqualTo(4L);
        assertThat(median.unit().csv()).isEqualTo("days");
        assertThat(row(results, BER, "sales_cycle_days_p75", "").orElseThrow().value()).isEqualTo(10.0); // rank 3
    }

    @Test
    void salesCycleCountsElapsedTimeAcrossTheClockChange() {
        MetricsCalculator calculator = Cases.calculator();
        // Sat 24 Oct 12:00 CEST -> Sun 25 Oct 12:00 CET is 25 hours.
        calculator.acceptClosed(deal("O-1").createdAt(berlin("2026-10-24T12:00")).closedAt(berlin("2026-10-25T12:00"))
                .of(BER));
        assertThat(row(calculator.results(), BER, "sales_cycle_days_median", "").orElseThrow().value())
                .isEqualTo(25 / 24.0);
    }

    @Test
    void sourcesWithFewerThanFiveClosedDealsArePooledForTheChiSquare() {
        MetricsCalculator calculator = Cases.calculator();
        closed(calculator, "Webinar", 6, 4);
        closed(calculator, "Outbound", 0, 3); // 3 deals: pooled
        closed(calculator, "Partner", 2, 0); // 2 deals: pooled
        MetricResults results = calculator.results();

        // Table {6, 4} vs pooled {2, 3}; n = 15, 8 won; expected 16/3, 14/3 / 8/3, 7/3; each cell off by 2/3.
        double statistic = 4 / 9.0 * (3 / 16.0 + 3 / 14.0 + 3 / 8.0 + 3 / 7.0);
        MetricValue p = row(results, BER, "win_rate_source_chi2_p", "").orElseThrow();
        assertEquals(Erf.erfc(Math.sqrt(statistic / 2)), p.value(), 1e-12); // one degree of freedom
        assertThat(p.denominator()).isEqualTo(15L);
        assertThat(p.numerator()).isNull();
        assertThat(p.unit().csv()).isEqualTo("p-value");
    }

    @Test
    void thePooledGroupCountsAsOneGroupWhateverItsSize() {
        MetricsCalculator calculator = Cases.calculator();
        closed(calculator, "Webinar", 3, 3);
        closed(calculator, "Partner", 1, 0);
        assertThat(row(calculator.results(), BER, "win_rate_source_chi2_p", "")).isPresent();
    }

    @Test
    void noChiSquareWithFewerThanTwoGroups() {
        MetricsCalculator calculator = Cases.calculator();
        closed(calculator, "Webinar", 2, 2); // all sources under 5: one pooled group
        closed(calculator, "Outbound", 0, 3);
        closed(calculator, "Referral", 7, 3); // T-NYC's only source: one group
        MetricResults results = calculator.results();
        assertThat(row(results, BER, "win_rate_source_chi2_p", "")).isEmpty();
        assertThat(row(results, NYC, "win_rate_source_chi2_p", "")).isEmpty();
    }

    @Test
    void pipelineVelocityMultipliesOpenDealsWinRateAndDealSizeOverTheMeanCycle() {
        MetricsCalculator calculator = Cases.calculator();
        calculator.acceptClosed(deal("O-1").createdAt(berlin("2026-10-05T12:00")).of(BER)); // 10 days
        calculator.acceptClosed(deal("O-2").createdAt(berlin("2026-09-15T12:00")).of(BER)); // 30 days
        calculator.acceptClosed(deal("O-3").lost("Price").of(BER));
        calculator.acceptClosed(deal("O-4").lost("Price").of(BER));
        calculator.acceptOpenOpportunities(BER, 3);
        calculator.acceptOpenOpportunities(NYC, 7); // no closed deals: no velocity for T-NYC
        MetricResults results = calculator.results();

        MetricValue velocity = row(results, BER, "pipeline_velocity", "").orElseThrow();
        assertEquals(3 * 0.5 * 1000 / 20.0, velocity.value(), 1e-9);
        assertThat(velocity.unit().csv()).isEqualTo("EUR/day");
        assertThat(velocity.denominator()).isNull();
        assertThat(row(results, NYC, "pipeline_velocity", "")).isEmpty();
        assertEquals(10 * 0.5 * 1000 / 20.0, row(results, "ALL", "pipeline_velocity", "").orElseThrow().value(), 1e-9);
    }

    @Test
    void noPipelineVelocityWithoutAWonDealWithAnAmount() {
        MetricsCalculator calculator = Cases.calculator();
        calculator.acceptClosed(deal("O-1").amount(null, "EUR").of(BER));
        calculator.acceptOpenOpportunities(BER, 3);
        assertThat(row(calculator.results(), BER, "pipeline_velocity", "")).isEmpty();
    }

    private static void closed(MetricsCalculator calculator, String source, int won, int lost) {
        String team = source.equals("Referral") ? NYC : BER;
        for (int i = 0; i < won + lost; i++) {
            Cases.DealBuilder deal = deal(source + "-" + i).source(source, SourceCategory.MARKETING);
            calculator.acceptClosed((i < won ? deal : deal.lost("Price")).of(team));
        }
    }
}
