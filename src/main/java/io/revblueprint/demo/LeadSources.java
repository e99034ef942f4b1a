package io.revblueprint.demo;

import io.revblueprint.crm.SourceCategory;

import java.util.List;

/** The channels leads come from, weighted by how many leads each brings. */
final class LeadSources {

    static final String PAID_SEARCH = "Paid Search";

    static final List<LeadSource> ALL = List.of(
            new LeadSource("Webinar", SourceCategory.MARKETING, 14, 35, 95),
            new LeadSource(PAID_SEARCH, SourceCategory.MARKETING, 20, 15, 90),
            new LeadSource("Content Download", SourceCategory.MARKETING, 16, 10, 85),
            new LeadSource("Trade Show", SourceCategory.MARKETING, 7, 30, 92),
            new LeadSource("Demo Request", SourceCategory.MARKETING, 8, 60, 100),
            new LeadSource("Referral", SourceCategory.OTHER, 6, 45, 98),
            new LeadSource("Partner", SourceCategory.PARTNER, 8, 35, 92),
            new LeadSource("Outbound", SourceCategory.SALES, 21, 5, 65));

    private LeadSources() {
    }
}
