package io.revblueprint.metrics;

import io.revblueprint.crm.Lead;

/** One scope's funnel: the MQL cohort (leads with mql_at in the period) and SQL volume by month. */
final class FunnelMetrics {

    private final boolean alwaysCountsMqls;
    private boolean ownsLeads;
    private final Proportion acceptance = new Proportion();
    private final Proportion mqlToSql = new Proportion();
    private final Breakdown mqlToSqlBySource = new Breakdown(Dimension.Kind.SOURCE);
    private final Proportion sqlToOpportunity = new Proportion();
    private final Proportion awaitingSql = new Proportion();
    private final Proportion awaitingOpportunity = new Proportion();
    private final Breakdown mqlToSqlByResponseSla = new Breakdown(Dimension.Kind.RESPONSE_SLA);
    private long sqlsInLastFullMonth;
    private long sqlsInMonthBefore;

    /** {@code alwaysCountsMqls}: write mql_count even when no lead was seen (the ALL scope). */
    FunnelMetrics(boolean alwaysCountsMqls) {
        this.alwaysCountsMqls = alwaysCountsMqls;
    }

    void count(JudgedMql mql) {
        Lead lead = mql.lead();
        boolean reachedSql = lead.sqlAt() != null;
        acceptance.count(lead.acceptedAt() != null);
        mqlToSql.count(reachedSql);
        mqlToSqlBySource.count(lead.source(), reachedSql);
        awaitingSql.count(mql.awaiting() == JudgedMql.NextStep.SQL);
        if (reachedSql) {
            sqlToOpportunity.count(lead.convertedOpportunityId() != null);
            awaitingOpportunity.count(mql.awaiting() == JudgedMql.NextStep.OPPORTUNITY);
        }
        if (mql.response().isDecided()) {
            mqlToSqlByResponseSla.count(mql.response().name(), reachedSql);
        }
    }

    void count(LeadTotals totals) {
        ownsLeads |= totals.leads() > 0;
        sqlsInLastFullMonth += totals.sqlsInLastFullMonth();
        sqlsInMonthBefore += totals.sqlsInMonthBefore();
    }

    void writeTo(MetricRows rows) {
        if (alwaysCountsMqls || ownsLeads || mqlToSql.trials() > 0) {
            rows.figure(Metric.MQL_COUNT, Dimension.OVERALL, mqlToSql.trials(), null, null, Unit.COUNT);
        }
        // The MQLs behind mql_to_sql_rate per source are the per-source MQL counts.
        mqlToSqlBySource.forEach((dimension, mqls) ->
                rows.figure(Metric.MQL_COUNT, dimension, mqls.trials(), null, null, Unit.COUNT));
        rows.rate(Metric.MQL_ACCEPTANCE_RATE, acceptance);
        rows.rate(Metric.MQL_TO_SQL_RATE, mqlToSql);
        rows.rates(Metric.MQL_TO_SQL_RATE, mqlToSqlBySource);
        rows.rate(Metric.SQL_TO_OPPORTUNITY_RATE, sqlToOpportunity);
        if (sqlsInMonthBefore > 0) {
            rows.growth(Metric.LEAD_VELOCITY_RATE, GrowthEstimate.of(sqlsInMonthBefore, sqlsInLastFullMonth));
        }
        rows.evidenceRates(Metric.MQL_TO_SQL_RATE, mqlToSqlByResponseSla);
        rows.evidenceRate(Metric.MQL_TO_SQL_RATE, Dimension.STILL_SETTLING, awaitingSql);
        rows.evidenceRate(Metric.SQL_TO_OPPORTUNITY_RATE, Dimension.STILL_SETTLING, awaitingOpportunity);
    }
}
