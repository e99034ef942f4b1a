package io.revblueprint.plan;

import io.revblueprint.crm.Role;
import io.revblueprint.metrics.Metric;

/**
 * What the playbook prescribes when {@code metric} misses: the leak's name, short title and kind ({@code type},
 * shared by every metric that reveals the same leak), the first step in one line and the full action, who owns it,
 * the SLA the fix installs, how many weeks it takes, and the metric that proves it worked.
 */
public record Play(Metric metric, String leak, String title, String firstStep, String action, Role ownerRole,
                   int effortWeeks, String type, String sla, Metric proofMetric) {
}
