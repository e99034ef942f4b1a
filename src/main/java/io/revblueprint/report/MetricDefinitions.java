package io.revblueprint.report;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Each metric of metrics.md in words, for the method appendix, in the order the blueprint presents them. */
final class MetricDefinitions {

    private static final Map<String, String> DEFINITIONS = new LinkedHashMap<>();

    static {
        define("response_sla_compliance", "Share of the period's MQLs touched in time: a first non-automated touch "
                + "within the response SLA in business hours on the team's calendar. MQLs still inside their window "
                + "at the snapshot are left out. Also given per tier (high intent and standard).");
        define("lead_response_hours_median", "Median business hours from becoming an MQL to the first "
                + "non-automated touch, over the period's MQLs that were touched (nearest-rank method).");
        define("lead_response_hours_p90", "The same response time at the 90th percentile: nine in ten touched MQLs "
                + "were reached at least this fast.");
        define("accept_reject_sla_compliance", "Share of MQLs that sales accepted or rejected within the "
                + "accept/reject SLA in business hours; undecided MQLs still inside the window are left out.");
        define("follow_up_compliance", "Of the leads disqualified as unresponsive in the period, the share that "
                + "first got the minimum number of touches over the minimum number of days.");
        define("disqualification_reason_coverage", "Of the leads rejected or disqualified in the period, the share "
                + "whose reason is one of the documented codes.");
        define("mql_count", "Leads that became marketing-qualified (MQL) in the period; also per source.");
        define("mql_acceptance_rate", "Share of the period's MQLs that sales accepted (sales-accepted leads, SAL).");
        define("mql_to_sql_rate", "Share of the period's MQLs that became sales-qualified (SQL); also per source.");
        define("sql_to_opportunity_rate", "Share of the period's SQLs that were converted into an opportunity.");
        define("lead_velocity_rate", "Change in the number of new SQLs from the month before to the period's last "
                + "full month, as a share of the month before.");
        define("win_rate", "Won over closed opportunities among those closed in the period; also per source, source "
                + "category, segment and owner. An opportunity's source is its own, else its lead's.");
        define("marketing_sourced_win_rate", "The win rate of opportunities whose source category is marketing.");
        define("loss_reason_share", "Of the lost opportunities, the share lost for each recorded reason (no "
                + "reason recorded: unknown).");
        define("avg_won_deal_size", "Mean amount of the won opportunities that carry an amount.");
        define("sales_cycle_days_median", "Median days from an opportunity's creation to its close, over the won "
                + "opportunities.");
        define("sales_cycle_days_p75", "The same sales cycle at the 75th percentile.");
        define("win_rate_source_chi2_p", "Pearson's chi-square test (no continuity correction) of whether winning "
                + "depends on the source; sources with fewer than 5 closed deals are pooled. A small p (below 0.05) "
                + "means the differences between sources are unlikely to be chance.");
        define("pipeline_velocity", "Open opportunities at the snapshot × win rate × average won deal size ÷ mean "
                + "sales cycle in days: the won revenue the pipeline is expected to produce per day.");
        define("crm_completeness_leads", "Share of the period's MQLs with a known owner and a source, score, "
                + "industry and company size.");
        define("crm_completeness_opportunities", "Share of the closed opportunities with an amount, a source and, "
                + "when lost, a loss reason.");
        define("attribution_coverage", "Share of the won opportunities that name a lead of the snapshot.");
        define("campaign_attribution_coverage", "Share of the won opportunities whose lead names a campaign.");
    }

    private MetricDefinitions() {
    }

    static Optional<String> of(String metric) {
        return Optional.ofNullable(DEFINITIONS.get(metric));
    }

    /** Every defined metric, in presentation order. */
    static Iterable<String> metrics() {
        return DEFINITIONS.keySet();
    }

    private static void define(String metric, String definition) {
        DEFINITIONS.put(metric, definition);
    }
}
