package io.revblueprint.metrics;

import io.revblueprint.crm.Lead;

import java.time.Instant;

/**
 * A lead rejected or disqualified in the period, with the team of its owner ({@code UNASSIGNED} when the owner is
 * missing or unknown) and its follow-up touches: activities on the lead, automated or not, with occurred_at in
 * [{@link #followUpStart()}, disqualified_at] (0 when it was not disqualified).
 */
public record DispositionFacts(Lead lead, String teamId, long followUpTouches) {

    /** Where follow-up starts: mql_at, or created_at for a lead that never was an MQL. */
    public Instant followUpStart() {
        return lead.isMql() ? lead.mqlAt() : lead.createdAt();
    }
}
