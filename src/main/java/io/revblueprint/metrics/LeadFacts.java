package io.revblueprint.metrics;

import io.revblueprint.crm.Lead;
import io.revblueprint.crm.Team;

import java.time.Instant;

/**
 * An MQL of the cohort with what the metrics need from the rest of the snapshot: the team of its owner
 * ({@code UNASSIGNED} exactly when the owner is missing or not a user of the snapshot) and its first meaningful
 * touch (earliest activity on the lead with automated = false and occurred_at ≥ mql_at; null when none).
 */
public record LeadFacts(Lead lead, String teamId, Instant firstTouchAt) {

    /** Whether the lead's owner is a user of the snapshot. */
    public boolean ownedByUser() {
        return !Team.UNASSIGNED.equals(teamId);
    }
}
