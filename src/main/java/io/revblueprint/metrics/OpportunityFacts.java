package io.revblueprint.metrics;

import io.revblueprint.crm.Opportunity;
import io.revblueprint.crm.SourceCategory;

/**
 * An opportunity with the attributes metrics group it by, already resolved: its team (the owner's), and its
 * source and category (its own, else its lead's; a source still empty is UNKNOWN).
 */
public record OpportunityFacts(Opportunity opportunity, String teamId, String source, SourceCategory sourceCategory) {

    public static final String UNKNOWN_SOURCE = "UNKNOWN";
}
