package io.revblueprint.report;

import java.util.HashMap;
import java.util.Map;

/** Everything executive-summary.jrxml displays, prepared and formatted, keyed by the master's parameter names. */
final class ExecutiveSummaryParameters {

    private static final String INTRO = "This summary ranks the teams by the revenue a year their open leaks put at "
            + "stake and names each team's first fix with its owner and due date. Each team's own blueprint has the "
            + "full scorecard, funnel, win/loss analysis and roadmap. Company-wide rates carry a 95 % confidence "
            + "interval and the number of cases (n). The company's rows of metrics.csv and each team's top fix from "
            + "fixes.csv are attached to this PDF.";

    private ExecutiveSummaryParameters() {
    }

    static Map<String, Object> of(ExecutiveSummary summary, ReportTemplates templates) {
        Map<String, Object> parameters = new HashMap<>(templates.sections());
        parameters.put("RunningTitle", "Revenue Growth Blueprint · Executive summary · " + summary.run().periodLabel());
        parameters.put("Cover", RecordDataSource.of(cover(summary)));
        parameters.put("Headline", RecordDataSource.of(HeadlineSection.of(summary)));
        parameters.put("Ranking", RecordDataSource.of(RankingSection.of(summary)));
        parameters.put("Trends", RecordDataSource.of(ScorecardSection.ofCompany(summary)));
        return parameters;
    }

    private static CoverView cover(ExecutiveSummary summary) {
        RunContext run = summary.run();
        return new CoverView(
                "Revenue Growth Blueprint · Executive summary",
                run.company(),
                run.periodLabel(),
                "All teams",
                run.company(),
                "Executive team",
                Figures.asOf(run.asOf()),
                run.runId(),
                INTRO);
    }
}
