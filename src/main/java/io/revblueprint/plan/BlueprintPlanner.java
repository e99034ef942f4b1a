package io.revblueprint.plan;

import io.revblueprint.benchmark.BenchmarkAge;
import io.revblueprint.benchmark.BenchmarkTable;
import io.revblueprint.benchmark.PeerBenchmarks;
import io.revblueprint.benchmark.PeerComparison;
import io.revblueprint.crm.Team;
import io.revblueprint.metrics.Metric;
import io.revblueprint.metrics.MetricValue;
import io.revblueprint.metrics.Period;
import io.revblueprint.metrics.RecordedInputs;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Plans a run's blueprints: per team, every metric judged, the prioritized fixes in a sprint from the Monday after
 * the run, the progress of the previous blueprint's fixes, and where the team sits among its peers and against
 * published benchmarks.
 */
public final class BlueprintPlanner {

    private final PlanPolicy policy;
    private final BenchmarkTable benchmarks;
    private final BenchmarkAge age;
    private final PeerBenchmarks peers;
    private final Period period;
    private final FixPlanner fixPlanner;

    /** {@code peers}: the run's teams side by side, the internal benchmark. */
    public BlueprintPlanner(PlanPolicy policy, Playbook playbook, BenchmarkTable benchmarks, PeerBenchmarks peers,
                            Period period, LocalDate runDate, Owners owners) {
        this.policy = policy;
        this.benchmarks = benchmarks;
        this.age = new BenchmarkAge(runDate.getYear(), policy.benchmarkMaxAgeYears());
        this.peers = peers;
        this.period = period;
        this.fixPlanner = new FixPlanner(playbook, Sprint.after(runDate), owners);
    }

    /**
     * @param metrics  the run's metric rows (any scope; the team's are used)
     * @param evidence the run's measured-uplift rows (any scope; the team's are used)
     * @param recorded what the snapshot records at all: a metric whose inputs it lacks is never judged, and each
     *                 missing input gets a data fix instead
     * @param earlier  the team's previous blueprint, for the closed loop
     */
    public TeamPlan plan(Team team, List<MetricValue> metrics, List<MetricValue> evidence, RecordedInputs recorded,
                         Optional<EarlierBlueprint> earlier) {
        List<MetricValue> own = ofTeam(team, metrics).stream()
                .filter(value -> recorded.isMeasurable(value.metric())).toList();
        List<PeerComparison> peerComparisons = peers.forTeam(team.teamId()).stream()
                .filter(comparison -> recorded.isMeasurable(comparison.metric())).toList();
        LeakJudge judge = new LeakJudge(policy.targets().forTeam(team.teamId()), peerComparisons, benchmarks, age,
                team.segment(), policy.minimumCases());
        List<MetricValue> teamEvidence = ofTeam(team, evidence);
        Map<Metric, Phrase> caveats = DataShape.caveats(own);
        caveats.putAll(stillSettling(own, teamEvidence, judge));
        // A rate on target is no leak to downgrade, so its young cases weigh nothing there.
        List<Judgement> judgements = judge.judge(own, caveats, StillSettling.pending(own, teamEvidence));
        RevenueEstimator revenue = new RevenueEstimator(own, teamEvidence, period, policy.currency(),
                policy.minimumCases());
        return new TeamPlan(team.teamId(), judgements, fixPlanner.plan(team.teamId(), judgements, revenue, judge,
                        DataFixes.of(team.teamId(), recorded, revenue.currency())),
                earlier.map(blueprint -> ClosedLoop.progress(blueprint, own, recorded, policy.minimumCases(),
                        period))
                        .orElse(List.of()),
                peerComparisons, benchmarks.compare(team.teamId(), team.segment(), own, age), caveats,
                Bookings.annual(own, period));
    }

    /**
     * The young-cohort caveats of the rates that miss their line or have none: a rate that meets its line may only
     * rise further (Data Cloud's 62 % against 25 % was "in doubt" in the executive summary).
     */
    private static Map<Metric, Phrase> stillSettling(List<MetricValue> own, List<MetricValue> evidence, LeakJudge judge) {
        Map<Metric, Phrase> caveats = new EnumMap<>(Metric.class);
        caveats.putAll(StillSettling.caveats(own, evidence));
        judge.judge(own, Map.of()).stream()
                .filter(judgement -> judgement.value().isOverall() && judgement.verdict() == Verdict.ON_TARGET)
                .forEach(judgement -> caveats.remove(judgement.value().metric()));
        return caveats;
    }

    private static List<MetricValue> ofTeam(Team team, List<MetricValue> values) {
        return values.stream().filter(value -> value.scope().equals(team.teamId())).toList();
    }
}
