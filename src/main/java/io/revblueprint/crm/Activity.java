package io.revblueprint.crm;

import java.time.Instant;

/** A touch on a lead or an opportunity; automated touches never count as a first response. */
public record Activity(
        String activityId, String leadId, String opportunityId, String ownerId,
        ActivityType type, Instant occurredAt, boolean automated) {
}
