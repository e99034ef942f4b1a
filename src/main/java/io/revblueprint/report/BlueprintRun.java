package io.revblueprint.report;

import io.revblueprint.report.layout.PaperSize;


import io.revblueprint.metrics.Period;
import io.revblueprint.metrics.SlaPolicy;
import io.revblueprint.plan.Targets;


/** The run a blueprint is assembled for, the settings it is printed with, and who besides team leaders receives it. */
public record BlueprintRun(long runId, long snapshotId, Period period, String currency, PaperSize paperSize,
                           SlaPolicy sla, Targets targets, boolean executivesReceiveTeamBlueprints) {
}
