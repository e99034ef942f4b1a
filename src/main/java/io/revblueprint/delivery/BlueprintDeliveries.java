package io.revblueprint.delivery;

import io.revblueprint.crm.Team;
import io.revblueprint.crm.User;
import io.revblueprint.history.FixHistory;
import io.revblueprint.history.MetricHistory;
import io.revblueprint.metrics.MetricValue;
import io.revblueprint.plan.Fix;
import io.revblueprint.report.BlueprintFiles;
import io.revblueprint.report.EmailDigest;
import io.revblueprint.snapshot.SnapshotReader;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Lists a run's messages: each published team blueprint to its leaders, the executive summary to executives. */
@Component
public class BlueprintDeliveries {

    private final MetricHistory metricHistory;
    private final FixHistory fixHistory;
    private final SnapshotReader snapshots;

    public BlueprintDeliveries(MetricHistory metricHistory, FixHistory fixHistory, SnapshotReader snapshots) {
        this.metricHistory = metricHistory;
        this.fixHistory = fixHistory;
        this.snapshots = snapshots;
    }

    public List<Delivery> of(long runId, long snapshotId, String periodLabel, Path periodFolder, List<String> teamIds,
                             boolean executivesReceiveTeamBlueprints) {
        Recipients recipients = new Recipients(snapshots.users(snapshotId));
        Map<String, Team> teams = snapshots.teams(snapshotId).stream()
                .collect(Collectors.toMap(Team::teamId, Function.identity()));
        List<MetricValue> metrics = metricHistory.ofRun(runId);
        List<Fix> fixes = fixHistory.ofRun(runId);
        List<Delivery> deliveries = new ArrayList<>();
        for (String teamId : teamIds) {
            Path pdf = periodFolder.resolve(BlueprintFiles.teamPdf(teamId, periodLabel));
            List<Fix> teamFixes = fixes.stream().filter(fix -> fix.scope().equals(teamId)).toList();
            for (User user : recipients.ofTeamBlueprint(teamId, executivesReceiveTeamBlueprints)) {
                deliveries.add(new Delivery(user.email(), user.name(), teamId, teams.get(teamId).name(), periodLabel, pdf,
                        EmailDigest.headlines(teamId, metrics), EmailDigest.topFixes(teamFixes)));
            }
        }
        Path summary = periodFolder.resolve(BlueprintFiles.EXECUTIVE_SUMMARY);
        List<Fix> topFixes = topFixPerTeam(fixes, teamIds);
        for (User user : recipients.ofExecutiveSummary()) {
            deliveries.add(new Delivery(user.email(), user.name(), MetricValue.ALL, "Executive summary", periodLabel,
                    summary, EmailDigest.headlines(MetricValue.ALL, metrics), EmailDigest.topFixes(topFixes)));
        }
        return deliveries;
    }

    /** Each team's rank-1 fix, the largest revenue at stake first (the digest's sort by rank keeps this order). */
    private static List<Fix> topFixPerTeam(List<Fix> fixes, List<String> teamIds) {
        return fixes.stream()
                .filter(fix -> fix.rank() == 1 && teamIds.contains(fix.scope()))
                .sorted(Comparator.comparing((Fix fix) -> fix.revenueAtStake() == null ? BigDecimal.ZERO : fix.revenueAtStake())
                        .reversed())
                .toList();
    }
}
