package io.revblueprint.report;

import io.revblueprint.crm.Team;
import io.revblueprint.crm.User;
import io.revblueprint.history.FixHistory;
import io.revblueprint.history.MetricHistory;
import io.revblueprint.history.PlanHistory;
import io.revblueprint.metrics.MetricValue;
import io.revblueprint.metrics.Period;
import io.revblueprint.plan.Fix;
import io.revblueprint.snapshot.PublishedSnapshot;
import io.revblueprint.snapshot.SnapshotReader;
import io.revblueprint.snapshot.SnapshotRepository;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Gathers what a run stored into the records a blueprint renders. A team's blueprint gets only that team's rows,
 * members and plan, plus the company's rows for the figures it labels as company figures.
 */
@Component
public class BlueprintAssembler {

    /** How many periods before the run's period the trends look back, where runs exist. */
    static final int EARLIER_PERIODS = 4;

    private final MetricHistory metricHistory;
    private final FixHistory fixHistory;
    private final PlanHistory planHistory;
    private final SnapshotReader snapshots;
    private final SnapshotRepository snapshotRepository;

    public BlueprintAssembler(MetricHistory metricHistory, FixHistory fixHistory, PlanHistory planHistory,
                              SnapshotReader snapshots, SnapshotRepository snapshotRepository) {
        this.metricHistory = metricHistory;
        this.fixHistory = fixHistory;
        this.planHistory = planHistory;
        this.snapshots = snapshots;
        this.snapshotRepository = snapshotRepository;
    }

    /** The teams that get a blueprint: teams with figures in this run (UNASSIGNED has no leader, so none). */
    public List<String> teamsWithFigures(long runId, long snapshotId) {
        Map<String, Team> teams = teamsById(snapshotId);
        return metricHistory.ofRun(runId).stream().map(MetricValue::scope).distinct()
                .filter(teams::containsKey).sorted().toList();
    }

    public TeamBlueprint team(BlueprintRun run, String teamId) {
        List<MetricValue> metrics = metricHistory.ofRun(run.runId());
        Team team = teamsById(run.snapshotId()).get(teamId);
        List<User> members = snapshots.users(run.snapshotId()).stream()
                .filter(user -> user.teamId().equals(teamId)).toList();
        List<Fix> fixes = fixHistory.ofRun(run.runId()).stream().filter(fix -> fix.scope().equals(teamId)).toList();
        return new TeamBlueprint(context(run, team.teamId()), team, members,
                new ScopeMetrics(ofScope(metrics, teamId), earlier(run, teamId)), ofScope(metrics, MetricValue.ALL),
                fixes, planHistory.load(run.runId(), teamId).orElse(null), dataHealth(run.snapshotId()));
    }

    public ExecutiveSummary executiveSummary(BlueprintRun run, List<String> teamIds) {
        Map<String, Team> teams = teamsById(run.snapshotId());
        Map<String, List<Fix>> fixesByTeam = fixHistory.ofRun(run.runId()).stream()
                .collect(Collectors.groupingBy(Fix::scope));
        List<TeamRanking> ranking = teamIds.stream()
                .map(teamId -> ranking(run, teams.get(teamId), fixesByTeam.getOrDefault(teamId, List.of())))
                .toList();
        return new ExecutiveSummary(context(run, MetricValue.ALL),
                new ScopeMetrics(ofScope(metricHistory.ofRun(run.runId()), MetricValue.ALL), earlier(run, MetricValue.ALL)),
                ranking, dataHealth(run.snapshotId()));
    }

    /** The run as one document shows it: with the targets of its scope (a team's own, or the company's for ALL). */
    private RunContext context(BlueprintRun run, String scope) {
        PublishedSnapshot snapshot = snapshots.snapshot(run.snapshotId());
        return new RunContext(snapshot.company(), run.period().label(), snapshot.asOf(), Long.toString(run.runId()),
                run.currency(), run.sla(), run.targets().forTeam(scope), run.paperSize());
    }

    /** The scope's rows of the periods before, newest first, back to the first period without a run. */
    private List<PeriodMetrics> earlier(BlueprintRun run, String scope) {
        List<PeriodMetrics> earlier = new ArrayList<>();
        Period period = run.period();
        for (int i = 0; i < EARLIER_PERIODS; i++) {
            period = period.previous();
            Optional<Long> earlierRun = metricHistory.latestRunOf(period.label(), run.runId());
            if (earlierRun.isEmpty()) {
                break;
            }
            earlier.add(new PeriodMetrics(period.label(), ofScope(metricHistory.ofRun(earlierRun.get()), scope)));
        }
        return earlier;
    }

    private TeamRanking ranking(BlueprintRun run, Team team, List<Fix> fixes) {
        Fix top = fixes.stream().min(Comparator.comparingInt(Fix::rank)).orElse(null);
        return new TeamRanking(team.teamId(), team.name(), RevenueAtStake.ofFixes(fixes), fixes.size(), top,
                top == null ? null : leakOf(run, team.teamId(), top));
    }

    /** The playbook's name for the leak a fix answers, if the run stored a plan. */
    private String leakOf(BlueprintRun run, String teamId, Fix fix) {
        return planHistory.load(run.runId(), teamId).stream().flatMap(plan -> plan.fixes().stream())
                .filter(planned -> planned.fix().rank() == fix.rank())
                .map(planned -> planned.play().leak())
                .findFirst().orElse(null);
    }

    private DataHealth dataHealth(long snapshotId) {
        Map<String, Long> quarantined = snapshotRepository.badRowsByFile(snapshotId);
        long bad = quarantined.values().stream().mapToLong(Long::longValue).sum();
        return new DataHealth(snapshotRepository.storedRows(snapshotId) + bad, quarantined);
    }

    private static List<MetricValue> ofScope(List<MetricValue> metrics, String scope) {
        return metrics.stream().filter(value -> value.scope().equals(scope)).toList();
    }

    private Map<String, Team> teamsById(long snapshotId) {
        return snapshots.teams(snapshotId).stream().collect(Collectors.toMap(Team::teamId, Function.identity()));
    }
}
