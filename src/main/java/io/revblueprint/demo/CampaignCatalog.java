package io.revblueprint.demo;

import io.revblueprint.crm.Campaign;

import java.math.BigDecimal;
import java.util.List;

/** Marketing campaigns of the two quarters, one list per channel (channel = lead source name). */
final class CampaignCatalog {

    /** Share of campaign-channel leads whose campaign never got tagged, as in most CRMs. */
    private static final double UNTAGGED_SHARE = 0.08;

    static final List<Campaign> ALL = List.of(
            campaign("C-001", "Paid Search - Brand EMEA", "Paid Search", "18000"),
            campaign("C-002", "Paid Search - Competitor Keywords", "Paid Search", "24500"),
            campaign("C-003", "Paid Search - APAC Launch", "Paid Search", "15750"),
            campaign("C-004", "Webinar \"Revenue Leaks\" Live", "Webinar", "6200"),
            campaign("C-005", "Webinar: Forecasting Without Spreadsheets", "Webinar", "5400"),
            campaign("C-006", "Ebook: The Pipeline Velocity Playbook", "Content Download", "9800"),
            campaign("C-007", "Report: State of B2B Analytics 2026", "Content Download", "12300"),
            campaign("C-008", "Trade Show: Analytics Summit, Singapore", "Trade Show", "38000"),
            campaign("C-009", "Trade Show: RevOps World, New York", "Trade Show", "52500"),
            campaign("C-010", "Trade Show: Data Days, Berlin", "Trade Show", "31000"));

    private CampaignCatalog() {
    }

    /** The campaign a lead of that source came through, or null when the channel has none or it was not tagged. */
    static String pick(String source, Dice dice) {
        List<Campaign> ofChannel = ALL.stream().filter(campaign -> campaign.channel().equals(source)).toList();
        if (ofChannel.isEmpty() || dice.chance(UNTAGGED_SHARE)) {
            return null;
        }
        return dice.pick(ofChannel).campaignId();
    }

    private static Campaign campaign(String id, String name, String channel, String cost) {
        return new Campaign(id, name, channel, new BigDecimal(cost).setScale(2), DemoCompany.CURRENCY);
    }
}
