package io.revblueprint.plan;

import io.revblueprint.benchmark.BenchmarkTable;
import io.revblueprint.crm.Team;
import io.revblueprint.metrics.MetricValue;
import io.revblueprint.metrics.Period;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Plans a run's blueprints: per team, every metric judged, the prioritized fixes in a sprint from the Monday after
 * the run, the progress of the previous blueprint's fixes, and where the team sits against published benchmarks.
 */
public final class BlueprintPlanner {

    private final PlanPolicy policy;
    private final BenchmarkTable benchmarks;
    private final Period period;
    private final FixPlanner fixPlanner;

    public BlueprintPlanner(PlanPolicy policy, Playbook playbook, BenchmarkTable benchmarks, Period period,
                            LocalDate runDate, Owners owners) {
        this.policy = policy;
        this.benchmarks = benchmarks;
        this.period = period;
        this.fixPlanner = new FixPlanner(playbook, Sprint.after(runDate), owners);
    }

    /**
     * @param metrics  the run's metric rows (any scope; the team's are used)
     * @param evidence the run's measured-uplift rows (any scope; the team's are used)
     * @param earlier  the team's previous blueprint, for the closed loop
     */
    public TeamPlan plan(Team team, List<MetricValue> metrics, List<MetricValue> evidence,
                         Optional<EarlierBlueprint> earlier) {
        List<MetricValue> own = ofTeam(team, metrics);
        LeakJudge judge = new LeakJudge(policy.targets().forTeam(team.teamId()), benchmarks, team.segment(),
                policy.minimumCases());
        List<Judgement> judgements = judge.judge(own);
        RevenueEstimator revenue = new RevenueEstimator(own, ofTeam(team, evidence), period, policy.currency(),
                policy.minimumCases());
        return new TeamPlan(team.teamId(), judgements, fixPlanner.plan(team.teamId(), judgements, revenue, judge),
                earlier.map(blueprint -> ClosedLoop.progress(blueprint, own)).orElse(List.of()),
                benchmarks.compare(team.teamId(), team.segment(), own));
    }

    private static List<MetricValue> ofTeam(Team team, List<MetricValue> values) {
        return values.stream().filter(value -> value.scope().equals(team.teamId())).toList();
    }
}
