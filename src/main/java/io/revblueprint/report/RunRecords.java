package io.revblueprint.report;

import io.revblueprint.crm.Team;
import io.revblueprint.crm.User;
import io.revblueprint.metrics.Metric;
import io.revblueprint.metrics.MetricValue;
import io.revblueprint.plan.Bookings;
import io.revblueprint.plan.Fix;
import io.revblueprint.plan.TeamPlan;
import io.revblueprint.report.document.DataHealth;
import io.revblueprint.report.document.ExecutiveSummary;
import io.revblueprint.report.document.PeriodMetrics;
import io.revblueprint.report.document.RunContext;
import io.revblueprint.report.document.ScopeMetrics;
import io.revblueprint.report.document.TeamBlueprint;
import io.revblueprint.report.document.TeamRanking;
import io.revblueprint.snapshot.PublishedSnapshot;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Everything one run stored that its documents show, read once per step: the snapshot, its teams and people, every
 * scope's metric rows of this period and of the earlier periods that have a run (newest first), every team's plan
 * (by team id) and the data health. Assembling a team's blueprint or the executive summary from it reads nothing more.
 * Rows are grouped by scope once, so a blueprint costs the same whether the company has 5 teams or 500.
 */
public final class RunRecords {

    private final BlueprintRun run;
    private final PublishedSnapshot snapshot;
    private final Map<String, Team> teams;
    private final Map<String, List<User>> membersByTeam;
    private final List<User> users;
    private final Map<String, List<MetricValue>> metrics;
    private final List<EarlierPeriod> earlier;
    private final Map<String, TeamPlan> plans;
    private final DataHealth dataHealth;

    /** An earlier period's rows, grouped by scope. */
    private record EarlierPeriod(String periodLabel, Map<String, List<MetricValue>> metrics) {
    }

    public RunRecords(BlueprintRun run, PublishedSnapshot snapshot, Map<String, Team> teams, List<User> users,
                      List<MetricValue> metrics, List<PeriodMetrics> earlier, Map<String, TeamPlan> plans,
                      DataHealth dataHealth) {
        this.run = run;
        this.snapshot = snapshot;
        this.teams = Map.copyOf(teams);
        this.users = List.copyOf(users);
        this.membersByTeam = this.users.stream().collect(Collectors.groupingBy(User::teamId));
        this.metrics = byScope(metrics);
        this.earlier = earlier.stream().map(period -> new EarlierPeriod(period.periodLabel(), byScope(period.rows())))
                .toList();
        this.plans = Collections.unmodifiableMap(new TreeMap<>(plans));
        this.dataHealth = dataHealth;
    }

    public BlueprintRun run() {
        return run;
    }

    public List<User> users() {
        return users;
    }

    /** The teams that get a blueprint: teams with figures in this run (UNASSIGNED has no leader, so none). */
    public List<String> teamsWithFigures() {
        return metrics.keySet().stream().filter(teams::containsKey).sorted().toList();
    }

    /** A team's blueprint: only that team's rows, members and plan, plus the company's rows it labels as such. */
    public TeamBlueprint team(String teamId) {
        Team team = teams.get(teamId);
        List<User> members = membersByTeam.getOrDefault(teamId, List.of());
        return new TeamBlueprint(context(teamId), team, members, scope(teamId), ofScope(metrics, MetricValue.ALL),
                plans.get(teamId), dataHealth);
    }

    /**
     * The company's summary: the ALL rows and each team this run planned, ranked by what its plan puts at stake;
     * teams with figures that the run left out are named as such.
     */
    public ExecutiveSummary executiveSummary() {
        List<TeamRanking> ranking = new ArrayList<>(teamsWithFigures().stream().filter(plans::containsKey)
                .map(teamId -> ranking(teamId, teams.get(teamId).name())).toList());
        if (plans.containsKey(Team.UNASSIGNED)) {
            ranking.add(ranking(Team.UNASSIGNED, "Unowned leads and deals"));
        }
        List<String> notInRun = teamsWithFigures().stream().filter(teamId -> !plans.containsKey(teamId))
                .map(teamId -> teams.get(teamId).name()).toList();
        return new ExecutiveSummary(context(MetricValue.ALL), scope(MetricValue.ALL), ranking, notInRun, dataHealth,
                Bookings.annual(ofScope(metrics, MetricValue.ALL), run.period()));
    }

    /** The fixes of the company-level plan (work no team owns); none when there is no such plan. */
    public List<Fix> companyPlanFixes() {
        return plans.containsKey(Team.UNASSIGNED) ? plans.get(Team.UNASSIGNED).fixes() : List.of();
    }

    /** The run as one document shows it: with the targets of its scope (a team's own, or the company's for ALL). */
    private RunContext context(String scope) {
        return new RunContext(snapshot.company(), run.period(), run.dataUntil(), snapshot.asOf(),
                Long.toString(run.runId()), currency(), run.sla(), run.targets().forTeam(scope), run.lossReasons(),
                run.benchmarkRules(), run.paperSize(), snapshot.mqlDays());
    }

    /** The snapshot's own currency when all its won amounts share one; the configured one otherwise. */
    private String currency() {
        return ScopeMetrics.overall(ofScope(metrics, MetricValue.ALL), Metric.AVG_WON_DEAL_SIZE)
                .map(value -> value.unit().currency()).orElse(run.currency());
    }

    private ScopeMetrics scope(String scope) {
        return new ScopeMetrics(ofScope(metrics, scope), earlier.stream()
                .map(period -> new PeriodMetrics(period.periodLabel(), ofScope(period.metrics(), scope))).toList(),
                snapshot.recorded());
    }

    private TeamRanking ranking(String teamId, String name) {
        return new TeamRanking(teamId, name, plans.get(teamId), scope(teamId));
    }

    private static List<MetricValue> ofScope(Map<String, List<MetricValue>> metrics, String scope) {
        return metrics.getOrDefault(scope, List.of());
    }

    /** The rows of each scope, in their stored order. */
    private static Map<String, List<MetricValue>> byScope(List<MetricValue> rows) {
        return rows.stream().collect(Collectors.groupingBy(MetricValue::scope, LinkedHashMap::new,
                Collectors.collectingAndThen(Collectors.toList(), List::copyOf)));
    }
}
