package io.revblueprint.metrics;

import io.revblueprint.crm.Lead;
import io.revblueprint.crm.WorkCalendar;

import java.time.Instant;

/**
 * An MQL of the cohort judged once, on its own team's calendar, then counted in its team's scope and in ALL.
 *
 * @param responseHours bh(mql_at, first touch); null when it has no first touch
 */
record JudgedMql(LeadFacts facts, boolean highIntent, SlaStatus response, Double responseHours,
                 SlaStatus acceptReject) {

    static JudgedMql judge(LeadFacts facts, MetricsContext context) {
        Lead lead = facts.lead();
        SlaPolicy policy = context.policy();
        WorkCalendar calendar = context.calendarOf(facts.teamId());
        double responseTarget = policy.responseTargetHours(lead.score());
        Double responseHours = facts.firstTouchAt() == null ? null
                : BusinessHours.between(lead.mqlAt(), facts.firstTouchAt(), calendar);
        SlaStatus response = responseHours != null ? SlaStatus.ofEventAfter(responseHours, responseTarget)
                : SlaStatus.judge(lead.mqlAt(), null, context.asOf(), calendar, responseTarget);
        SlaStatus acceptReject = SlaStatus.judge(lead.mqlAt(), decision(lead), context.asOf(), calendar,
                policy.acceptRejectHours());
        return new JudgedMql(facts, policy.isHighIntent(lead.score()), response, responseHours, acceptReject);
    }

    Lead lead() {
        return facts.lead();
    }

    /** The earliest of accepted_at and rejected_at at or after mql_at; null when neither. */
    private static Instant decision(Lead lead) {
        Instant decision = null;
        for (Instant candidate : new Instant[] {lead.acceptedAt(), lead.rejectedAt()}) {
            if (candidate != null && !candidate.isBefore(lead.mqlAt())
                    && (decision == null || candidate.isBefore(decision))) {
                decision = candidate;
            }
        }
        return decision;
    }
}
