package io.revblueprint.report;

import io.revblueprint.metrics.LossReasons;
import io.revblueprint.metrics.Period;
import io.revblueprint.metrics.SlaPolicy;
import io.revblueprint.plan.Targets;
import io.revblueprint.report.document.BenchmarkRules;
import io.revblueprint.report.layout.PaperSize;

import java.time.LocalDate;

/**
 * The run a blueprint is assembled for (with the last date with data of a partial period, else null), the settings
 * it is printed with (paper, SLA policy, targets, which loss reasons count as one), and who besides team leaders
 * receives it.
 */
public record BlueprintRun(long runId, long snapshotId, Period period, LocalDate dataUntil, String currency,
                           PaperSize paperSize, SlaPolicy sla, Targets targets, LossReasons lossReasons,
                           BenchmarkRules benchmarkRules, boolean executivesReceiveTeamBlueprints) {
}
