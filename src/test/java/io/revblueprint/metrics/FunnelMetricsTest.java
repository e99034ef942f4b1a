package io.revblueprint.metrics;

import org.junit.jupiter.api.Test;

import static io.revblueprint.metrics.Cases.BER;
import static io.revblueprint.metrics.Cases.NYC;
import static io.revblueprint.metrics.Cases.UNASSIGNED;
import static io.revblueprint.metrics.Cases.berlin;
import static io.revblueprint.metrics.Cases.evidence;
import static io.revblueprint.metrics.Cases.fraction;
import static io.revblueprint.metrics.Cases.lead;
import static io.revblueprint.metrics.Cases.row;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The funnel of the MQL cohort and the lead velocity rate on hand-computed cases. */
class FunnelMetricsTest {

    @Test
    void mqlCountIsWrittenForEveryScopeThatOwnsLeadsZeroIncluded() {
        MetricsCalculator calculator = Cases.calculator();
        calculator.acceptLeadTotals(new LeadTotals(BER, 3, 0, 0));
        calculator.acceptLeadTotals(new LeadTotals(UNASSIGNED, 1, 0, 0));
        calculator.acceptMql(lead("L-1").of(BER, null));
        calculator.acceptMql(lead("L-2").source("Outbound").of(BER, null));
        calculator.acceptMql(lead("L-3").mql(berlin("2026-09-30T23:59:59")).of(BER, null)); // before the period
        MetricResults results = calculator.results();

        assertThat(row(results, "ALL", "mql_count", "").orElseThrow().value()).isEqualTo(2.0);
        assertThat(row(results, BER, "mql_count", "").orElseThrow().value()).isEqualTo(2.0);
        assertThat(row(results, BER, "mql_count", "source=Outbound").orElseThrow().value()).isEqualTo(1.0);
        MetricValue none = row(results, UNASSIGNED, "mql_count", "").orElseThrow();
        assertThat(none.value()).isEqualTo(0.0);
        assertThat(none.numerator()).isNull();
        assertThat(none.denominator()).isNull();
        assertThat(none.unit().csv()).isEqualTo("count");
        assertThat(row(results, NYC, "mql_count", "")).isEmpty(); // owns no lead
        assertThat(row(results, UNASSIGNED, "mql_to_sql_rate", "")).isEmpty(); // 0 MQLs: no rate
    }

    @Test
    void companyCountIsWrittenEvenWithoutLeads() {
        MetricResults results = Cases.calculator().results();
        assertThat(results.metrics()).singleElement().satisfies(value -> {
            assertThat(value.scope()).isEqualTo("ALL");
            assertThat(value.metric()).isEqualTo(Metric.MQL_COUNT);
            assertThat(value.value()).isEqualTo(0.0);
        });
    }

    @Test
    void acceptanceSqlAndOpportunityConversionOfTheCohort() {
        MetricsCalculator calculator = Cases.calculator();
        calculator.acceptMql(lead("L-1").accepted(berlin("2026-10-14T11:00")).sql(berlin("2026-10-20T11:00"))
                .converted("O-1").of(BER, null));
        calculator.acceptMql(lead("L-2").accepted(berlin("2026-10-14T11:00")).sql(berlin("2026-10-20T11:00"))
                .of(BER, null));
        calculator.acceptMql(lead("L-3").accepted(berlin("2026-10-14T11:00")).source("Outbound").of(BER, null));
        calculator.acceptMql(lead("L-4").source("Outbound").of(BER, null));
        MetricResults results = calculator.results();

        assertThat(fraction(results, BER, "mql_acceptance_rate", "")).isEqualTo("3/4");
        assertThat(fraction(results, BER, "mql_to_sql_rate", "")).isEqualTo("2/4");
        assertThat(fraction(results, BER, "mql_to_sql_rate", "source=Webinar")).isEqualTo("2/2");
        assertThat(fraction(results, BER, "mql_to_sql_rate", "source=Outbound")).isEqualTo("0/2");
        assertThat(fraction(results, BER, "sql_to_opportunity_rate", "")).isEqualTo("1/2");
    }

    @Test
    void noSqlsMeansNoOpportunityRate() {
        MetricsCalculator calculator = Cases.calculator();
        calculator.acceptMql(lead("L-1").of(BER, null));
        assertThat(fraction(calculator.results(), BER, "sql_to_opportunity_rate", "")).isEqualTo("absent");
    }

    @Test
    void leadVelocityIsTheGrowthOverTheMonthBefore() {
        MetricsCalculator calculator = Cases.calculator();
        calculator.acceptLeadTotals(new LeadTotals(BER, 40, 12, 10));
        calculator.acceptLeadTotals(new LeadTotals(NYC, 30, 3, 6));
        calculator.acceptLeadTotals(new LeadTotals(UNASSIGNED, 5, 2, 0));
        MetricResults results = calculator.results();

        MetricValue berlin = row(results, BER, "lead_velocity_rate", "").orElseThrow();
        assertThat(berlin.value()).isEqualTo(0.2);
        assertThat(berlin.numerator()).isEqualTo(2L);
        assertThat(berlin.denominator()).isEqualTo(10L);
        // 12 of the two months' 22 SQLs (Wilson 0.347–0.731) → 12 ÷ 10 within 0.530–2.715.
        assertThat(berlin.ciLow()).isCloseTo(-0.470, within(0.001));
        assertThat(berlin.ciHigh()).isCloseTo(1.715, within(0.001));
        assertThat(berlin.unit().csv()).isEqualTo("ratio");
        assertThat(row(results, NYC, "lead_velocity_rate", "").orElseThrow().value()).isEqualTo(-0.5);
        assertThat(row(results, UNASSIGNED, "lead_velocity_rate", "")).isEmpty(); // none the month before
        assertThat(row(results, "ALL", "lead_velocity_rate", "").orElseThrow().value()).isEqualTo(1.0 / 16); // 17 vs 16
    }

    @Test
    void evidenceSplitsMqlToSqlByResponseSlaAndStaysOutOfTheMetrics() {
        MetricsCalculator calculator = Cases.calculator(Cases.Q4, berlin("2026-10-14T11:00"));
        calculator.acceptMql(lead("L-1").sql(berlin("2026-10-14T10:30")).of(BER, berlin("2026-10-14T10:10")));
        calculator.acceptMql(lead("L-2").of(BER, berlin("2026-10-14T10:20")));
        calculator.acceptMql(lead("L-3").sql(berlin("2026-10-14T10:30")).mql(berlin("2026-10-13T09:00"))
                .of(BER, berlin("2026-10-14T10:00")));
        calculator.acceptMql(lead("L-4").sql(berlin("2026-10-14T10:30")).of(BER, null)); // pending
        MetricResults results = calculator.results();

        String metric = "mql_to_sql_rate";
        assertThat(evidence(results, BER, metric, "response_sla=MET").map(v -> v.numerator() + "/" + v.denominator()))
                .contains("1/2");
        assertThat(evidence(results, BER, metric, "response_sla=BREACHED").map(v -> v.numerator() + "/" + v.denominator()))
                .contains("1/1");
        assertThat(evidence(results, BER, metric, "response_sla=MET").orElseThrow().ciHigh()).isNotNull();
        assertThat(results.metrics()).noneMatch(value -> value.dimension().kind() == Dimension.Kind.RESPONSE_SLA);
    }

    @Test
    void casesStillYoungEnoughToConvertAreEvidenceNotMetrics() {
        // as_of 31 Dec 23:00: the stage of an MQL or SQL after 1 Dec 23:00 is under 30 days old.
        MetricsCalculator calculator = Cases.calculator();
        calculator.acceptMql(lead("L-1").mql(berlin("2026-12-10T10:00")).of(BER, null)); // awaits SQL
        calculator.acceptMql(lead("L-2").mql(berlin("2026-12-10T10:00")).rejected(berlin("2026-12-11T10:00"), "NOT_A_FIT")
                .of(BER, null)); // turned down
        calculator.acceptMql(lead("L-3").mql(berlin("2026-11-10T10:00")).of(BER, null)); // settled
        calculator.acceptMql(lead("L-4").mql(berlin("2026-11-10T10:00")).sql(berlin("2026-12-20T10:00"))
                .of(BER, null)); // awaits an opportunity
        calculator.acceptMql(lead("L-5").mql(berlin("2026-11-10T10:00")).sql(berlin("2026-11-20T10:00"))
                .of(BER, null)); // SQL settled, not converted
        MetricResults results = calculator.results();

        assertThat(evidence(results, BER, "mql_to_sql_rate", "awaiting=UNDER_30_DAYS")
                .map(v -> v.numerator() + "/" + v.denominator())).contains("1/5");
        assertThat(evidence(results, BER, "sql_to_opportunity_rate", "awaiting=UNDER_30_DAYS")
                .map(v -> v.numerator() + "/" + v.denominator())).contains("1/2");
        assertThat(results.metrics()).noneMatch(value -> value.dimension().kind() == Dimension.Kind.AWAITING);
    }

    @Test
    void noYoungCaseWritesNoEvidence() {
        MetricsCalculator calculator = Cases.calculator();
        calculator.acceptMql(lead("L-1").mql(berlin("2026-11-10T10:00")).of(BER, null));

        assertThat(evidence(calculator.results(), BER, "mql_to_sql_rate", "awaiting=UNDER_30_DAYS")).isEmpty();
    }
}
