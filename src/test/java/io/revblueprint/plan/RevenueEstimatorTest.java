package io.revblueprint.plan;

import io.revblueprint.metrics.Metric;
import io.revblueprint.metrics.MetricValue;
import io.revblueprint.metrics.Period;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.ZoneOffset;
import java.util.List;

import static io.revblueprint.plan.Rows.figure;
import static io.revblueprint.plan.Rows.rate;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A team's quarter (2026-Q3, 92 days, so volumes × 365/92 = × 3.9674 a year), computed by hand:
 * 180 MQLs, 36 SQLs (20 %), 18 of them opportunities (50 %), 10 of 40 closed deals won (25 %) at 20,000 EUR;
 * one SQL is worth 50 % × 25 % × 20,000 = 2,500 EUR.
 */
class RevenueEstimatorTest {

    static final Period Q3 = Period.parse("2026-Q3", ZoneOffset.UTC);

    static final List<MetricValue> TEAM = List.of(
            figure("mql_count", 180, "count"),
            rate("mql_acceptance_rate", 108, 180),
            rate("mql_to_sql_rate", 36, 180),
            rate("sql_to_opportunity_rate", 18, 36),
            rate("win_rate", 10, 40),
            rate("win_rate", "source=Paid Search", 2, 20),
            figure("avg_won_deal_size", 20_000, "EUR"),
            rate("response_sla_compliance", 120, 160),
            rate("follow_up_compliance", 10, 25),
            figure("sales_cycle_days_median", 80, "days"));

    static final List<MetricValue> MEASURED = List.of(
            evidence("response_sla=MET", 30, 100), evidence("response_sla=BREACHED", 6, 60));

    final RevenueEstimator estimator = new RevenueEstimator(TEAM, MEASURED, Q3, "USD", 20);

    @Test
    void lowMqlToSqlCostsTheMissingSqlsAtTheTeamsValuePerSql() {
        // 180 × 365/92 × (25 % − 20 %) × 2,500 = 89,266.30
        RevenueEstimate estimate = estimator.estimate(leak("mql_to_sql_rate", "", 0.25, true));

        assertThat(estimate.annualAmount()).isEqualByComparingTo("89266");
        assertThat(estimate.currency()).isEqualTo("EUR");
        assertThat(Shown.of(estimate.basis())).isEqualTo("gap to threshold");
        assertThat(shownInputs(estimate)).containsExactly(
                "MQLs in period: 180",
                "Year factor: 365 ÷ 92 days = 3.97",
                "MQL→SQL gap to threshold: 25.0% − 20.0% = 5.0 points",
                "SQL→opportunity rate: 50.0%",
                "Win rate: 25.0%",
                "Average won deal: 20,000 EUR");
        assertThat(estimate.formula()).startsWith("MQLs in period × 365 ÷ days × (threshold − MQL→SQL rate)");
    }

    /** The demo's Berlin in September: 17 % of 190 MQLs priced at € 2.7M, ranked first, with 96 still young. */
    @Test
    void aRateItsYoungCasesCouldStillBringToItsLineIsNotPriced() {
        // 36 of 180 MQLs (20 %) against 25 %: 45 young ones (a quarter) could lift it to 45 %.
        RevenueEstimate settling = new RevenueEstimator(TEAM, List.of(evidence("awaiting=UNDER_30_DAYS", 45, 180)),
                Q3, "EUR", 20).estimate(leak("mql_to_sql_rate", "", 0.25, true));

        assertThat(settling.annualAmount()).isNull();
        assertThat(Shown.of(settling.basis())).isEqualTo("not estimated: 45 of its 180 cases are under 30 days old and"
                + " not yet decided, enough to bring the rate to its line: its gap is not measured yet; the fix ranks"
                + " after those with revenue at stake");
        assertThat(new RevenueEstimator(TEAM, List.of(evidence("awaiting=UNDER_30_DAYS", 8, 180)), Q3, "EUR", 20)
                .estimate(leak("mql_to_sql_rate", "", 0.25, true)).annualAmount()).as("too few young to doubt it")
                .isEqualByComparingTo("89266");
        assertThat(new RevenueEstimator(TEAM, List.of(evidence("awaiting=UNDER_30_DAYS", 45, 180)), Q3, "EUR", 20)
                .estimate(leak("mql_to_sql_rate", "", 0.5, true)).annualAmount()).as("45 % at best, below 50 %")
                .isNotNull();
    }

    /** Berlin's 2026-Q2 stakes stood on an average won deal of 2 deals with nothing to say so. */
    @Test
    void anAverageWonDealOfFewDealsSaysHowFew() {
        List<MetricValue> fewWon = TEAM.stream().map(row -> row.metric() == Metric.AVG_WON_DEAL_SIZE
                ? new MetricValue(row.scope(), row.metric(), row.dimension(), row.value(), null, null, null, 2L, row.unit())
                : row).toList();
        RevenueEstimate estimate = new RevenueEstimator(fewWon, MEASURED, Q3, "USD", 20)
                .estimate(leak("mql_to_sql_rate", "", 0.25, true));

        assertThat(estimate.annualAmount()).isEqualByComparingTo("89266");
        assertThat(shownInputs(estimate)).contains("Average won deal: 20,000 EUR (of only 2 won deals)");
    }

    /** Singapore's appendix printed "25.0 % − 34.3 % = 0.0 pts" where the fixes above had lifted the rate past the line. */
    @Test
    void aRateTheFixesAboveLiftPastTheLineSaysSoInsteadOfANegativeDifference() {
        // 180 × 365/92 = 714 MQLs a year; 50 SQLs more lift MQL→SQL from 20 % to 27 %.
        RevenueEstimate estimate = afterFixesAbove(leak("mql_to_sql_rate", "", 0.25, true), Funnel.AS_MEASURED.plusSqls(50, false));

        assertThat(estimate.annualAmount()).isEqualByComparingTo("0");
        assertThat(estimate.kind()).isEqualTo(RevenueEstimate.Kind.COVERED_ABOVE);
        assertThat(shownInputs(estimate))
                .contains("MQL→SQL gap to threshold, after the fixes ranked above: 27.0% already at or above 25.0%:"
                        + " no gap");
    }

    @Test
    void lowAcceptanceCostsTheMissingAcceptedMqlsAtWhatAnAcceptedMqlIsWorth() {
        // 180 × 365/92 × (70 % − 60 %) × (20 % ÷ 60 %) × 2,500 = 59,510.87
        RevenueEstimate estimate = estimator.estimate(leak("mql_acceptance_rate", "", 0.70, true));

        assertThat(estimate.annualAmount()).isEqualByComparingTo("59511");
        // Sales rejects its weakest MQLs: they would not convert like the accepted ones.
        assertThat(estimate.upperBound()).isTrue();
        assertThat(Shown.of(estimate.basis())).contains("an upper bound");
    }

    @Test
    void slowResponseUsesTheMeasuredUpliftOfAnsweringWithinTheSla() {
        // 160 × 365/92 × (90 % − 75 %) × (30 % − 10 %) × 2,500 = 47,608.70
        RevenueEstimate estimate = estimator.estimate(leak("response_sla_compliance", "", 0.90, true));

        assertThat(estimate.annualAmount()).isEqualByComparingTo("47609");
        assertThat(Shown.of(estimate.basis())).isEqualTo("measured: MQL→SQL 30.0% of 100 MQLs answered within the SLA"
                + " vs 10.0% of 60 answered later");
        assertThat(shownInputs(estimate))
                .contains("MQL→SQL within SLA − after: 30.0% of 100 MQLs answered within the SLA vs 10.0% of 60"
                        + " answered later = 20.0 points");
    }

    @Test
    void slowResponseWithoutEnoughEvidenceIsNotEstimated() {
        Judgement slow = leak("response_sla_compliance", "", 0.90, true);

        assertThat(new RevenueEstimator(TEAM, List.of(), Q3, "EUR", 20).estimate(slow))
                .satisfies(estimate -> {
                    assertThat(estimate.annualAmount()).isNull();
                    assertThat(Shown.of(estimate.basis())).startsWith("not estimated: needs the team's MQL→SQL rate");
                });
        assertThat(new RevenueEstimator(TEAM, List.of(evidence("response_sla=MET", 3, 10),
                evidence("response_sla=BREACHED", 6, 60)), Q3, "EUR", 20).estimate(slow).basis())
                .extracting(Shown::of).isEqualTo("not estimated: MQL→SQL within the SLA (n=10) and after (n=60) is measured on fewer than 20 MQLs");
    }

    /** No uplift, or one each group's interval holds: response time is worth nothing measurable. */
    @Test
    void noUpliftBeyondChanceMeansNoRevenueAttributedToResponseTime() {
        assertThat(responseTimeEstimate(10, 100, 12, 60)).satisfies(estimate -> {
            assertThat(estimate.annualAmount()).isEqualByComparingTo(BigDecimal.ZERO);
            assertThat(estimate.kind()).isEqualTo(RevenueEstimate.Kind.NO_GAIN_MEASURED);
            assertThat(Shown.of(estimate.basis())).isEqualTo("measured: MQLs answered within the SLA converted no"
                    + " better (10.0% of 100 MQLs answered within the SLA vs 20.0% of 60 answered later); no revenue is"
                    + " attributed to response time");
        });
        assertThat(responseTimeEstimate(90, 300, 25, 84)).satisfies(estimate -> {
            assertThat(estimate.annualAmount()).isEqualByComparingTo(BigDecimal.ZERO);
            assertThat(Shown.of(estimate.basis())).isEqualTo("measured: MQLs answered within the SLA converted better"
                    + " only within chance (30.0% of 300 MQLs answered within the SLA vs 29.8% of 84 answered later); no"
                    + " revenue is attributed to response time");
        });
    }

    /** The response-SLA leak's estimate from SQLs among MQLs answered within the SLA and among those answered later. */
    private RevenueEstimate responseTimeEstimate(long sqlsInTime, long mqlsInTime, long sqlsLater, long mqlsLater) {
        return new RevenueEstimator(TEAM, List.of(evidence("response_sla=MET", sqlsInTime, mqlsInTime),
                evidence("response_sla=BREACHED", sqlsLater, mqlsLater)), Q3, "EUR", 20)
                .estimate(leak("response_sla_compliance", "", 0.90, true));
    }

    @Test
    void lowWinRateCostsTheDealsNotWonAtTheAverageWonDeal() {
        // overall: 40 × 365/92 × (30 % − 25 %) × 20,000 = 158,695.65
        assertThat(estimator.estimate(leak("win_rate", "", 0.30, true)).annualAmount()).isEqualByComparingTo("158696");
        // Paid Search: 20 × 365/92 × (30 % − 10 %) × 20,000 = 317,391.30
        RevenueEstimate paidSearch = estimator.estimate(leak("win_rate", "source=Paid Search", 0.30, true));
        assertThat(paidSearch.annualAmount()).isEqualByComparingTo("317391");
        assertThat(paidSearch.inputs().get(0)).isEqualTo(new RevenueEstimate.Input(
                "Closed deals in period (source Paid Search)", Phrase.of("{0}", Quantity.count(20))));
    }

    @Test
    void aLongSalesCycleCostsTheRevenueThatSlipsIntoNextYear() {
        // 10 × 365/92 × 20,000 × (80 − 60) / 365 = 43,478.26
        RevenueEstimate estimate = estimator.estimate(leak("sales_cycle_days_median", "", 60, false));

        assertThat(estimate.annualAmount()).isEqualByComparingTo("43478");
        assertThat(shownInputs(estimate))
                .contains("Share of a year gained: 80.00 days − 60.00 days = 20.00 days ÷ 365");
    }

    @Test
    void sqlsThatStallBeforeAnOpportunityCostTheDealsTheyWouldHaveWon() {
        // 36 × 365/92 × (60 % − 50 %) × 25 % × 20,000 = 71,413.04
        RevenueEstimate estimate = estimator.estimate(leak("sql_to_opportunity_rate", "", 0.6, true));

        assertThat(estimate.annualAmount()).isEqualByComparingTo("71413");
        assertThat(shownInputs(estimate)).containsExactly(
                "SQLs in period: 36",
                "Year factor: 365 ÷ 92 days = 3.97",
                "SQL→opportunity gap to threshold: 60.0% − 50.0% = 10.0 points",
                "Win rate: 25.0%",
                "Average won deal: 20,000 EUR");
    }

    @Test
    void sqlsThatStallAreCountedWithTheSqlsTheFixesAboveAdd() {
        // (36 × 365/92 + 50) × (60 % − 50 %) × 25 % × 20,000 = 96,413.04
        RevenueEstimate estimate = afterFixesAbove(leak("sql_to_opportunity_rate", "", 0.6, true), Funnel.AS_MEASURED.plusSqls(50, false));

        assertThat(estimate.annualAmount()).isEqualByComparingTo("96413");
        assertThat(shownInputs(estimate))
                .startsWith("SQLs a year plus those the fixes above add: 36 × 3.97 + 50 = 193");
        assertThat(estimate.upperBound()).isFalse();
    }

    /** SQLs an upper-bound fix adds make the stakes that count them upper bounds too. */
    @Test
    void aStakeOnSqlsAnUpperBoundAddsIsOneItself() {
        Funnel afterFollowUp = Funnel.AS_MEASURED.plusSqls(50, true);

        RevenueEstimate sqls = afterFixesAbove(leak("sql_to_opportunity_rate", "", 0.6, true), afterFollowUp);
        RevenueEstimate winRate = afterFixesAbove(leak("win_rate", "", 0.30, true), afterFollowUp);

        assertThat(List.of(sqls, winRate)).allSatisfy(estimate -> {
            assertThat(estimate.upperBound()).isTrue();
            assertThat(Shown.of(estimate.basis())).contains("counts SQLs that fixes ranked above add at their upper bound");
        });
        assertThat(afterFixesAbove(leak("sql_to_opportunity_rate", "", 0.6, true), Funnel.AS_MEASURED.plusSqls(50,
                false)).upperBound()).isFalse();
    }

    @Test
    void weakFollowUpIsAnUpperBoundAtTheValueOfAnAverageMql() {
        // 25 × 365/92 × (100 % − 40 %) × 20 % × 2,500 = 29,755.43
        RevenueEstimate estimate = estimator.estimate(leak("follow_up_compliance", "", 1.0, true));

        assertThat(estimate.annualAmount()).isEqualByComparingTo("29755");
        assertThat(Shown.of(estimate.basis())).contains("upper bound");
        assertThat(estimate.upperBound()).isTrue();
    }

    @Test
    void aStakeOnTheGapToItsThresholdIsNoUpperBound() {
        assertThat(estimator.estimate(leak("sql_to_opportunity_rate", "", 0.6, true)).upperBound()).isFalse();
    }

    @Test
    void aFigureTheFormulaNeedsAndTheTeamLacksIsNamedNotAssumed() {
        List<MetricValue> noWonDeal = TEAM.stream().filter(value -> value.metric() != Metric.AVG_WON_DEAL_SIZE).toList();

        RevenueEstimate estimate = new RevenueEstimator(noWonDeal, List.of(), Q3, "USD", 20)
                .estimate(leak("mql_to_sql_rate", "", 0.25, true));

        assertThat(estimate.annualAmount()).isNull();
        assertThat(estimate.currency()).isEqualTo("USD");
        assertThat(Shown.of(estimate.basis()))
                .isEqualTo("not estimated: the team has no figure for Average won deal in this period");
    }

    @Test
    void aRateTheFormulaNeedsOnTooFewCasesIsShownButPricesNothing() {
        // TCRM: SQL→opportunity 100 % of 2 SQLs carried a € 1.7M stake.
        List<MetricValue> twoSqls = TEAM.stream().map(value -> value.metric() == Metric.SQL_TO_OPPORTUNITY_RATE
                ? rate("sql_to_opportunity_rate", 2, 2) : value).toList();

        RevenueEstimate estimate = new RevenueEstimator(twoSqls, List.of(), Q3, "USD", 20)
                .estimate(leak("mql_to_sql_rate", "", 0.25, true));

        assertThat(estimate.annualAmount()).isNull();
        assertThat(Shown.of(estimate.basis())).isEqualTo("not estimated: SQL→opportunity rate rests on fewer than the"
                + " 20 cases a figure needs to be judged; the fix ranks after those with revenue at stake");
        assertThat(shownInputs(estimate))
                .contains("SQL→opportunity rate: 100.0% (on only 2 cases)", "Win rate: 25.0%");
    }

    @Test
    void leaksWithoutAMeasurableRevenueEffectSaySo() {
        assertThat(estimator.estimate(leak(rate("crm_completeness_leads", 150, 180), 1.0, true)).basis())
                .extracting(Shown::of).asString().startsWith("not estimated: the team's figures hold no measurable revenue effect of CRM completeness, leads");
    }

    /** 1 deal won of 10 would otherwise be priced like a judged miss (the demo's New York: 219 % of its bookings). */
    @Test
    void aFigureOnTooFewCasesPricesNothing() {
        Judgement fewDeals = new Judgement(rate("win_rate", 1, 10),
                new Threshold(0.30, true, Threshold.Kind.TARGET, "target"), Verdict.INSUFFICIENT_DATA, null);
        RevenueEstimate estimate = estimator.estimate(fewDeals);

        assertThat(estimate.annualAmount()).isNull();
        assertThat(Shown.of(estimate.basis())).isEqualTo("not estimated: the figure rests on 10 cases, fewer than the"
                + " 20 it needs to be judged; the fix ranks after the judged leaks");
    }

    @Test
    void aTeamWithOtherVolumesHasAnotherAmount() {
        List<MetricValue> biggerTeam = TEAM.stream()
                .map(value -> value.metric() == Metric.MQL_TO_SQL_RATE ? rate("mql_to_sql_rate", 72, 360) : value).toList();

        // 360 × 365/92 × 5 points × 2,500 = 178,532.61
        assertThat(new RevenueEstimator(biggerTeam, List.of(), Q3, "EUR", 20)
                .estimate(leak(biggerTeam.get(2), 0.25, true)).annualAmount()).isEqualByComparingTo("178533");
    }

    private static Judgement leak(String metric, String dimension, double level, boolean higherIsBetter) {
        return leak(TEAM.stream().filter(row -> row.metric().key().equals(metric) && row.dimension().csv().equals(dimension))
                .findFirst().orElseThrow(), level, higherIsBetter);
    }

    private static Judgement leak(MetricValue value, double level, boolean higherIsBetter) {
        return new Judgement(value, new Threshold(level, higherIsBetter, Threshold.Kind.TARGET, "target"),
                Verdict.CONFIRMED_LEAK, null);
    }

    private static MetricValue evidence(String dimension, long numerator, long denominator) {
        return rate("mql_to_sql_rate", dimension, numerator, denominator);
    }

    private RevenueEstimate afterFixesAbove(Judgement leak, Funnel funnel) {
        return estimator.estimate(leak, funnel).estimate();
    }

    /** Each input as the appendix lists it: "Year factor: 365 ÷ 92 days = 3.97". */
    private static List<String> shownInputs(RevenueEstimate estimate) {
        return estimate.inputs().stream().map(input -> input.name() + ": " + Shown.of(input.value())).toList();
    }
}
