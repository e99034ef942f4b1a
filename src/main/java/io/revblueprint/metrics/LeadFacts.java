package io.revblueprint.metrics;

import io.revblueprint.crm.Lead;

import java.time.Instant;

/**
 * A lead with what the metrics need from its activities, gathered in the same pass: the team that owns it
 * (UNASSIGNED when its owner is unknown) and its first meaningful touch (earliest non-automated activity at or
 * after mql_at; null when none).
 */
public record LeadFacts(Lead lead, String teamId, Instant firstTouchAt) {
}
