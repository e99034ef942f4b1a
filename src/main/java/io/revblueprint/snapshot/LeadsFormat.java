package io.revblueprint.snapshot;

import io.revblueprint.crm.Lead;
import io.revblueprint.crm.SourceCategory;
import io.revblueprint.metrics.OpportunityFacts;

import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;

/** leads.csv, with the lifecycle order of its timestamps. */
final class LeadsFormat extends SnapshotFormat<Lead> {

    /** A lead's timestamp and the column it is read from. */
    private record Stamp(String column, Function<Lead, Instant> time) {
    }

    private static final Stamp CREATED = new Stamp("created_at", Lead::createdAt);
    private static final Stamp MQL = new Stamp("mql_at", Lead::mqlAt);
    private static final Stamp ACCEPTED = new Stamp("accepted_at", Lead::acceptedAt);
    private static final Stamp REJECTED = new Stamp("rejected_at", Lead::rejectedAt);
    private static final Stamp SQL = new Stamp("sql_at", Lead::sqlAt);
    private static final Stamp DISQUALIFIED = new Stamp("disqualified_at", Lead::disqualifiedAt);

    /** Two timestamps that must be in this order when both are set. */
    private record InOrder(Stamp earlier, Stamp later) {
    }

    /** Created ≤ mql ≤ each decision, accepted ≤ sql, created ≤ each decision. */
    private static final List<InOrder> LIFECYCLE_ORDER = List.of(
            new InOrder(CREATED, MQL),
            new InOrder(MQL, ACCEPTED),
            new InOrder(MQL, REJECTED),
            new InOrder(MQL, SQL),
            new InOrder(MQL, DISQUALIFIED),
            new InOrder(ACCEPTED, SQL),
            new InOrder(CREATED, ACCEPTED),
            new InOrder(CREATED, REJECTED),
            new InOrder(CREATED, SQL),
            new InOrder(CREATED, DISQUALIFIED));

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
        for (InOrder pair : LIFECYCLE_ORDER) {
            Instant earlier = pair.earlier().time().apply(lead);
            Instant later = pair.later().time().apply(lead);
            if (earlier != null && later != null && later.isBefore(earlier)) {
                throw Fields.reject(pair.later().column(), pair.later().column() + " before " + pair.earlier().column());
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
