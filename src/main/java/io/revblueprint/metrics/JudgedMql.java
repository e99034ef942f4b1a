package io.revblueprint.metrics;

import io.revblueprint.crm.Lead;
import io.revblueprint.crm.WorkCalendar;

import java.time.Duration;
import java.time.Instant;

/**
 * An MQL of the cohort judged once, on its own team's calendar, then counted in its team's scope and in ALL.
 *
 * @param responseHours bh(mql_at, first touch); null when it has no first touch
 * @param awaiting      the funnel step it may still take: its stage is younger than {@link Dimension#SETTLING_DAYS}
 *                      at as_of
 */
record JudgedMql(LeadFacts facts, boolean highIntent, SlaStatus response, Double responseHours,
                 SlaStatus acceptReject, NextStep awaiting) {

    private static final Duration SETTLING = Duration.ofDays(Dimension.SETTLING_DAYS);

    /** The step an MQL of the cohort is still young enough to take. */
    enum NextStep { NONE, SQL, OPPORTUNITY }

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
        return new JudgedMql(facts, policy.isHighIntent(lead.score()), response, responseHours, acceptReject,
                awaiting(lead, context.asOf().minus(SETTLING)));
    }

    private static NextStep awaiting(Lead lead, Instant settledBefore) {
        if (lead.rejectedAt() != null || lead.disqualifiedAt() != null) {
            return NextStep.NONE;
        }
        if (lead.sqlAt() == null) {
            return lead.mqlAt().isAfter(settledBefore) ? NextStep.SQL : NextStep.NONE;
        }
        boolean young = lead.sqlAt().isAfter(settledBefore);
        return lead.convertedOpportunityId() == null && young ? NextStep.OPPORTUNITY : NextStep.NONE;
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
