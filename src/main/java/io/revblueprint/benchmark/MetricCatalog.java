package io.revblueprint.benchmark;

import io.revblueprint.metrics.MetricUnits;

import java.util.Map;
import java.util.Optional;

/**
 * The metrics of metrics.md: the unit their figures are stated in and whether a higher figure is better.
 * Configuration, the playbook and the benchmark files name metrics; this is what they are checked against.
 */
public final class MetricCatalog {

    /** The unit of amounts: the team's currency, so no published figure can be compared with it. */
    public static final String CURRENCY = "currency";
    public static final String P_VALUE = "p";

    /** A metric's unit and direction. */
    public record Spec(String name, String unit, boolean higherIsBetter) {
    }

    private static final Map<String, Spec> METRICS = Map.ofEntries(
            higher("response_sla_compliance", MetricUnits.RATIO),
            lower("lead_response_hours_median", MetricUnits.HOURS),
            lower("lead_response_hours_p90", MetricUnits.HOURS),
            higher("accept_reject_sla_compliance", MetricUnits.RATIO),
            higher("follow_up_compliance", MetricUnits.RATIO),
            higher("disqualification_reason_coverage", MetricUnits.RATIO),
            higher("mql_count", MetricUnits.COUNT),
            higher("mql_acceptance_rate", MetricUnits.RATIO),
            higher("mql_to_sql_rate", MetricUnits.RATIO),
            higher("sql_to_opportunity_rate", MetricUnits.RATIO),
            higher("lead_velocity_rate", MetricUnits.RATIO),
            higher("win_rate", MetricUnits.RATIO),
            higher("marketing_sourced_win_rate", MetricUnits.RATIO),
            lower("loss_reason_share", MetricUnits.RATIO),
            higher("avg_won_deal_size", CURRENCY),
            lower("sales_cycle_days_median", MetricUnits.DAYS),
            lower("sales_cycle_days_p75", MetricUnits.DAYS),
            lower("win_rate_source_chi2_p", P_VALUE),
            higher("pipeline_velocity", CURRENCY),
            higher("crm_completeness_leads", MetricUnits.RATIO),
            higher("crm_completeness_opportunities", MetricUnits.RATIO),
            higher("attribution_coverage", MetricUnits.RATIO),
            higher("campaign_attribution_coverage", MetricUnits.RATIO));

    private MetricCatalog() {
    }

    public static Optional<Spec> find(String metric) {
        return Optional.ofNullable(METRICS.get(metric));
    }

    public static boolean isKnown(String metric) {
        return METRICS.containsKey(metric);
    }

    /** Whether a higher figure is better; unknown metrics count as higher-is-better. */
    public static boolean higherIsBetter(String metric) {
        return find(metric).map(Spec::higherIsBetter).orElse(true);
    }

    public static boolean isRate(String metric) {
        return find(metric).map(spec -> spec.unit().equals(MetricUnits.RATIO)).orElse(false);
    }

    /** The error text for a name that is not a metric of metrics.md. */
    public static String unknown(String metric) {
        return "unknown metric '" + metric + "'; use a metric name of metrics.md, such as mql_to_sql_rate or win_rate";
    }

    private static Map.Entry<String, Spec> higher(String name, String unit) {
        return Map.entry(name, new Spec(name, unit, true));
    }

    private static Map.Entry<String, Spec> lower(String name, String unit) {
        return Map.entry(name, new Spec(name, unit, false));
    }
}
