package io.revblueprint.report;

import io.revblueprint.delivery.FileNames;

/** Where a run's PDFs live, relative to the period folder. */
public final class BlueprintFiles {

    public static final String EXECUTIVE_SUMMARY = "executive-summary.pdf";

    private BlueprintFiles() {
    }

    /**
     * {@code <team_id>/revenue-growth-blueprint-<team_id>-<period>.pdf}, the team id made a safe name: an id is
     * data and never names a path outside the period folder.
     */
    public static String teamPdf(String teamId, String periodLabel) {
        String name = FileNames.of(teamId);
        return name + "/revenue-growth-blueprint-" + name + "-" + FileNames.of(periodLabel) + ".pdf";
    }
}
