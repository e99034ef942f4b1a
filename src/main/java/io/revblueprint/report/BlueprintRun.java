package io.revblueprint.report;

import io.revblueprint.metrics.Period;
import io.revblueprint.metrics.SlaPolicy;
import io.revblueprint.plan.Target;

import java.util.Map;

/** The run a blueprint is assembled for, and the settings it is printed with. */
public record BlueprintRun(long runId, long snapshotId, Period period, String currency, PaperSize paperSize,
                           SlaPolicy sla, Map<String, Target> targets) {
}
