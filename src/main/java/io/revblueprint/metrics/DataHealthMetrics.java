package io.revblueprint.metrics;

import io.revblueprint.crm.Lead;
import io.revblueprint.crm.Opportunity;
import io.revblueprint.crm.Outcome;

/** One scope's data health: how complete and attributed the cohorts' records are. */
final class DataHealthMetrics {

    /** Cohort MQLs owned by a user of the snapshot with source, score, industry and company_size / MQLs; none → not written. */
    static final String CRM_COMPLETENESS_LEADS = "crm_completeness_leads";
    /** Closed deals with an amount, a source (own or the lead's) and, when lost, a loss_reason / closed; none → not written. */
    static final String CRM_COMPLETENESS_OPPORTUNITIES = "crm_completeness_opportunities";
    /** Won deals whose lead_id names a lead of the snapshot / won; none won → not written. */
    static final String ATTRIBUTION_COVERAGE = "attribution_coverage";
    /** Won deals whose lead has a campaign_id / won; none won → not written. */
    static final String CAMPAIGN_ATTRIBUTION_COVERAGE = "campaign_attribution_coverage";

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
        rows.rate(CRM_COMPLETENESS_LEADS, completeLeads);
        rows.rate(CRM_COMPLETENESS_OPPORTUNITIES, completeOpportunities);
        rows.rate(ATTRIBUTION_COVERAGE, attributed);
        rows.rate(CAMPAIGN_ATTRIBUTION_COVERAGE, campaignAttributed);
    }
}
