package io.revblueprint.snapshot;

import io.revblueprint.crm.Campaign;

import java.sql.SQLException;
import java.util.List;

/** campaigns.csv (optional) */
final class CampaignsFormat extends SnapshotFormat<Campaign> {

    CampaignsFormat() {
        super("campaigns.csv", false, "crm_campaign", "campaign_id",
                List.of("campaign_id"),
                List.of("name", "channel", "cost", "currency"),
                List.of("campaign_id", "name", "channel", "cost", "currency"));
    }

    @Override
    Campaign parse(Fields fields) {
        return new Campaign(
                fields.requiredText("campaign_id"),
                fields.text("name"),
                fields.text("channel"),
                fields.decimal("cost"),
                fields.currency("currency"));
    }

    @Override
    void bind(RowValues values, Campaign campaign) throws SQLException {
        values.text(campaign.campaignId()).text(campaign.name()).text(campaign.channel()).decimal(campaign.cost())
                .text(campaign.currency());
    }

    @Override
    String id(Campaign campaign) {
        return campaign.campaignId();
    }
}
