package io.revblueprint.snapshot;

import io.revblueprint.crm.Lead;
import io.revblueprint.crm.SourceCategory;
import io.revblueprint.metrics.OpportunityFacts;

import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** leads.csv, with the lifecycle order of its timestamps. */
final class LeadsFormat extends SnapshotFormat<Lead> {

    /** Each pair must be in order when both are set: created ≤ mql ≤ each decision, accepted ≤ sql. */
    private static final List<String[]> LIFECYCLE_ORDER = List.of(
            new String[] {"created_at", "mql_at"},
            new String[] {"mql_at", "accepted_at"},
            new String[] {"mql_at", "rejected_at"},
            new String[] {"mql_at", "sql_at"},
            new String[] {"mql_at", "disqualified_at"},
            new String[] {"accepted_at", "sql_at"},
            new String[] {"created_at", "accepted_at"},
            new String[] {"created_at", "rejected_at"},
            new String[] {"created_at", "sql_at"},
            new String[] {"created_at", "disqualified_at"});

    LeadsFormat() {
        super("leads.csv", true, "crm_lead", "lead_id",
                List.of("lead_id", "created_at", "source"),
                List.of("owner_id", "source_category", "campaign_id", "score", "industry", "company_size", "country",
                        "mql_at", "accepted_at", "rejected_at", "sql_at", "disqualified_at", "disqualification_reason",
                        "converted_opportunity_id"),
                List.of("lead_id", "created_at", "owner_id", "source", "source_category", "campaign_id", "score",
                        "industry", "company_size", "country", "mql_at", "accepted_at", "rejected_at", "sql_at",
                        "disqualified_at", "disqualification_reason", "converted_opportunity_id"));
    }

    @Override
    Lead parse(Fields fields) {
        Lead lead = new Lead(
                fields.requiredText("lead_id"),
                fields.requiredInstant("created_at"),
                fields.text("owner_id"),
                sourceOf(fields),
                fields.enumValue("source_category", SourceCategory.class, SourceCategory.DEFAULT),
                fields.text("campaign_id"),
                fields.integer("score"),
                fields.text("industry"),
                fields.integer("company_size"),
                fields.text("country"),
                fields.instant("mql_at"),
                fields.instant("accepted_at"),
                fields.instant("rejected_at"),
                fields.instant("sql_at"),
                fields.instant("disqualified_at"),
                fields.text("disqualification_reason"),
                fields.text("converted_opportunity_id"));
        checkLifecycle(lead);
        return lead;
    }

    /** An empty source is the source UNKNOWN (counted by attribution coverage), not a bad row. */
    private static String sourceOf(Fields fields) {
        String source = fields.text("source");
        return source == null ? OpportunityFacts.UNKNOWN_SOURCE : source;
    }

    private static void checkLifecycle(Lead lead) {
        Map<String, Instant> times = new java.util.HashMap<>();
        times.put("created_at", lead.createdAt());
        times.put("mql_at", lead.mqlAt());
        times.put("accepted_at", lead.acceptedAt());
        times.put("rejected_at", lead.rejectedAt());
        times.put("sql_at", lead.sqlAt());
        times.put("disqualified_at", lead.disqualifiedAt());
        for (String[] pair : LIFECYCLE_ORDER) {
            Instant earlier = times.get(pair[0]);
            Instant later = times.get(pair[1]);
            if (earlier != null && later != null && later.isBefore(earlier)) {
                throw Fields.reject(pair[1], pair[1] + " before " + pair[0]);
            }
        }
    }

    @Override
    void bind(RowValues values, Lead lead) throws SQLException {
        values.text(lead.leadId()).instant(lead.createdAt()).text(lead.ownerId()).text(lead.source())
                .name(lead.sourceCategory()).text(lead.campaignId()).integer(lead.score()).text(lead.industry())
                .integer(lead.companySize()).text(lead.country()).instant(lead.mqlAt()).instant(lead.acceptedAt())
                .instant(lead.rejectedAt()).instant(lead.sqlAt()).instant(lead.disqualifiedAt())
                .text(lead.disqualificationReason()).text(lead.convertedOpportunityId());
    }

    @Override
    String id(Lead lead) {
        return lead.leadId();
    }
}
