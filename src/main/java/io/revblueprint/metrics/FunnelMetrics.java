package io.revblueprint.metrics;

import io.revblueprint.crm.Lead;

/** Funnel conversion of the MQL cohort (leads with mql_at in the period). */
final class FunnelMetrics {

    /** MQLs with sql_at / MQLs of the cohort, overall and per source; no MQLs → not written. */
    static final String MQL_TO_SQL_RATE = "mql_to_sql_rate";

    private FunnelMetrics() {
    }

    static void count(LeadFacts facts, MetricsContext context, Tally tally) {
        Lead lead = facts.lead();
        if (!lead.isMql() || !context.period().contains(lead.mqlAt())) {
            return;
        }
        boolean reachedSql = lead.sqlAt() != null;
        tally.rate(MQL_TO_SQL_RATE, "", reachedSql);
        tally.rate(MQL_TO_SQL_RATE, "source=" + lead.source(), reachedSql);
    }
}
