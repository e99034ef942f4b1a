package io.revblueprint.metrics;

import java.util.List;

/**
 * What a run computes: the contract's metrics (metrics.csv) and evidence for the planner, which never goes into
 * metrics.csv: mql_to_sql_rate by {@code response_sla=MET} / {@code BREACHED} (MQLs whose response met the SLA,
 * and those that breached it; none such → not written), and of mql_to_sql_rate and sql_to_opportunity_rate the
 * cases still young enough to convert ({@link Dimension#STILL_SETTLING}; none → not written).
 */
public record MetricResults(List<MetricValue> metrics, List<MetricValue> evidence) {

    public MetricResults {
        metrics = List.copyOf(metrics);
        evidence = List.copyOf(evidence);
    }

    /** Whether the period has anything to report: an MQL, or a deal closed in it (company-wide). */
    public boolean hasData() {
        return hasMqls() || metrics.stream().anyMatch(value -> value.scope().equals(MetricValue.ALL)
                && value.is(Metric.WIN_RATE, Dimension.OVERALL));
    }

    /** Whether a lead became an MQL in the period (company-wide). */
    public boolean hasMqls() {
        return metrics.stream().anyMatch(value -> value.scope().equals(MetricValue.ALL)
                && value.is(Metric.MQL_COUNT, Dimension.OVERALL) && value.value() > 0);
    }
}
