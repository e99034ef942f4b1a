package io.revblueprint.report;

/** Where a run's PDFs live, relative to the period folder. */
public final class BlueprintFiles {

    public static final String EXECUTIVE_SUMMARY = "executive-summary.pdf";

    private BlueprintFiles() {
    }

    /** {@code <team_id>/revenue-growth-blueprint-<team_id>-<period>.pdf} */
    public static String teamPdf(String teamId, String periodLabel) {
        return teamId + "/revenue-growth-blueprint-" + teamId + "-" + periodLabel + ".pdf";
    }
}
