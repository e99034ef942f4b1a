package io.revblueprint.metrics;

import java.util.List;

/**
 * What a run computes: the contract's metrics (metrics.csv) and evidence for the planner, which never goes into
 * metrics.csv: mql_to_sql_rate by {@code response_sla=MET} / {@code BREACHED} (MQLs whose response met the SLA,
 * and those that breached it; none such → not written).
 */
public record MetricResults(List<MetricValue> metrics, List<MetricValue> evidence) {

    public MetricResults {
        metrics = List.copyOf(metrics);
        evidence = List.copyOf(evidence);
    }
}
