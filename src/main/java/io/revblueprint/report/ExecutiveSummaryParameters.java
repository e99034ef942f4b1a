package io.revblueprint.report;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Everything executive-summary.jrxml displays, prepared and formatted, keyed by the master's parameter names. */
final class ExecutiveSummaryParameters {

    private static final String INTRO = "This summary ranks the teams by the revenue a year their open leaks put at "
            + "stake and names each team's first fix with its owner and due date. Each team's own blueprint has the "
            + "full scorecard and roadmap. Company-wide rates carry a 95 % confidence interval and the number of "
            + "cases (n). The figures are attached as metrics.csv and fixes.csv.";

    private ExecutiveSummaryParameters() {
    }

    static Map<String, Object> of(ExecutiveSummary summary, ReportTemplates templates) {
        Map<String, Object> parameters = new HashMap<>(templates.sections());
        parameters.put("RunningTitle", "Revenue Growth Blueprint · Executive summary · " + summary.periodLabel());
        parameters.put("Cover", RecordDataSource.of(cover(summary)));
        parameters.put("SummaryText", SummaryText.forCompany(summary));
        parameters.put("HeadlineTiles", new RecordDataSource(HeadlineTiles.of(
                RevenueAtStake.ofTeams(summary.teams()), summary.currency(),
                "across " + summary.teams().size() + " teams", summary.companyMetrics())));
        parameters.put("TeamRanking", new RecordDataSource(RankingRow.of(summary.teams(), summary.currency())));
        parameters.put("Scorecard", new RecordDataSource(ScorecardRow.of(summary.companyMetrics())));
        return parameters;
    }

    private static CoverView cover(ExecutiveSummary summary) {
        return new CoverView(
                "Revenue Growth Blueprint · Executive summary",
                summary.company(),
                summary.periodLabel(),
                "All teams",
                summary.company(),
                "Executive team",
                Figures.asOf(summary.asOf()),
                summary.runId(),
                INTRO);
    }
}
