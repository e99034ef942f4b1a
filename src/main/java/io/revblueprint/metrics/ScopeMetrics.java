package io.revblueprint.metrics;

import java.util.List;

/** Everything counted for one scope (a team, UNASSIGNED or ALL), written in the contract's order. */
final class ScopeMetrics {

    private final String scope;
    private final SlaMetrics sla = new SlaMetrics();
    private final FunnelMetrics funnel;
    private final WinLossMetrics winLoss;
    private final DataHealthMetrics dataHealth = new DataHealthMetrics();

    ScopeMetrics(String scope, String currency) {
        this.scope = scope;
        this.funnel = new FunnelMetrics(MetricValue.ALL.equals(scope));
        this.winLoss = new WinLossMetrics(currency);
    }

    void count(JudgedMql mql) {
        sla.count(mql);
        funnel.count(mql);
        dataHealth.count(mql);
    }

    void count(DispositionFacts facts, MetricsContext context) {
        sla.count(facts, context);
    }

    void count(OpportunityFacts closed) {
        winLoss.count(closed);
        dataHealth.count(closed);
    }

    void count(LeadTotals totals) {
        funnel.count(totals);
    }

    void countOpen(long opportunities) {
        winLoss.countOpen(opportunities);
    }

    /** Adds this scope's rows to {@code metrics} and {@code evidence}. */
    void writeTo(List<MetricValue> metrics, List<MetricValue> evidence) {
        MetricRows rows = new MetricRows(scope, metrics, evidence);
        sla.writeTo(rows);
        funnel.writeTo(rows);
        winLoss.writeTo(rows);
        dataHealth.writeTo(rows);
    }
}
