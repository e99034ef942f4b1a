package io.revblueprint.report;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/** Reader-facing names for the metric ids of metrics.md and their dimensions. */
final class MetricLabels {

    private static final Map<String, String> NAMES = Map.ofEntries(
            Map.entry("response_sla_compliance", "Response SLA compliance"),
            Map.entry("lead_response_hours_median", "Median lead response"),
            Map.entry("lead_response_hours_p90", "90th-percentile lead response"),
            Map.entry("accept_reject_sla_compliance", "Accept/reject SLA compliance"),
            Map.entry("follow_up_compliance", "Follow-up compliance"),
            Map.entry("disqualification_reason_coverage", "Disqualification reason coverage"),
            Map.entry("mql_count", "MQLs"),
            Map.entry("mql_acceptance_rate", "MQL acceptance rate"),
            Map.entry("mql_to_sql_rate", "MQL → SQL rate"),
            Map.entry("sql_to_opportunity_rate", "SQL → opportunity rate"),
            Map.entry("lead_velocity_rate", "Lead velocity rate"),
            Map.entry("win_rate", "Win rate"),
            Map.entry("marketing_sourced_win_rate", "Marketing-sourced win rate"),
            Map.entry("loss_reason_share", "Share of lost deals"),
            Map.entry("avg_won_deal_size", "Average won deal size"),
            Map.entry("sales_cycle_days_median", "Median sales cycle"),
            Map.entry("sales_cycle_days_p75", "75th-percentile sales cycle"),
            Map.entry("win_rate_source_chi2_p", "Win rate depends on source (χ² test)"),
            Map.entry("pipeline_velocity", "Pipeline velocity"),
            Map.entry("crm_completeness_leads", "CRM completeness, leads"),
            Map.entry("crm_completeness_opportunities", "CRM completeness, opportunities"),
            Map.entry("attribution_coverage", "Attribution coverage"),
            Map.entry("campaign_attribution_coverage", "Campaign attribution coverage"));

    // Enum-like codes (HIGH_INTENT, NO_BUDGET) read better as words; names ("Webinar") and acronyms ("PPC") stay.
    private static final Pattern CODE = Pattern.compile("[A-Z0-9_]*_[A-Z0-9_]*|[A-Z0-9]{5,}");

    private MetricLabels() {
    }

    /** "Win rate · source: Webinar" for metric win_rate with dimension source=Webinar. */
    static String label(String metric, String dimension) {
        String name = NAMES.getOrDefault(metric, words(metric));
        return dimension == null || dimension.isBlank() ? name : name + " · " + dimension(dimension);
    }

    /** The value part of a dimension as a reader says it: "source=Webinar" → "Webinar", "tier=HIGH_INTENT" → "High intent". */
    static String dimensionValue(String dimension) {
        String[] keyValue = dimension.split("=", 2);
        return keyValue.length < 2 ? dimension : value(keyValue[1]);
    }

    private static String dimension(String dimension) {
        String[] keyValue = dimension.split("=", 2);
        if (keyValue.length < 2) {
            return dimension;
        }
        return keyValue[0].replace('_', ' ') + ": " + value(keyValue[1]);
    }

    private static String value(String value) {
        return CODE.matcher(value).matches() ? words(value.toLowerCase(Locale.ROOT)) : value;
    }

    private static String words(String snakeCase) {
        String spaced = snakeCase.replace('_', ' ');
        return spaced.isEmpty() ? spaced : Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
    }
}
