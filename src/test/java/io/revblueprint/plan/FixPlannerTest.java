package io.revblueprint.plan;

import io.revblueprint.crm.Role;
import io.revblueprint.crm.Segment;
import io.revblueprint.crm.Team;
import io.revblueprint.crm.TeamFunction;
import io.revblueprint.crm.User;
import io.revblueprint.metrics.MetricValue;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static io.revblueprint.plan.Rows.figure;
import static io.revblueprint.plan.Rows.rate;
import static org.assertj.core.api.Assertions.assertThat;

/** The team of {@link RevenueEstimatorTest}, whose revenue at stake per leak was computed there by hand. */
class FixPlannerTest {

    static final String PLAYBOOK_YAML = """
            plays:
              - {type: slow_response, leak: Slow response, title: Slow response title, first_step: Do it.,
                 metrics: [response_sla_compliance, lead_response_hours_median],
                 action: Route MQLs., owner_role: SALES_MANAGER, sla: 2 h, effort_weeks: 2, proof_metric: response_sla_compliance}
              - {type: low_acceptance, leak: Few MQLs accepted, title: Few MQLs accepted title, first_step: Do it.,
                 metrics: [mql_acceptance_rate], action: Sign off the MQL.,
                 owner_role: MARKETING_MANAGER, sla: 4 h, effort_weeks: 2, proof_metric: mql_acceptance_rate}
              - {type: low_mql_to_sql, leak: Few SQLs, title: Few SQLs title, first_step: Do it.,
                 metrics: [mql_to_sql_rate], action: Run an ICP workshop.,
                 owner_role: MARKETING_MANAGER, sla: ICP, effort_weeks: 3, proof_metric: mql_to_sql_rate}
              - {type: weak_follow_up, leak: Weak follow-up, title: Weak follow-up title, first_step: Do it.,
                 metrics: [follow_up_compliance], action: 8 touches.,
                 owner_role: SALES_MANAGER, sla: 8/14, effort_weeks: 2, proof_metric: follow_up_compliance}
              - {type: low_win_rate, leak: Low win rate, title: Low win rate title, first_step: Do it.,
                 metrics: [win_rate], action: Review lost deals.,
                 owner_role: SALES_MANAGER, sla: review, effort_weeks: 4, proof_metric: win_rate}
              - {type: poor_crm_completeness, leak: Incomplete CRM, title: Incomplete CRM title, first_step: Do it.,
                 metrics: [crm_completeness_leads],
                 action: Require the fields., owner_role: REVOPS, sla: complete, effort_weeks: 3,
                 proof_metric: crm_completeness_leads}
            """;
    static final Playbook PLAYBOOK = Playbook.parse(PLAYBOOK_YAML, "test playbook");

    static final List<Team> TEAMS = List.of(
            new Team(Rows.TEAM, "Berlin", TeamFunction.SALES, Segment.MID_MARKET, OwnersTest.COMPANY, "T-MKT"),
            new Team("T-MKT", "Marketing", TeamFunction.MARKETING, Segment.MID_MARKET, OwnersTest.COMPANY, null),
            new Team("T-OPS", "RevOps", TeamFunction.REVOPS, Segment.MID_MARKET, OwnersTest.COMPANY, null));

    static final List<User> USERS = List.of(
            new User("U-1", "Jürgen Müller", "juergen@example.org", Role.SALES_MANAGER, Rows.TEAM, true),
            new User("U-2", "Ana Silva", "ana@example.org", Role.SDR, Rows.TEAM, true),
            new User("U-3", "Mia Chen", "mia@example.org", Role.MARKETING_MANAGER, "T-MKT", true),
            new User("U-9", "Rita Ops", "rita@example.org", Role.REVOPS, "T-OPS", true));

    final LeakJudge judge = new LeakJudge(Map.of(), List.of(), LeakJudgeTest.WIN_RATES,
            LeakJudgeTest.IN_2026, Segment.MID_MARKET, 20);
    final RevenueEstimator revenue = new RevenueEstimator(RevenueEstimatorTest.TEAM, RevenueEstimatorTest.MEASURED,
            RevenueEstimatorTest.Q3, "EUR", 20);
    final FixPlanner planner = new FixPlanner(PLAYBOOK, Sprint.after(LocalDate.of(2026, 9, 30)), new Owners(USERS, TEAMS,
            OwnersTest.COMPANY));

    /**
     * Ranked one at a time, each on the funnel the fixes above leave (priority = revenue × confidence ÷ effort):
     * 1. Paid Search win rate 10 % → 30 % on 20 of 40 deals: 20 × 3.9674 × 20 % × 20,000 = 317,391, ÷ 4 = 79,348;
     *    it lifts the team's win rate to 25 % + 20 × 20 % ÷ 40 = 35 %.
     * 2. Response SLA: 160 × 3.9674 × 15 % × 20 % = 19.04 SQLs a year × 50 % × 35 % × 20,000 = 66,652, ÷ 2 = 33,326.
     * 3. MQL→SQL: 714.13 MQLs a year, now at 20 % + 19.04 ÷ 714.13 = 22.67 %: 714.13 × 2.33 pts × 50 % × 35 % ×
     *    20,000 = 58,321, × 0.5 ÷ 3 = 9,720.
     * 4. CRM completeness: no estimate, 0.
     * 5. Follow-up: insufficient data, so no estimate (its figure is not judged), 0, and after every judged leak.
     */
    final List<Judgement> judgements = List.of(
            judged("mql_to_sql_rate", "", 0.25, true, Verdict.POSSIBLE_LEAK),
            judged("response_sla_compliance", "", 0.90, true, Verdict.CONFIRMED_LEAK),
            new Judgement(figure("lead_response_hours_median", 5.5, "hours"),
                    new Threshold(4, false, Threshold.Kind.TARGET, "target"), Verdict.POSSIBLE_LEAK, null),
            judged("win_rate", "", 0.30, true, Verdict.POSSIBLE_LEAK),
            judged("win_rate", "source=Paid Search", 0.30, true, Verdict.CONFIRMED_LEAK),
            judged("follow_up_compliance", "", 1.0, true, Verdict.INSUFFICIENT_DATA),
            new Judgement(rate("crm_completeness_leads", 150, 180),
                    new Threshold(1.0, true, Threshold.Kind.TARGET, "target"), Verdict.CONFIRMED_LEAK, null),
            new Judgement(rate("mql_acceptance_rate", 150, 180),
                    new Threshold(0.7, true, Threshold.Kind.TARGET, "target"), Verdict.ON_TARGET, null));

    @Test
    void ranksOneFixPerLeakTypeByRevenueTimesConfidenceOverEffortWithInsufficientDataLast() {
        List<Fix> fixes = planner.plan(Rows.TEAM, judgements, revenue, judge, List.of());

        assertThat(fixes).extracting(fix -> fix.rank() + " " + fix.metric() + " " + fix.dimension())
                .containsExactly(
                        "1 win_rate source=Paid Search",
                        "2 response_sla_compliance ",
                        "3 mql_to_sql_rate ",
                        "4 crm_completeness_leads ",
                        "5 follow_up_compliance ");
        assertThat(fixes).extracting(fix -> Math.round(fix.priority())).containsExactly(
                79_348L, 33_326L, 9_720L, 0L, 0L);
        assertThat(fixes).extracting(Fix::confidence).containsExactly(1.0, 1.0, 0.5, 1.0, 0.25);
    }

    /** The median response misses too; the win rate's overall miss is the anchor's own metric, so not repeated. */
    @Test
    void aFixAnswersTheOtherOverallMissesOfItsLeakType() {
        List<Fix> fixes = planner.plan(Rows.TEAM, judgements, revenue, judge, List.of());

        assertThat(fixes.get(1).alsoAnswers()).extracting(miss -> miss.value().metric().key())
                .containsExactly("lead_response_hours_median");
        assertThat(fixes.get(0).alsoAnswers()).isEmpty();
        assertThat(fixes.get(2).alsoAnswers()).isEmpty();
    }

    @Test
    void theLeadsNoTeamOwnsGetOneRoutingFixForEveryLeadMissAndTheTeamsPlaysForTheirDeals() {
        Playbook withUnowned = Playbook.parse(PLAYBOOK_YAML + """
                  - {type: unowned_leads, scope: unowned, leak: Unowned leads, title: Route unowned leads,
                     first_step: Do it., metrics: [response_sla_compliance, lead_response_hours_median,
                     mql_to_sql_rate, follow_up_compliance, crm_completeness_leads], action: Route them.,
                     owner_role: REVOPS, sla: 1 h, effort_weeks: 2, proof_metric: response_sla_compliance}
                """, "test playbook");
        FixPlanner unownedPlanner = new FixPlanner(withUnowned, Sprint.after(LocalDate.of(2026, 9, 30)),
                new Owners(USERS, TEAMS, OwnersTest.COMPANY));

        assertThat(unownedPlanner.plan(Team.UNASSIGNED, judgements, revenue, judge, List.of()))
                .extracting(fix -> fix.play().type() + " " + fix.metric() + " " + fix.ownerName())
                .containsExactly("low_win_rate win_rate Rita Ops", "unowned_leads response_sla_compliance Rita Ops");
        assertThat(unownedPlanner.plan(Rows.TEAM, judgements, revenue, judge, List.of()))
                .extracting(fix -> fix.play().type()).doesNotContain("unowned_leads");
    }

    /** Berlin's possible lead-velocity leak, without a stake, ranked above its confirmed completeness leak. */
    @Test
    void withoutStakesAConfirmedLeakRanksAboveAPossibleOne() {
        Playbook playbook = Playbook.parse(PLAYBOOK_YAML + """
                  - {type: slowing_pipeline, leak: Slow SQL growth, title: Slow SQL growth title, first_step: Do it.,
                     metrics: [lead_velocity_rate], action: Move budget., owner_role: MARKETING_MANAGER, sla: goal,
                     effort_weeks: 2, proof_metric: lead_velocity_rate}
                """, "test playbook");
        List<Judgement> noStakes = List.of(
                new Judgement(Rows.rate("lead_velocity_rate", 0.0, -0.3, 0.43, 59),
                        new Threshold(0.169, true, Threshold.Kind.PEER_BEST_QUARTILE, "peers"), Verdict.POSSIBLE_LEAK, null),
                new Judgement(rate("crm_completeness_leads", 150, 180),
                        new Threshold(1.0, true, Threshold.Kind.TARGET, "target"), Verdict.CONFIRMED_LEAK, null));

        List<Fix> fixes = new FixPlanner(playbook, Sprint.after(LocalDate.of(2026, 9, 30)), new Owners(USERS, TEAMS,
                OwnersTest.COMPANY)).plan(Rows.TEAM, noStakes, revenue, judge, List.of());

        assertThat(fixes).extracting(fix -> fix.metric().key())
                .containsExactly("crm_completeness_leads", "lead_velocity_rate");
    }

    /** Two leaks of one play with nothing at stake: the fix reads "done when" the metric that proves the play. */
    @Test
    void aPlaysFixIsAnchoredOnItsProofMetricWhenStakesTie() {
        assertThat(completenessFixAnchor("crm_completeness_opportunities", 150, 180, 150, 180))
                .isEqualTo("crm_completeness_opportunities");
    }

    @Test
    void aPlaysFixIsAnchoredOnItsLargerMissBeforeItsProofMetric() {
        assertThat(completenessFixAnchor("crm_completeness_leads", 170, 180, 74, 155))
                .isEqualTo("crm_completeness_opportunities");
    }

    /** The metric the one completeness fix is anchored on, both completeness figures being confirmed leaks. */
    private String completenessFixAnchor(String proofMetric, long completeLeads, long leads, long completeOpportunities,
            long opportunities) {
        Playbook completeness = Playbook.parse("""
                plays:
                  - {type: poor_crm_completeness, leak: Incomplete CRM, title: Incomplete CRM title, first_step: Do it.,
                     metrics: [crm_completeness_leads, crm_completeness_opportunities],
                     action: Require the fields., owner_role: REVOPS, sla: complete, effort_weeks: 3,
                     proof_metric: %s}
                """.formatted(proofMetric), "test playbook");
        Threshold complete = new Threshold(1.0, true, Threshold.Kind.TARGET, "target");
        List<Judgement> bothIncomplete = List.of(
                new Judgement(rate("crm_completeness_leads", completeLeads, leads), complete, Verdict.CONFIRMED_LEAK, null),
                new Judgement(rate("crm_completeness_opportunities", completeOpportunities, opportunities), complete,
                        Verdict.CONFIRMED_LEAK, null));

        List<Fix> fixes = new FixPlanner(completeness, Sprint.after(LocalDate.of(2026, 9, 30)),
                new Owners(USERS, TEAMS, OwnersTest.COMPANY)).plan(Rows.TEAM, bothIncomplete, revenue, judge, List.of());
        assertThat(fixes).hasSize(1);
        return fixes.get(0).metric().key();
    }

    @Test
    void stakesAlongOneFunnelPathAddUpToTheJointStakeNotMore() {
        // Acceptance 60 % → 70 % lifts MQL→SQL from 20 % to 70 % × (20 % ÷ 60 %) = 23.33 %: 714.13 MQLs a year ×
        // 3.33 pts × 2,500 a SQL = 59,511. MQL→SQL then only has 25 % − 23.33 % left: 29,755. Together 89,266, what
        // MQL→SQL at 25 % is worth on its own; counted apart they would claim 148,777.
        List<Judgement> onePath = List.of(
                judged("mql_acceptance_rate", "", 0.70, true, Verdict.CONFIRMED_LEAK),
                judged("mql_to_sql_rate", "", 0.25, true, Verdict.CONFIRMED_LEAK));

        List<Fix> fixes = planner.plan(Rows.TEAM, onePath, revenue, judge, List.of());

        assertThat(fixes).extracting(fix -> fix.metric().key() + " " + fix.revenueAtStake())
                .containsExactly("mql_acceptance_rate 59511", "mql_to_sql_rate 29755");
        assertThat(revenue.estimate(onePath.get(1)).annualAmount()).isEqualByComparingTo("89266");
    }

    @Test
    void aFixCarriesItsFiguresAndSaysWhichBreakdownItIsFor() {
        Fix top = planner.plan(Rows.TEAM, judgements, revenue, judge, List.of()).get(0);

        assertThat(top.current()).isEqualTo(0.1);
        assertThat(top.target()).isEqualTo(0.30);
        assertThat(top.benchmark()).isEqualTo(0.30);
        assertThat(top.revenueAtStake()).isEqualByComparingTo("317391");
        assertThat(top.action()).isEqualTo("For source Paid Search: Review lost deals.");
    }

    @Test
    void ownersArePeopleOfTheTeamOrOfTheTeamThatSupportsIt() {
        assertThat(planner.plan(Rows.TEAM, judgements, revenue, judge, List.of())).extracting(
                        fix -> fix.play().ownerRole() + " → " + fix.ownerName() + " (" + fix.ownerRole() + ")")
                .containsExactly(
                        "SALES_MANAGER → Jürgen Müller (SALES_MANAGER)",
                        "SALES_MANAGER → Jürgen Müller (SALES_MANAGER)",
                        "MARKETING_MANAGER → Mia Chen (MARKETING_MANAGER)",
                        "REVOPS → Rita Ops (REVOPS)",
                        "SALES_MANAGER → Jürgen Müller (SALES_MANAGER)");
    }

    @Test
    void fixesRunInTheSixWeeksFromTheMondayAfterTheRunThreeNewOnesAWeek() {
        // Run on Wednesday 30 September 2026: the sprint runs Monday 5 October to Sunday 15 November.
        assertThat(planner.plan(Rows.TEAM, judgements, revenue, judge, List.of()))
                .extracting(fix -> fix.startDate() + ".." + fix.dueDate())
                .containsExactly(
                        "2026-10-05..2026-10-30",
                        "2026-10-05..2026-10-16",
                        "2026-10-05..2026-10-23",
                        "2026-10-12..2026-10-30",
                        "2026-10-12..2026-10-23");
    }

    @Test
    void noMissNoFix() {
        assertThat(planner.plan(Rows.TEAM, List.of(judgements.get(judgements.size() - 1)), revenue, judge, List.of())).isEmpty();
    }

    private static Judgement judged(String metric, String dimension, double level, boolean higherIsBetter,
                                    Verdict verdict) {
        MetricValue value = RevenueEstimatorTest.TEAM.stream()
                .filter(row -> row.metric().key().equals(metric) && row.dimension().csv().equals(dimension)).findFirst().orElseThrow();
        return new Judgement(value, new Threshold(level, higherIsBetter, Threshold.Kind.TARGET, "target"), verdict, null);
    }
}
