package io.revblueprint.metrics;

import io.revblueprint.crm.Lead;

/** SLA compliance of the MQL cohort, in business hours on the owning team's calendar. */
final class SlaMetrics {

    /** MQLs met / (met + breached) against the response target (2 h high intent, 4 h otherwise); pending MQLs are left out, none decided → not written. */
    static final String RESPONSE_SLA_COMPLIANCE = "response_sla_compliance";

    private SlaMetrics() {
    }

    static void count(LeadFacts facts, MetricsContext context, Tally tally) {
        Lead lead = facts.lead();
        if (!lead.isMql() || !context.period().contains(lead.mqlAt())) {
            return;
        }
        SlaPolicy policy = context.policy();
        SlaStatus response = SlaStatus.judge(lead.mqlAt(), facts.firstTouchAt(), context.asOf(),
                context.calendarOf(facts.teamId()), policy.responseTargetHours(lead.score()));
        if (response.isDecided()) {
            boolean met = response == SlaStatus.MET;
            tally.rate(RESPONSE_SLA_COMPLIANCE, "", met);
            tally.rate(RESPONSE_SLA_COMPLIANCE, policy.isHighIntent(lead.score()) ? "tier=HIGH_INTENT" : "tier=STANDARD", met);
        }
    }
}
