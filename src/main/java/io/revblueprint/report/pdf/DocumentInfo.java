package io.revblueprint.report.pdf;

import io.revblueprint.report.document.ExecutiveSummary;
import io.revblueprint.report.document.TeamBlueprint;
import io.revblueprint.report.text.Figures;

/** What a PDF says about itself in its document information and XMP metadata. */
public record DocumentInfo(String title, String subject, String keywords) {

    public static final String AUTHOR = "Revenue Blueprint";

    public static DocumentInfo of(TeamBlueprint blueprint) {
        String period = blueprint.run().periodLabel();
        return new DocumentInfo(
                "Revenue Growth Blueprint — " + blueprint.teamName() + " — " + Figures.period(blueprint.run()),
                "Revenue leaks of " + blueprint.teamName() + " in " + period
                        + ", what they cost, and the prioritized fixes with owners and due dates",
                keywords(blueprint.team().teamId(), period, blueprint.run().runId()));
    }

    public static DocumentInfo of(ExecutiveSummary summary) {
        String period = summary.run().periodLabel();
        return new DocumentInfo(
                "Revenue Growth Blueprint — Executive summary — " + Figures.period(summary.run()),
                "Teams" + (summary.run().company() == null ? "" : " of " + summary.run().company())
                        + " ranked by revenue at stake in " + period
                        + ", with each team's top fix",
                keywords("executive summary", period, summary.run().runId()));
    }

    private static String keywords(String scope, String period, String runId) {
        return "revenue growth blueprint, revenue leaks, sales and marketing alignment, " + scope + ", " + period
                + ", run " + runId;
    }
}
