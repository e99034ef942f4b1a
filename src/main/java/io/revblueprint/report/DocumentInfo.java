package io.revblueprint.report;

/** What a PDF says about itself in its document information. */
record DocumentInfo(String title, String subject, String keywords) {

    static DocumentInfo of(TeamBlueprint blueprint) {
        return new DocumentInfo(
                "Revenue Growth Blueprint — " + blueprint.teamName() + " — " + blueprint.periodLabel(),
                "Revenue leaks of " + blueprint.teamName() + " in " + blueprint.periodLabel()
                        + ", what they cost, and the prioritized fixes with owners and due dates",
                keywords(blueprint.teamId(), blueprint.periodLabel(), blueprint.runId()));
    }

    static DocumentInfo of(ExecutiveSummary summary) {
        return new DocumentInfo(
                "Revenue Growth Blueprint — Executive summary — " + summary.periodLabel(),
                "Teams of " + summary.company() + " ranked by revenue at stake in " + summary.periodLabel()
                        + ", with each team's top fix",
                keywords("executive summary", summary.periodLabel(), summary.runId()));
    }

    private static String keywords(String scope, String period, String runId) {
        return "revenue blueprint, " + scope + ", " + period + ", run " + runId;
    }
}
