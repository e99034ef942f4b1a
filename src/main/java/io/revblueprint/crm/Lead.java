package io.revblueprint.crm;

import java.time.Instant;

/** A lead and its lifecycle timestamps; an MQL once {@code mqlAt} is set. */
public record Lead(
        String leadId,
        Instant createdAt,
        String ownerId,
        String source,
        SourceCategory sourceCategory,
        String campaignId,
        Integer score,
        String industry,
        Integer companySize,
        String country,
        Instant mqlAt,
        Instant acceptedAt,
        Instant rejectedAt,
        Instant sqlAt,
        Instant disqualifiedAt,
        String disqualificationReason,
        String convertedOpportunityId) {

    public boolean isMql() {
        return mqlAt != null;
    }
}
