package io.revblueprint.metrics;

import io.revblueprint.crm.Opportunity;
import io.revblueprint.crm.Segment;
import io.revblueprint.crm.SourceCategory;

/**
 * An opportunity with its owner's team and that team's segment, and the lead it came from when its lead_id names a
 * lead of the snapshot ({@code lead} null otherwise). Applies the contract's fallbacks to source, category, segment.
 */
public record OpportunityFacts(Opportunity opportunity, String teamId, Segment teamSegment, OriginLead lead) {

    public static final String UNKNOWN_SOURCE = "UNKNOWN";

    /** What the metrics read from the lead an opportunity came from. */
    public record OriginLead(String source, SourceCategory sourceCategory, String campaignId) {
    }

    /** Its own source, else its lead's; null when neither has one. */
    public String recordedSource() {
        if (opportunity.source() != null) {
            return opportunity.source();
        }
        return lead == null ? null : lead.source();
    }

    /** Its own source, else its lead's, else {@code UNKNOWN}. */
    public String source() {
        String source = recordedSource();
        return source == null ? UNKNOWN_SOURCE : source;
    }

    /** Its own category, else its lead's, else {@code OTHER}. */
    public SourceCategory sourceCategory() {
        if (opportunity.sourceCategory() != null) {
            return opportunity.sourceCategory();
        }
        return lead == null || lead.sourceCategory() == null ? SourceCategory.DEFAULT : lead.sourceCategory();
    }

    /** Its own segment, else its owner's team segment. */
    public Segment segment() {
        if (opportunity.segment() != null) {
            return opportunity.segment();
        }
        return teamSegment == null ? Segment.DEFAULT : teamSegment;
    }

    /** Whether its lead_id names a lead of the snapshot. */
    public boolean attributed() {
        return lead != null;
    }

    /** Whether the lead it came from has a campaign. */
    public boolean campaignAttributed() {
        return lead != null && lead.campaignId() != null;
    }
}
