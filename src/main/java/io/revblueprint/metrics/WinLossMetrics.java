package io.revblueprint.metrics;

import io.revblueprint.crm.Opportunity;
import io.revblueprint.crm.Outcome;

/** Win/loss of the closed cohort (opportunities closed in the period). */
final class WinLossMetrics {

    /** Won / closed, overall and per source; no closed deals → not written. */
    static final String WIN_RATE = "win_rate";

    private WinLossMetrics() {
    }

    static void count(OpportunityFacts facts, MetricsContext context, Tally tally) {
        Opportunity opportunity = facts.opportunity();
        if (opportunity.outcome() == Outcome.OPEN || !context.period().contains(opportunity.closedAt())) {
            return;
        }
        boolean won = opportunity.outcome() == Outcome.WON;
        tally.rate(WIN_RATE, "", won);
        tally.rate(WIN_RATE, "source=" + facts.source(), won);
    }
}
