package io.revblueprint.report;

import io.revblueprint.benchmark.Benchmark;
import io.revblueprint.benchmark.BenchmarkComparison;
import io.revblueprint.benchmark.PeerComparison;
import io.revblueprint.crm.Role;
import io.revblueprint.crm.Segment;
import io.revblueprint.crm.Team;
import io.revblueprint.crm.TeamFunction;
import io.revblueprint.crm.User;
import io.revblueprint.crm.WorkCalendar;
import io.revblueprint.metrics.Dimension;
import io.revblueprint.metrics.Metric;
import io.revblueprint.metrics.Period;
import io.revblueprint.metrics.MetricValue;
import io.revblueprint.metrics.RecordedInput;
import io.revblueprint.metrics.RecordedInputs;
import io.revblueprint.metrics.SlaPolicy;
import io.revblueprint.metrics.Unit;
import io.revblueprint.plan.EarlierFix;
import io.revblueprint.plan.Fix;
import io.revblueprint.plan.FixProgress;
import io.revblueprint.plan.Judgement;
import io.revblueprint.plan.Phrase;
import io.revblueprint.plan.Play;
import io.revblueprint.plan.ProgressStatus;
import io.revblueprint.plan.Quantity;
import io.revblueprint.plan.RevenueEstimate;
import io.revblueprint.plan.Target;
import io.revblueprint.plan.TeamPlan;
import io.revblueprint.plan.Threshold;
import io.revblueprint.plan.Verdict;
import io.revblueprint.report.document.DataHealth;
import io.revblueprint.report.document.ExecutiveSummary;
import io.revblueprint.report.document.PeriodMetrics;
import io.revblueprint.report.document.RunContext;
import io.revblueprint.report.document.ScopeMetrics;
import io.revblueprint.report.document.TeamBlueprint;
import io.revblueprint.report.document.TeamRanking;
import io.revblueprint.report.layout.PaperSize;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Two realistic teams and their company, with every metric of metrics.md, a plan with each verdict, an earlier
 * period, benchmarks and progress. Each team has its own people; Ana Souza (marketing) owns fixes in both.
 */
public final class SampleBlueprints {

    static final Instant AS_OF = Instant.parse("2026-10-01T06:00:00Z");
    static final String PERIOD = "2026-Q3";
    static final String EARLIER_PERIOD = "2026-Q2";
    static final Map<Metric, Target> TARGETS = Map.of(
            Metric.RESPONSE_SLA_COMPLIANCE, new Target(Metric.RESPONSE_SLA_COMPLIANCE, 0.9),
            Metric.MQL_TO_SQL_RATE, new Target(Metric.MQL_TO_SQL_RATE, 0.25),
            Metric.MQL_ACCEPTANCE_RATE, new Target(Metric.MQL_ACCEPTANCE_RATE, 0.7),
            Metric.LEAD_RESPONSE_HOURS_MEDIAN, new Target(Metric.LEAD_RESPONSE_HOURS_MEDIAN, 4),
            Metric.FOLLOW_UP_COMPLIANCE, new Target(Metric.FOLLOW_UP_COMPLIANCE, 1.0),
            Metric.WIN_RATE, new Target(Metric.WIN_RATE, 0.3));
    static final String ANA = "Ana Souza";
    /** A snapshot that records every input, so every metric is measurable. */
    public static final RecordedInputs ALL_RECORDED = new RecordedInputs(Arrays.stream(RecordedInput.values())
            .collect(Collectors.toMap(Function.identity(), input -> 1L)));

    private SampleBlueprints() {
    }

    public static RunContext run(PaperSize paperSize) {
        return run(paperSize, null);
    }

    /** A run whose snapshot's MQLs fall on {@code mqlDays} (null: no lead is an MQL). */
    public static RunContext run(PaperSize paperSize, Period mqlDays) {
        return new RunContext("Acme Analytics GmbH", Period.parse(PERIOD, ZoneId.of("Europe/Berlin")), null, AS_OF, "run-20261001-0600", "EUR", SlaPolicy.DEFAULT,
                TARGETS, null, null, paperSize, mqlDays);
    }

    public static Team team(String teamId, String teamName) {
        return new Team(teamId, teamName, TeamFunction.SALES, Segment.MID_MARKET, new WorkCalendar(
                ZoneId.of("Europe/Berlin"), LocalTime.of(9, 0), LocalTime.of(17, 0), WorkCalendar.MON_FRI,
                Set.of(LocalDate.of(2026, 10, 3))), null);
    }

    /** Manager, AE, SDR: different people per team. */
    public static List<User> members(String teamId) {
        List<String> names = teamId.equals("t-ent")
                ? List.of("Jürgen Müller", "Chloé Dubois", "Lena Schmidt")
                : List.of("Wei Ling Tan", "Kenji Sato", "Priya Patel");
        return List.of(
                new User(teamId + "-u1", names.get(0), "manager@acme.example", Role.SALES_MANAGER, teamId, true),
                new User(teamId + "-u2", names.get(1), "ae@acme.example", Role.AE, teamId, true),
                new User(teamId + "-u3", names.get(2), "sdr@acme.example", Role.SDR, teamId, true));
    }

    public static List<MetricValue> teamMetrics(String scope) {
        List<MetricValue> rows = new ArrayList<>(List.of(
                rate(scope, "response_sla_compliance", null, 0.61, 0.55, 0.67, 110, 180),
                rate(scope, "response_sla_compliance", "tier=HIGH_INTENT", 0.48, 0.37, 0.59, 36, 75),
                rate(scope, "response_sla_compliance", "tier=STANDARD", 0.70, 0.61, 0.78, 74, 105),
                number(scope, "lead_response_hours_median", 5.25, "hours"),
                number(scope, "lead_response_hours_p90", 19.5, "hours"),
                rate(scope, "accept_reject_sla_compliance", null, 0.83, 0.77, 0.88, 150, 180),
                rate(scope, "follow_up_compliance", null, 0.5, 0.25, 0.75, 6, 12),
                rate(scope, "disqualification_reason_coverage", null, 0.92, 0.85, 0.96, 92, 100),
                number(scope, "mql_count", 180, "count"),
                number(scope, "mql_count", "source=Webinar", 48, "count"),
                number(scope, "mql_count", "source=Paid Search", 80, "count"),
                number(scope, "mql_count", "source=Referral", 12, "count"),
                rate(scope, "mql_acceptance_rate", null, 0.73, 0.66, 0.79, 131, 180),
                rate(scope, "mql_to_sql_rate", null, 0.2167, 0.1637, 0.2808, 39, 180),
                rate(scope, "mql_to_sql_rate", "source=Webinar", 0.3125, 0.1948, 0.4616, 15, 48),
                rate(scope, "mql_to_sql_rate", "source=Paid Search", 0.15, 0.0882, 0.2441, 12, 80),
                rate(scope, "mql_to_sql_rate", "source=Referral", 0.5, 0.2538, 0.7462, 6, 12),
                rate(scope, "sql_to_opportunity_rate", null, 0.6154, 0.4585, 0.7515, 24, 39),
                number(scope, "lead_velocity_rate", 0.12, "ratio"),
                rate(scope, "win_rate", null, 0.2432, 0.1763, 0.3256, 27, 111),
                rate(scope, "win_rate", "source=Webinar", 0.35, 0.1812, 0.5671, 7, 20),
                rate(scope, "win_rate", "source=Paid Search", 0.1833, 0.1055, 0.2981, 11, 60),
                rate(scope, "win_rate", "source=Referral", 0.5, 0.2366, 0.7634, 4, 8),
                rate(scope, "win_rate", "source=Outbound", 0.2174, 0.0966, 0.4191, 5, 23),
                rate(scope, "win_rate", "source_category=MARKETING", 0.25, 0.1698, 0.3525, 17, 68),
                rate(scope, "win_rate", "source_category=SALES", 0.2326, 0.1314, 0.3775, 10, 43),
                rate(scope, "win_rate", "segment=MID_MARKET", 0.2432, 0.1763, 0.3256, 27, 111),
                rate(scope, "win_rate", "owner=" + scope + "-u1", 0.3, 0.1455, 0.5190, 6, 20),
                rate(scope, "win_rate", "owner=" + scope + "-u2", 0.2308, 0.1567, 0.3264, 21, 91),
                rate(scope, "marketing_sourced_win_rate", null, 0.25, 0.1698, 0.3525, 17, 68),
                rate(scope, "loss_reason_share", "loss_reason=NO_BUDGET", 0.4048, 0.3049, 0.5132, 34, 84),
                rate(scope, "loss_reason_share", "loss_reason=LOST_TO_COMPETITOR", 0.2738, 0.1903, 0.3773, 23, 84),
                rate(scope, "loss_reason_share", "loss_reason=NO_DECISION", 0.2024, 0.1304, 0.3002, 17, 84),
                rate(scope, "loss_reason_share", "loss_reason=UNKNOWN", 0.119, 0.0657, 0.2055, 10, 84),
                number(scope, "avg_won_deal_size", 48250.5, "EUR"),
                number(scope, "sales_cycle_days_median", 41.5, "days"),
                number(scope, "sales_cycle_days_p75", 63, "days"),
                number(scope, "win_rate_source_chi2_p", 0.003, "p-value"),
                number(scope, "pipeline_velocity", 1520, "EUR/day"),
                rate(scope, "crm_completeness_leads", null, 0.94, 0.8995, 0.9660, 169, 180),
                rate(scope, "crm_completeness_opportunities", null, 0.88, 0.8058, 0.9289, 98, 111),
                rate(scope, "attribution_coverage", null, 0.963, 0.8173, 0.9934, 26, 27),
                rate(scope, "campaign_attribution_coverage", null, 0.5926, 0.4074, 0.7546, 16, 27)));
        return rows;
    }

    /** Q2 had a better response SLA and a lower win rate. */
    public static List<MetricValue> earlierMetrics(String scope) {
        return List.of(
                rate(scope, "response_sla_compliance", null, 0.68, 0.62, 0.74, 136, 200),
                rate(scope, "response_sla_compliance", "tier=HIGH_INTENT", 0.55, 0.44, 0.66, 44, 80),
                number(scope, "lead_response_hours_median", 4.8, "hours"),
                rate(scope, "mql_to_sql_rate", null, 0.2167, 0.1676, 0.2753, 43, 200),
                rate(scope, "win_rate", null, 0.21, 0.1462, 0.2922, 21, 100));
    }

    public static TeamPlan plan(String teamId) {
        List<MetricValue> metrics = teamMetrics(teamId);
        Judgement response = judged(metrics, "response_sla_compliance", 0.9, true, Verdict.CONFIRMED_LEAK);
        Judgement sql = judged(metrics, "mql_to_sql_rate", 0.25, true, Verdict.POSSIBLE_LEAK);
        Judgement win = judged(metrics, "win_rate", 0.3, true, Verdict.CONFIRMED_LEAK);
        List<Judgement> judgements = List.of(response, sql, win,
                judged(metrics, "lead_response_hours_median", 4, false, Verdict.CONFIRMED_LEAK),
                judged(metrics, "mql_acceptance_rate", 0.7, true, Verdict.ON_TARGET),
                judged(metrics, "follow_up_compliance", 1.0, true, Verdict.INSUFFICIENT_DATA));
        EarlierFix earlierFix = new EarlierFix(teamId, 1, Metric.LEAD_RESPONSE_HOURS_MEDIAN, Dimension.OVERALL,
                "Publish an SDR rota so every MQL has an owner within the hour", null,
                LocalDate.of(2026, 7, 6));
        List<FixProgress> progress = List.of(new FixProgress(earlierFix, EARLIER_PERIOD,
                number(teamId, "lead_response_hours_median", 4.8, "hours"),
                number(teamId, "lead_response_hours_median", 5.25, "hours"), ProgressStatus.REGRESSED));
        Benchmark sqlBand = new Benchmark(Metric.MQL_TO_SQL_RATE, Segment.MID_MARKET, null, 0.3, 0.35, 0.4,
                "Example Research", "B2B Funnel Benchmarks", 2024, "p. 12", "A", null, false);
        Benchmark winRate = new Benchmark(Metric.WIN_RATE, Segment.MID_MARKET, null, null, 0.3, null,
                "Implisit", "7 predictors of a closed-won opportunity", 2014, null, "B", null, true);
        List<BenchmarkComparison> benchmarks = List.of(
                new BenchmarkComparison(teamId, Metric.MQL_TO_SQL_RATE, 0.2167, sqlBand,
                        BenchmarkComparison.Position.BELOW_P25, true, false),
                new BenchmarkComparison(teamId, Metric.WIN_RATE, 0.2432, winRate,
                        BenchmarkComparison.Position.BELOW_MEDIAN, true, true));
        return new TeamPlan(teamId, judgements, teamFixes(teamId, response, sql, win), progress,
                List.of(winRatePeers(teamId, metrics)), benchmarks, Map.of(), new BigDecimal("5400000"));
    }

    /** The team's win rate 3rd of 4 peers: 31, 28, 24.3 and 22 %; median 26.2 %, best quartile 28.8 % (PERCENTILE.INC). */
    static PeerComparison winRatePeers(String teamId, List<MetricValue> metrics) {
        MetricValue own = metrics.stream().filter(value -> value.is(Metric.WIN_RATE, Dimension.OVERALL)).findFirst()
                .orElseThrow();
        return new PeerComparison(teamId, Metric.WIN_RATE, null, List.of(
                new PeerComparison.Peer("t-peer-1", "Peer One", rate("t-peer-1", "win_rate", null, 0.31, 0.25, 0.37, 62, 200)),
                new PeerComparison.Peer("t-peer-2", "Peer Two", rate("t-peer-2", "win_rate", null, 0.28, 0.21, 0.36, 42, 150)),
                new PeerComparison.Peer(teamId, "This team", own),
                new PeerComparison.Peer("t-peer-3", "Peer Three", rate("t-peer-3", "win_rate", null, 0.22, 0.15, 0.31, 22, 100))),
                0.2616, 0.2875, 3);
    }

    public static List<Fix> teamFixes(String teamId) {
        List<Judgement> judgements = plan(teamId).judgements();
        return teamFixes(teamId, judgements.get(0), judgements.get(1), judgements.get(2));
    }

    private static List<Fix> teamFixes(String teamId, Judgement response, Judgement sql, Judgement win) {
        List<User> people = members(teamId);
        return List.of(
                fix(teamId, 1, response, new Play(Metric.RESPONSE_SLA_COMPLIANCE, "Slow first response",
                        "Slow first touch on new MQLs", "Route new MQLs to the on-duty SDR.",
                        "Route high-intent MQLs to the on-duty SDR with a 2-business-hour response SLA and an alert at 90 minutes",
                        Role.SALES_MANAGER, 2, "slow_response", "First touch within 2 business hours for high-intent MQLs",
                        Metric.RESPONSE_SLA_COMPLIANCE), 0.78, "412500.00", people.get(0).name(), Role.SALES_MANAGER,
                        LocalDate.of(2026, 10, 5), LocalDate.of(2026, 10, 16)),
                fix(teamId, 2, sql, new Play(Metric.MQL_TO_SQL_RATE, "Few MQLs become sales-qualified",
                        "Few MQLs become sales-qualified", "Agree MQL criteria with marketing.",
                        "Agree MQL acceptance criteria with marketing, and review rejected MQLs weekly",
                        Role.MARKETING_MANAGER, 3, "low_mql_to_sql",
                        "Only leads that match the signed-off ICP reach sales as MQLs", Metric.MQL_TO_SQL_RATE), 0.22,
                        "187300", ANA, Role.MARKETING_MANAGER, LocalDate.of(2026, 10, 5), LocalDate.of(2026, 10, 30)),
                fix(teamId, 3, win, new Play(Metric.WIN_RATE, "Low win rate", "Low win rate",
                        "Qualify paid-search deals before proposal.",
                        "Qualify paid-search deals with a discovery checklist before proposal", Role.SALES_MANAGER, 3,
                        "low_win_rate", "Every closed deal reviewed in the monthly win/loss review", Metric.WIN_RATE),
                        0.27, "96000", people.get(1).name(), Role.AE, LocalDate.of(2026, 10, 12),
                        LocalDate.of(2026, 11, 13)));
    }

    public static TeamBlueprint team(String teamId, String teamName, PaperSize paperSize) {
        return new TeamBlueprint(run(paperSize), team(teamId, teamName), members(teamId),
                new ScopeMetrics(teamMetrics(teamId), List.of(new PeriodMetrics(EARLIER_PERIOD, earlierMetrics(teamId))), ALL_RECORDED),
                teamMetrics(MetricValue.ALL), plan(teamId), dataHealth());
    }

    /** A first run with nothing to judge by (no target, no benchmark), no earlier periods and so no fixes. */
    public static TeamBlueprint bare(String teamId, String teamName) {
        return new TeamBlueprint(run(PaperSize.A4), team(teamId, teamName), members(teamId),
                new ScopeMetrics(teamMetrics(teamId), List.of(), ALL_RECORDED), List.of(),
                emptyPlan(teamId), dataHealth());
    }

    public static DataHealth dataHealth() {
        Map<String, Long> quarantined = new LinkedHashMap<>();
        quarantined.put("leads.csv", 14L);
        quarantined.put("activities.csv", 9L);
        quarantined.put("opportunities.csv", 3L);
        return new DataHealth(33_256, quarantined);
    }

    public static ExecutiveSummary company(PaperSize paperSize) {
        return new ExecutiveSummary(run(paperSize),
                new ScopeMetrics(teamMetrics(MetricValue.ALL),
                        List.of(new PeriodMetrics(EARLIER_PERIOD, earlierMetrics(MetricValue.ALL))), ALL_RECORDED),
                List.of(ranking("t-mid", "Mid-Market Sales", planOf("t-mid", teamFixes("t-mid").subList(1, 3))),
                        ranking("t-ent", "Enterprise Sales", plan("t-ent")),
                        ranking("t-smb", "SMB Inbound", emptyPlan("t-smb"))),
                List.of("Partner Sales"), dataHealth(), new BigDecimal("16200000"));
    }

    public static TeamRanking ranking(String teamId, String teamName, TeamPlan plan) {
        return new TeamRanking(teamId, teamName, plan, new ScopeMetrics(teamMetrics(teamId),
                List.of(new PeriodMetrics(EARLIER_PERIOD, earlierMetrics(teamId))), ALL_RECORDED));
    }

    /** A plan without judgements or fixes: nothing to fix (or nothing to judge by). */
    public static TeamPlan emptyPlan(String teamId) {
        return new TeamPlan(teamId, List.of(), List.of(), List.of(), List.of(), List.of(), Map.of(), null);
    }

    /** A plan of the given fixes alone. */
    public static TeamPlan planOf(String teamId, List<Fix> fixes) {
        return new TeamPlan(teamId, List.of(), fixes, List.of(), List.of(), List.of(), Map.of(), null);
    }

    private static Judgement judged(List<MetricValue> metrics, String metric, double level, boolean higherIsBetter,
                                    Verdict verdict) {
        MetricValue value = metrics.stream().filter(row -> row.metric().key().equals(metric) && row.isOverall())
                .findFirst().orElseThrow();
        return new Judgement(value, new Threshold(level, higherIsBetter, Threshold.Kind.TARGET, "target"), verdict, null);
    }

    /** A fix of the team's win rate (20 % against a 30 % target), as the planner writes one; revenue null: not estimated. */
    public static Fix winRateFix(String teamId, String leak, String action, String revenue, String owner, LocalDate due) {
        Judgement judgement = new Judgement(rate(teamId, "win_rate", null, 0.2, 0.15, 0.26, 20, 100),
                new Threshold(0.3, true, Threshold.Kind.TARGET, "target"), Verdict.CONFIRMED_LEAK, null);
        Play play = new Play(Metric.WIN_RATE, leak, leak, action, action, Role.SALES_MANAGER, 3, "low_win_rate",
                "review", Metric.WIN_RATE);
        return fix(teamId, 1, judgement, play, 0.3, revenue, owner, Role.SALES_MANAGER, due.minusWeeks(3).plusDays(3),
                due);
    }

    private static Fix fix(String teamId, int rank, Judgement judgement, Play play, double benchmark, String revenue,
                           String owner, Role role, LocalDate start, LocalDate due) {
        RevenueEstimate estimate = new RevenueEstimate(revenue == null ? null : new BigDecimal(revenue), "EUR",
                "MQLs per year × (target − actual) × downstream win rate × average won deal size",
                List.of(new RevenueEstimate.Input("MQLs per year", new Phrase("{0}", List.of(new Quantity(720, Unit.COUNT)))),
                        new RevenueEstimate.Input("average won deal size",
                                new Phrase("{0}", List.of(new Quantity(48_251, Unit.money("EUR")))))),
                new Phrase("gap to the target", List.of()));
        return new Fix(teamId, rank, judgement, null, play, estimate, benchmark, owner == null ? null : teamId + "-owner", owner,
                role, start, due);
    }

    public static MetricValue rate(String scope, String metric, String dimension, double value,
                                    double low, double high, long numerator, long denominator) {
        return new MetricValue(scope, Metric.fromKey(metric), Dimension.parse(dimension), value, low, high, numerator,
                denominator, Unit.RATIO);
    }

    public static MetricValue number(String scope, String metric, double value, String unit) {
        return number(scope, metric, null, value, unit);
    }

    public static MetricValue number(String scope, String metric, String dimension, double value, String unit) {
        return new MetricValue(scope, Metric.fromKey(metric), Dimension.parse(dimension), value, null, null, null, null,
                Unit.parse(unit));
    }
}
