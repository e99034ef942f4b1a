package io.revblueprint.report.section;

import io.revblueprint.metrics.Metric;
import io.revblueprint.report.document.TeamBlueprint;
import io.revblueprint.report.layout.ReportTemplates;
import io.revblueprint.report.text.Figures;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Everything team-blueprint.jrxml displays, prepared and formatted, keyed by the master's parameter names. */
public final class TeamBlueprintParameters {

    private TeamBlueprintParameters() {
    }

    public static Map<String, Object> of(TeamBlueprint blueprint, ReportTemplates templates) {
        ScorecardSection scorecard = ScorecardSection.of(blueprint);
        FunnelSection funnel = FunnelSection.of(blueprint);
        WinLossSection winLoss = WinLossSection.of(blueprint);
        BenchmarkSection benchmarks = BenchmarkSection.of(blueprint);
        List<String> headlines = new ArrayList<>();
        // A figure the funnel's or win/loss's finding states too: page 1 says it once.
        ScorecardSection.headline(blueprint, metric -> FunnelSection.judgesInItsFinding(metric) || metric == Metric.WIN_RATE)
                .ifPresent(headlines::add);
        headlines.addAll(List.of(funnel.finding(), winLoss.finding()));
        if (benchmarks.chart() != null) {
            headlines.add(benchmarks.finding());
        }
        return DocumentLayout.TEAM_BLUEPRINT.parameters(
                "Revenue Growth Blueprint · " + blueprint.teamName() + " · " + Figures.period(blueprint.run()),
                List.of(AnswerSection.of(blueprint, headlines), scorecard, funnel, winLoss,
                        benchmarks, RoadmapSection.of(blueprint), ProgressSection.of(blueprint),
                        AppendixSection.of(blueprint)),
                templates);
    }
}
