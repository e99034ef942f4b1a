package io.revblueprint.report;

/** The run a blueprint is assembled for. */
public record BlueprintRun(long runId, long snapshotId, String periodLabel, String currency, PaperSize paperSize) {
}
