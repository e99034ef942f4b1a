package io.revblueprint.metrics;

import java.util.List;

/**
 * What a run computes: the contract's metrics (metrics.csv) and evidence for the planner, which is not a contract
 * metric and never goes into metrics.csv.
 */
public record MetricResults(List<MetricValue> metrics, List<MetricValue> evidence) {

    /** Evidence: mql_to_sql_rate of the MQLs whose response SLA was met, and of those breached; none such → not written. */
    public static final String MQL_TO_SQL_RATE_BY_RESPONSE_SLA = "mql_to_sql_rate_by_response_sla";

    public MetricResults {
        metrics = List.copyOf(metrics);
        evidence = List.copyOf(evidence);
    }
}
