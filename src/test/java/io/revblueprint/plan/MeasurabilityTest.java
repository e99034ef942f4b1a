package io.revblueprint.plan;

import io.revblueprint.benchmark.PeerBenchmarks;
import io.revblueprint.crm.Role;
import io.revblueprint.crm.Segment;
import io.revblueprint.crm.Team;
import io.revblueprint.crm.TeamFunction;
import io.revblueprint.metrics.Dimension;
import io.revblueprint.metrics.Metric;
import io.revblueprint.metrics.MetricValue;
import io.revblueprint.metrics.RecordedInput;
import io.revblueprint.metrics.RecordedInputs;
import io.revblueprint.metrics.Unit;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static io.revblueprint.plan.Rows.figure;
import static io.revblueprint.plan.Rows.rate;
import static org.assertj.core.api.Assertions.assertThat;

/** A metric whose inputs the snapshot does not record is never judged; recording them becomes a data fix. */
class MeasurabilityTest {

    static final Team BERLIN = new Team(Rows.TEAM, "Berlin", TeamFunction.SALES, Segment.MID_MARKET,
            OwnersTest.COMPANY, "T-MKT");

    final BlueprintPlanner planner = new BlueprintPlanner(
            new PlanPolicy(new Targets(Map.of(), Map.of()), 20, "EUR", 5), FixPlannerTest.PLAYBOOK,
            LeakJudgeTest.WIN_RATES, PeerBenchmarks.of(List.of(), List.of(), 20), RevenueEstimatorTest.Q3, LocalDate.of(2026, 9, 30),
            new Owners(FixPlannerTest.USERS, FixPlannerTest.TEAMS, OwnersTest.COMPANY));

    /** No activity was exported: every MQL "breached" its SLA (0 %), and no fix is planned for that 0 %. */
    final List<MetricValue> noTouches = List.of(
            rate("response_sla_compliance", 0, 180),
            rate("mql_to_sql_rate", 36, 180),
            rate("sql_to_opportunity_rate", 18, 36),
            rate("win_rate", 10, 40),
            figure("avg_won_deal_size", 20_000, "EUR"));

    @Test
    void aMetricWhoseInputsAreNotRecordedIsNotJudgedButItsInputGetsADataFixForRevOps() {
        TeamPlan plan = planner.plan(BERLIN, noTouches, List.of(), Rows.recordedExcept(RecordedInput.HUMAN_TOUCHES),
                Optional.empty());

        assertThat(plan.judgements()).extracting(judgement -> judgement.value().metric())
                .doesNotContain(Metric.RESPONSE_SLA_COMPLIANCE).contains(Metric.MQL_TO_SQL_RATE);
        assertThat(plan.fixes()).filteredOn(Fix::isDataFix).singleElement().satisfies(fix -> {
            assertThat(fix.play().leak()).isEqualTo("Lead activities are not recorded");
            assertThat(fix.ownerRole()).isEqualTo(Role.REVOPS);
            assertThat(fix.ownerName()).isEqualTo("Rita Ops");
            assertThat(fix.revenueAtStake()).isNull();
            assertThat(fix.current()).isNull();
        });
    }

    @Test
    void aDataFixWithoutAStakeRanksAfterTheLeaksOfTheFunnel() {
        TeamPlan plan = planner.plan(BERLIN, noTouches, List.of(), Rows.recordedExcept(RecordedInput.HUMAN_TOUCHES),
                Optional.empty());

        assertThat(plan.fixes()).extracting(fix -> fix.isDataFix() ? "data fix" : "leak with a stake")
                .containsExactly("leak with a stake", "leak with a stake", "data fix");
        assertThat(plan.fixes().get(0).revenueAtStake()).isPositive();
    }

    @Test
    void oneDataFixPerMissingInputAndNoneForWhatAnotherFixRecords() {
        RecordedInputs nothingDecidedNothingLost = Rows.recordedExcept(RecordedInput.ACCEPTANCES,
                RecordedInput.DECISIONS, RecordedInput.LOST_DEALS, RecordedInput.LOSS_REASONS);

        assertThat(nothingDecidedNothingLost.needingAFix())
                .containsExactlyInAnyOrder(RecordedInput.DECISIONS, RecordedInput.LOST_DEALS);
        // Said as the input whose data fix records it: the accept and reject dates.
        assertThat(nothingDecidedNothingLost.missingFor(Metric.MQL_ACCEPTANCE_RATE))
                .containsExactly(RecordedInput.DECISIONS);
        assertThat(nothingDecidedNothingLost.isMeasurable(Metric.MQL_TO_SQL_RATE)).isTrue();
    }

    @Test
    void leadsWithoutAnyScoreMakeTheirCompletenessNotMeasurableAndTheScoreADataFix() {
        // An export whose leads carry no score field at all: 0 % complete would blame how records are kept.
        RecordedInputs unscored = Rows.recordedExcept(RecordedInput.LEAD_SCORES);

        assertThat(unscored.missingFor(Metric.CRM_COMPLETENESS_LEADS)).containsExactly(RecordedInput.LEAD_SCORES);
        assertThat(unscored.isMeasurable(Metric.RESPONSE_SLA_COMPLIANCE)).isTrue();
        assertThat(DataFixes.of("T-1", unscored, "EUR")).singleElement().satisfies(fix -> {
            assertThat(fix.play().title()).isEqualTo("Lead scores are not recorded");
            // The SLA column is narrow: no field names to break mid-word.
            assertThat(fix.play().sla()).isEqualTo("Every new record carries lead scores");
        });
    }

    /** A mapping without the industry column: "CRM completeness, leads is 0 %" led the team's blueprint, a leak. */
    @Test
    void leadsWithoutAnyIndustryOrCompanySizeMakeTheirCompletenessNotMeasurable() {
        RecordedInputs unmapped = Rows.recordedExcept(RecordedInput.INDUSTRIES, RecordedInput.COMPANY_SIZES);

        assertThat(unmapped.missingFor(Metric.CRM_COMPLETENESS_LEADS))
                .containsExactly(RecordedInput.INDUSTRIES, RecordedInput.COMPANY_SIZES);
        assertThat(DataFixes.of("T-1", unmapped, "EUR")).extracting(fix -> fix.play().title())
                .containsExactly("Lead industries are not recorded", "Lead company sizes are not recorded");
    }

    @Test
    void withoutLeadsOneDataFixRecordsEveryLeadInput() {
        RecordedInputs dealsOnly = Rows.recordedExcept(RecordedInput.LEADS, RecordedInput.HUMAN_TOUCHES,
                RecordedInput.ACCEPTANCES, RecordedInput.DECISIONS, RecordedInput.SQL_DATES, RecordedInput.CONVERSIONS,
                RecordedInput.DISQUALIFICATION_REASONS, RecordedInput.LEAD_LINKS, RecordedInput.CAMPAIGNS,
                RecordedInput.LEAD_SCORES, RecordedInput.INDUSTRIES, RecordedInput.COMPANY_SIZES);

        assertThat(dealsOnly.needingAFix()).containsExactly(RecordedInput.LEADS);
        for (Metric metric : List.of(Metric.MQL_COUNT, Metric.MQL_ACCEPTANCE_RATE, Metric.MQL_TO_SQL_RATE,
                Metric.RESPONSE_SLA_COMPLIANCE, Metric.CRM_COMPLETENESS_LEADS, Metric.CAMPAIGN_ATTRIBUTION_COVERAGE)) {
            assertThat(dealsOnly.missingFor(metric)).as(metric.key()).containsExactly(RecordedInput.LEADS);
        }
        assertThat(dealsOnly.isMeasurable(Metric.WIN_RATE)).isTrue();
        assertThat(DataFixes.of("T-1", dealsOnly, "EUR")).singleElement().satisfies(fix -> {
            assertThat(fix.play().title()).isEqualTo("Leads are missing from the export");
            assertThat(fix.play().sla()).isEqualTo("Every export holds the leads along with the deals");
        });
    }

    @Test
    void noLostDealAndSameDayClosesCastDoubtOnTheFiguresTheyTouch() {
        Map<Metric, Phrase> caveats = DataShape.caveats(List.of(rate("win_rate", 129, 129),
                cycle(Metric.SALES_CYCLE_DAYS_P75), cycle(Metric.SALES_CYCLE_DAYS_MEDIAN)));

        assertThat(caveats).containsKeys(Metric.WIN_RATE, Metric.MARKETING_SOURCED_WIN_RATE,
                Metric.SALES_CYCLE_DAYS_MEDIAN, Metric.PIPELINE_VELOCITY);
        assertThat(Shown.of(caveats.get(Metric.WIN_RATE)))
                .isEqualTo("every one of the 129 deals closed was won: lost deals may be missing from the export");
        assertThat(DataShape.caveats(List.of(rate("win_rate", 10, 40)))).isEmpty();
    }

    @Test
    void aFunnelRateWithAQuarterOfItsCasesStillYoungMayStillRise() {
        List<MetricValue> own = List.of(rate("mql_to_sql_rate", 34, 180), rate("sql_to_opportunity_rate", 2, 34));
        List<MetricValue> young = List.of(rate("mql_to_sql_rate", "awaiting=UNDER_30_DAYS", 44, 180),
                rate("sql_to_opportunity_rate", "awaiting=UNDER_30_DAYS", 32, 34));

        Map<Metric, Phrase> caveats = StillSettling.caveats(own, young);

        assertThat(caveats).containsOnlyKeys(Metric.SQL_TO_OPPORTUNITY_RATE); // 44 of 180 is under a quarter
        assertThat(Shown.of(caveats.get(Metric.SQL_TO_OPPORTUNITY_RATE))).isEqualTo("32 of the 34 SQLs are under 30"
                + " days old at the snapshot and not yet converted: the rate may still rise");
        assertThat(StillSettling.caveats(own, List.of(rate("mql_to_sql_rate", "awaiting=UNDER_30_DAYS", 45, 180))))
                .containsOnlyKeys(Metric.MQL_TO_SQL_RATE);
        assertThat(StillSettling.caveats(List.of(), young)).as("a rate not measured").isEmpty();
        Map<Metric, Phrase> both = StillSettling.caveats(own, List.of(
                rate("mql_to_sql_rate", "awaiting=UNDER_30_DAYS", 146, 180), young.get(1)));
        assertThat(Shown.of(both.get(Metric.MQL_TO_SQL_RATE))).isEqualTo("146 of the 180 MQLs and 32 of the 34 SQLs"
                + " are under 30 days old at the snapshot and have not moved on yet: both rates may still rise");
        assertThat(both.get(Metric.SQL_TO_OPPORTUNITY_RATE)).isEqualTo(both.get(Metric.MQL_TO_SQL_RATE));
    }

    /** Data Cloud's 62 % against a 25 % target was "in doubt" in the executive summary for its 15 young MQLs. */
    @Test
    void aYoungRateThatMeetsItsLineIsNotInDoubt() {
        List<MetricValue> rates = List.of(rate("mql_to_sql_rate", 24, 39), rate("sql_to_opportunity_rate", 1, 24));
        List<MetricValue> young = List.of(rate("mql_to_sql_rate", "awaiting=UNDER_30_DAYS", 15, 39),
                rate("sql_to_opportunity_rate", "awaiting=UNDER_30_DAYS", 12, 24));

        TeamPlan plan = planner.plan(BERLIN, rates, young, Rows.ALL_RECORDED, Optional.empty());

        // MQL → SQL meets its default 25 % target; SQL → opportunity has no line, so its young cohort still matters.
        assertThat(plan.caveats()).containsOnlyKeys(Metric.SQL_TO_OPPORTUNITY_RATE);
    }

    /** A cycle percentile of 0 days over the 129 won deals. */
    private static MetricValue cycle(Metric percentile) {
        return new MetricValue(Rows.TEAM, percentile, Dimension.OVERALL, 0, null, null, null, 129L, Unit.DAYS);
    }
}
