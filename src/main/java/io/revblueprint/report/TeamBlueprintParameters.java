package io.revblueprint.report;

import java.util.HashMap;
import java.util.Map;

/** Everything team-blueprint.jrxml displays, prepared and formatted, keyed by the master's parameter names. */
final class TeamBlueprintParameters {

    private static final int TOP_FIXES = 3;
    private static final String INTRO = "Each section starts with what matters most. Rates carry a 95 % confidence "
            + "interval and the number of cases (n) behind them: a narrow interval means a firm figure. Every fix "
            + "names its owner, its start and due dates, and the revenue a year it puts back at stake. The figures "
            + "of this document are attached to it as metrics.csv and fixes.csv.";

    private TeamBlueprintParameters() {
    }

    static Map<String, Object> of(TeamBlueprint blueprint, ReportTemplates templates) {
        Map<String, Object> parameters = new HashMap<>(templates.sections());
        parameters.put("RunningTitle", "Revenue Growth Blueprint · " + blueprint.teamName() + " · " + blueprint.periodLabel());
        parameters.put("Cover", RecordDataSource.of(cover(blueprint)));
        parameters.put("SummaryText", SummaryText.forTeam(blueprint));
        parameters.put("HeadlineTiles", new RecordDataSource(HeadlineTiles.of(
                RevenueAtStake.ofFixes(blueprint.fixes()), blueprint.currency(),
                "across " + blueprint.fixes().size() + " fixes in the roadmap", blueprint.metrics())));
        parameters.put("TopFixes", new RecordDataSource(FixRow.of(blueprint.fixes(), blueprint.currency(), TOP_FIXES)));
        parameters.put("Scorecard", new RecordDataSource(ScorecardRow.of(blueprint.metrics())));
        parameters.put("Roadmap", new RecordDataSource(
                FixRow.of(blueprint.fixes(), blueprint.currency(), blueprint.fixes().size())));
        return parameters;
    }

    private static CoverView cover(TeamBlueprint blueprint) {
        return new CoverView(
                "Revenue Growth Blueprint",
                blueprint.teamName(),
                blueprint.periodLabel(),
                blueprint.company(),
                blueprint.company(),
                blueprint.teamName() + " (" + blueprint.teamId() + ")",
                Figures.asOf(blueprint.asOf()),
                blueprint.runId(),
                INTRO);
    }
}
