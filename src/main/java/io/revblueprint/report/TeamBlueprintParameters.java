package io.revblueprint.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Everything team-blueprint.jrxml displays, prepared and formatted, keyed by the master's parameter names. */
final class TeamBlueprintParameters {

    private static final String INTRO = "Each section opens with one sentence that states its finding. Rates carry a "
            + "95 % confidence interval (±) and the number of cases (n) behind them: a narrow interval means a firm "
            + "figure; figures on fewer than " + SmallSample.MIN_CASES + " cases are marked and never judged. A leak "
            + "is confirmed when the whole interval misses its line, and labelled possible when the interval "
            + "straddles it. Every fix names its owner, the SLA it installs, its start and due dates in a 6-week "
            + "sprint, and the revenue a year at stake. The team's rows of metrics.csv and fixes.csv are attached "
            + "to this PDF.";

    private TeamBlueprintParameters() {
    }

    static Map<String, Object> of(TeamBlueprint blueprint, ReportTemplates templates) {
        ScorecardSection scorecard = ScorecardSection.of(blueprint);
        FunnelSection funnel = FunnelSection.of(blueprint);
        WinLossSection winLoss = WinLossSection.of(blueprint);
        BenchmarkSection benchmarks = BenchmarkSection.of(blueprint);
        List<String> headlines = new ArrayList<>(List.of(scorecard.finding(), funnel.finding(), winLoss.finding()));
        if (benchmarks.chart() != null) {
            headlines.add(benchmarks.finding());
        }
        Map<String, Object> parameters = new HashMap<>(templates.sections());
        parameters.put("RunningTitle", "Revenue Growth Blueprint · " + blueprint.teamName() + " · " + blueprint.run().periodLabel());
        parameters.put("Cover", RecordDataSource.of(cover(blueprint)));
        parameters.put("Summary", RecordDataSource.of(SummarySection.of(blueprint, headlines)));
        parameters.put("Scorecard", RecordDataSource.of(scorecard));
        parameters.put("Funnel", RecordDataSource.of(funnel));
        parameters.put("WinLoss", RecordDataSource.of(winLoss));
        parameters.put("Benchmarks", RecordDataSource.of(benchmarks));
        parameters.put("Roadmap", RecordDataSource.of(RoadmapSection.of(blueprint)));
        parameters.put("Progress", RecordDataSource.of(ProgressSection.of(blueprint)));
        parameters.put("Appendix", RecordDataSource.of(AppendixSection.of(blueprint)));
        return parameters;
    }

    private static CoverView cover(TeamBlueprint blueprint) {
        RunContext run = blueprint.run();
        return new CoverView(
                "Revenue Growth Blueprint",
                blueprint.teamName(),
                run.periodLabel(),
                run.company(),
                run.company(),
                blueprint.teamName() + " (" + blueprint.team().teamId() + ")",
                Figures.asOf(run.asOf()),
                run.runId(),
                INTRO);
    }
}
