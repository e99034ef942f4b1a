package io.revblueprint.metrics;

import io.revblueprint.crm.Lead;
import io.revblueprint.crm.Opportunity;
import io.revblueprint.crm.Outcome;

/** One scope's data health: how complete and attributed the cohorts' records are. */
final class DataHealthMetrics {

    private final Proportion completeLeads = new Proportion();
    private final Proportion completeOpportunities = new Proportion();
    private final Proportion attributed = new Proportion();
    private final Proportion campaignAttributed = new Proportion();

    void count(JudgedMql mql) {
        Lead lead = mql.lead();
        completeLeads.count(mql.facts().ownedByUser() && lead.source() != null && lead.score() != null
                && lead.industry() != null && lead.companySize() != null);
    }

    void count(OpportunityFacts facts) {
        Opportunity opportunity = facts.opportunity();
        Outcome outcome = opportunity.outcome();
        completeOpportunities.count(opportunity.amount() != null && facts.recordedSource() != null
                && (outcome != Outcome.LOST || opportunity.lossReason() != null));
        if (outcome == Outcome.WON) {
            attributed.count(facts.attributed());
            campaignAttributed.count(facts.campaignAttributed());
        }
    }

    void writeTo(MetricRows rows) {
        rows.rate(Metric.CRM_COMPLETENESS_LEADS, completeLeads);
        rows.rate(Metric.CRM_COMPLETENESS_OPPORTUNITIES, completeOpportunities);
        rows.rate(Metric.ATTRIBUTION_COVERAGE, attributed);
        rows.rate(Metric.CAMPAIGN_ATTRIBUTION_COVERAGE, campaignAttributed);
    }
}
