package io.revblueprint.demo;

import java.time.Instant;

/**
 * A lead as it enters the CRM, before anyone works it.
 *
 * @param team    the owner's team; null when the lead has no known owner
 * @param owner   the owning SDR; null when unassigned or when {@code ownerId} names nobody
 * @param ownerId what the CRM holds in the owner field (may name a user that does not exist)
 */
record Prospect(
        Instant createdAt,
        DemoTeam team,
        DemoUser owner,
        String ownerId,
        LeadSource source,
        String campaignId,
        int score,
        Firmographics firmographics) {

    /** Above this score a lead is high intent and gets the tighter response target. */
    static final int HIGH_INTENT_ABOVE = 85;

    boolean isHighIntent() {
        return score > HIGH_INTENT_ABOVE;
    }
}
