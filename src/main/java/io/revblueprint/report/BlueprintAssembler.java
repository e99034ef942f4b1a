package io.revblueprint.report;

import io.revblueprint.crm.Team;
import io.revblueprint.history.FixHistory;
import io.revblueprint.history.MetricHistory;
import io.revblueprint.metrics.MetricValue;
import io.revblueprint.plan.Fix;
import io.revblueprint.snapshot.PublishedSnapshot;
import io.revblueprint.snapshot.SnapshotReader;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Gathers what a run stored into the records a blueprint renders: only that team's rows for a team's PDF. */
@Component
public class BlueprintAssembler {

    private final MetricHistory metricHistory;
    private final FixHistory fixHistory;
    private final SnapshotReader snapshots;

    public BlueprintAssembler(MetricHistory metricHistory, FixHistory fixHistory, SnapshotReader snapshots) {
        this.metricHistory = metricHistory;
        this.fixHistory = fixHistory;
        this.snapshots = snapshots;
    }

    /** The teams that get a blueprint: teams with figures in this run (UNASSIGNED has no leader, so none). */
    public List<String> teamsWithFigures(long runId, long snapshotId) {
        Map<String, Team> teams = teamsById(snapshotId);
        return metricHistory.ofRun(runId).stream().map(MetricValue::scope).distinct()
                .filter(teams::containsKey).sorted().toList();
    }

    public TeamBlueprint team(BlueprintRun run, String teamId) {
        PublishedSnapshot snapshot = snapshots.snapshot(run.snapshotId());
        Team team = teamsById(run.snapshotId()).get(teamId);
        List<MetricValue> metrics = metricHistory.ofRun(run.runId()).stream()
                .filter(value -> value.scope().equals(teamId)).toList();
        List<Fix> fixes = fixHistory.ofRun(run.runId()).stream().filter(fix -> fix.scope().equals(teamId)).toList();
        return new TeamBlueprint(snapshot.company(), teamId, team.name(), run.periodLabel(), snapshot.asOf(),
                Long.toString(run.runId()), run.currency(), metrics, fixes, run.paperSize());
    }

    public ExecutiveSummary executiveSummary(BlueprintRun run, List<String> teamIds) {
        PublishedSnapshot snapshot = snapshots.snapshot(run.snapshotId());
        Map<String, Team> teams = teamsById(run.snapshotId());
        List<MetricValue> company = metricHistory.ofRun(run.runId()).stream()
                .filter(value -> value.scope().equals(MetricValue.ALL)).toList();
        Map<String, List<Fix>> fixesByTeam = fixHistory.ofRun(run.runId()).stream()
                .collect(Collectors.groupingBy(Fix::scope));
        List<TeamRanking> ranking = teamIds.stream()
                .map(teamId -> ranking(teams.get(teamId), fixesByTeam.getOrDefault(teamId, List.of())))
                .toList();
        return new ExecutiveSummary(snapshot.company(), run.periodLabel(), snapshot.asOf(), Long.toString(run.runId()),
                run.currency(), company, ranking, run.paperSize());
    }

    private static TeamRanking ranking(Team team, List<Fix> fixes) {
        BigDecimal total = RevenueAtStake.ofFixes(fixes);
        Fix top = fixes.stream().min(Comparator.comparingInt(Fix::rank)).orElse(null);
        return new TeamRanking(team.teamId(), team.name(), total, top);
    }

    private Map<String, Team> teamsById(long snapshotId) {
        return snapshots.teams(snapshotId).stream().collect(Collectors.toMap(Team::teamId, Function.identity()));
    }
}
