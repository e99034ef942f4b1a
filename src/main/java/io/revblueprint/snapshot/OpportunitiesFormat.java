package io.revblueprint.snapshot;

import io.revblueprint.crm.Opportunity;
import io.revblueprint.crm.Segment;
import io.revblueprint.crm.SourceCategory;

import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

/** opportunities.csv: won implies closed, a closed deal has a closed_at not before created_at. */
final class OpportunitiesFormat extends SnapshotFormat<Opportunity> {

    OpportunitiesFormat() {
        super("opportunities.csv", true, "crm_opportunity", "opportunity_id",
                List.of("opportunity_id", "created_at", "owner_id", "stage", "is_closed", "is_won", "closed_at"),
                List.of("lead_id", "account_id", "source", "source_category", "segment", "amount", "currency",
                        "loss_reason", "competitor"),
                List.of("opportunity_id", "created_at", "owner_id", "lead_id", "account_id", "source",
                        "source_category", "segment", "amount", "currency", "stage", "is_closed", "is_won",
                        "closed_at", "loss_reason", "competitor"));
    }

    @Override
    Opportunity parse(Fields fields) {
        Opportunity opportunity = new Opportunity(
                fields.requiredText("opportunity_id"),
                fields.requiredInstant("created_at"),
                fields.requiredText("owner_id"),
                fields.text("lead_id"),
                fields.text("account_id"),
                fields.text("source"),
                fields.enumValue("source_category", SourceCategory.class, null),
                fields.enumValue("segment", Segment.class, null),
                fields.decimal("amount"),
                fields.currency("currency"),
                fields.requiredText("stage"),
                fields.requiredBool("is_closed"),
                fields.requiredBool("is_won"),
                fields.instant("closed_at"),
                fields.text("loss_reason"),
                fields.text("competitor"));
        checkClosing(opportunity);
        return opportunity;
    }

    private static void checkClosing(Opportunity opportunity) {
        if (opportunity.won() && !opportunity.closed()) {
            throw Fields.reject("is_won", "won but not closed");
        }
        Instant closedAt = opportunity.closedAt();
        if (opportunity.closed() && closedAt == null) {
            throw Fields.reject("closed_at", "closed without closed_at");
        }
        if (closedAt != null && closedAt.isBefore(opportunity.createdAt())) {
            throw Fields.reject("closed_at", "closed_at before created_at");
        }
    }

    @Override
    void bind(RowValues values, Opportunity opportunity) throws SQLException {
        values.text(opportunity.opportunityId()).instant(opportunity.createdAt()).text(opportunity.ownerId())
                .text(opportunity.leadId()).text(opportunity.accountId()).text(opportunity.source())
                .name(opportunity.sourceCategory()).name(opportunity.segment()).decimal(opportunity.amount())
                .text(opportunity.currency()).text(opportunity.stage()).bool(opportunity.closed())
                .bool(opportunity.won()).instant(opportunity.closedAt()).text(opportunity.lossReason())
                .text(opportunity.competitor());
    }

    @Override
    String id(Opportunity opportunity) {
        return opportunity.opportunityId();
    }

    @Override
    List<Reference<Opportunity>> references() {
        return List.of(new Reference<>("owner_id", "user", "crm_user", "user_id", Opportunity::ownerId));
    }
}
