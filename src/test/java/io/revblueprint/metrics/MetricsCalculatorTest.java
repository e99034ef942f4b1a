package io.revblueprint.metrics;

import org.junit.jupiter.api.Test;

import java.util.List;

import static io.revblueprint.metrics.Cases.BER;
import static io.revblueprint.metrics.Cases.NYC;
import static io.revblueprint.metrics.Cases.UNASSIGNED;
import static io.revblueprint.metrics.Cases.deal;
import static io.revblueprint.metrics.Cases.lead;
import static org.assertj.core.api.Assertions.assertThat;

/** How the calculator lays out its rows: scopes, order, intervals, and nothing over zero cases. */
class MetricsCalculatorTest {

    @Test
    void rowsComeAllFirstThenTeamsEachInTheContractsOrder() {
        MetricsCalculator calculator = Cases.calculator();
        calculator.acceptLeadTotals(new LeadTotals(UNASSIGNED, 1, 0, 0));
        calculator.acceptLeadTotals(new LeadTotals(NYC, 1, 0, 0));
        calculator.acceptMql(lead("L-1").of(NYC, Cases.berlin("2026-10-14T16:00")));
        calculator.acceptClosed(deal("O-1").of(BER));
        List<MetricValue> rows = calculator.results().metrics();

        assertThat(rows.stream().map(MetricValue::scope).distinct()).containsExactly("ALL", BER, NYC, UNASSIGNED);
        List<String> allMetrics = rows.stream().filter(v -> v.scope().equals("ALL")).map(v -> v.metric().key())
                .distinct().toList();
        assertThat(allMetrics).containsSubsequence("response_sla_compliance", "lead_response_hours_median",
                "mql_count", "mql_to_sql_rate", "win_rate", "avg_won_deal_size", "crm_completeness_leads",
                "attribution_coverage");
    }

    @Test
    void everyRateCarriesItsWilsonIntervalNumeratorAndDenominator() {
        MetricsCalculator calculator = Cases.calculator();
        for (int i = 0; i < 20; i++) {
            calculator.acceptClosed((i < 7 ? deal("O-" + i) : deal("O-" + i).lost("Price")).of(BER));
        }
        MetricValue winRate = Cases.row(calculator.results(), BER, "win_rate", "").orElseThrow();
        RateEstimate expected = RateEstimate.of(7, 20).orElseThrow();
        assertThat(winRate).isEqualTo(new MetricValue(BER, Metric.WIN_RATE, Dimension.OVERALL, 0.35, expected.ciLow(),
                expected.ciHigh(), 7L, 20L, Unit.RATIO));
        assertThat(winRate.ciLow()).isBetween(0.18, 0.182);
    }

    @Test
    void noRateIsWrittenOverZeroCases() {
        MetricsCalculator calculator = Cases.calculator();
        calculator.acceptLeadTotals(new LeadTotals(BER, 5, 0, 0));
        calculator.acceptOpenOpportunities(BER, 4);
        assertThat(calculator.results().metrics()).extracting(v -> v.scope() + " " + v.metric())
                .containsExactly("ALL mql_count", BER + " mql_count");
    }

    @Test
    void cohortsAreTakenFromThePeriodAlone() {
        MetricsCalculator calculator = Cases.calculator();
        calculator.acceptMql(lead("L-1").mql(Cases.berlin("2027-01-01T00:00")).of(BER, null)); // the first instant after
        calculator.acceptMql(lead("L-2").mql(Cases.berlin("2026-10-01T00:00")).of(BER, null)); // the first instant in
        calculator.acceptMql(lead("L-3").notMql().of(BER, null));
        calculator.acceptClosed(deal("O-1").closedAt(Cases.berlin("2027-01-01T00:00")).of(BER));
        MetricResults results = calculator.results();
        assertThat(Cases.row(results, BER, "mql_count", "").orElseThrow().value()).isEqualTo(1.0);
        assertThat(Cases.row(results, BER, "win_rate", "")).isEmpty();
    }

    /** SnapshotMetrics reads the cohorts side by side, so their facts arrive interleaved, each cohort in its order. */
    @Test
    void cohortsGiveTheSameRowsWhicheverArrivesFirst() {
        MetricsCalculator oneAfterAnother = Cases.calculator();
        mqls().forEach(oneAfterAnother::acceptMql);
        dispositions().forEach(oneAfterAnother::acceptDisposition);
        deals().forEach(oneAfterAnother::acceptClosed);
        oneAfterAnother.acceptLeadTotals(new LeadTotals(BER, 40, 3, 2));
        oneAfterAnother.acceptOpenOpportunities(BER, 4);

        MetricsCalculator interleaved = Cases.calculator();
        interleaved.acceptOpenOpportunities(BER, 4);
        for (int i = 0; i < 3; i++) {
            interleaved.acceptClosed(deals().get(i));
            interleaved.acceptDisposition(dispositions().get(i));
            interleaved.acceptMql(mqls().get(i));
        }
        interleaved.acceptLeadTotals(new LeadTotals(BER, 40, 3, 2));

        assertThat(interleaved.results()).isEqualTo(oneAfterAnother.results());
        assertThat(oneAfterAnother.results().metrics()).extracting(v -> v.metric().key()).contains(
                "response_sla_compliance", "lead_response_hours_median", "follow_up_compliance",
                "disqualification_reason_coverage", "win_rate", "crm_completeness_opportunities", "mql_count");
    }

    private static List<LeadFacts> mqls() {
        return List.of(lead("L-1").sql(Cases.berlin("2026-10-16T10:00")).of(BER, Cases.berlin("2026-10-14T11:30")),
                lead("L-2").of(BER, Cases.berlin("2026-10-15T16:00")),
                lead("L-3").of(NYC, null));
    }

    private static List<DispositionFacts> dispositions() {
        return List.of(lead("L-4").mql(Cases.berlin("2026-10-01T10:00"))
                        .disqualified(Cases.berlin("2026-10-20T10:00"), "UNRESPONSIVE").disposition(BER, 9),
                lead("L-5").disqualified(Cases.berlin("2026-10-21T10:00"), null).disposition(BER, 0),
                lead("L-6").rejected(Cases.berlin("2026-10-22T10:00"), "NO_BUDGET").disposition(NYC, 0));
    }

    private static List<OpportunityFacts> deals() {
        return List.of(deal("O-1").of(BER), deal("O-2").lost("Price").of(BER), deal("O-3").of(NYC));
    }
}
