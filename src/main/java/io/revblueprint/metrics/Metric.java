package io.revblueprint.metrics;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The metrics of metrics.md, each defined once: its name in metrics.csv ({@link #key()}), its unit, whether a higher
 * figure is better, and (in its doc) what it counts and what happens over zero cases. Configuration, the playbook
 * and the benchmark files name metrics by key and are checked against this list.
 */
public enum Metric {

    /** MQLs of the cohort met / (met + breached) against 2 h (high intent) or 4 h; none decided → not written. */
    RESPONSE_SLA_COMPLIANCE(MetricUnits.RATIO, true),
    /** Median bh(mql_at, first touch) over cohort MQLs with a touch; none → not written. */
    LEAD_RESPONSE_HOURS_MEDIAN(MetricUnits.HOURS, false),
    /** 90th percentile (nearest rank) of bh(mql_at, first touch) over cohort MQLs with a touch; none → not written. */
    LEAD_RESPONSE_HOURS_P90(MetricUnits.HOURS, false),
    /** MQLs of the cohort met / (met + breached) from mql_at to the first accept or reject; none decided → not written. */
    ACCEPT_REJECT_SLA_COMPLIANCE(MetricUnits.RATIO, true),
    /** UNRESPONSIVE disqualifications in the period with ≥ 8 touches over ≥ 14 days / all of them; none → not written. */
    FOLLOW_UP_COMPLIANCE(MetricUnits.RATIO, true),
    /** Leads rejected or disqualified in the period with a documented reason / all of them; none → not written. */
    DISQUALIFICATION_REASON_COVERAGE(MetricUnits.RATIO, true),
    /** MQLs of the cohort, overall (also 0, for a scope that owns leads) and per source. */
    MQL_COUNT(MetricUnits.COUNT, true),
    /** MQLs with accepted_at / MQLs of the cohort; no MQLs → not written. */
    MQL_ACCEPTANCE_RATE(MetricUnits.RATIO, true),
    /** MQLs with sql_at / MQLs of the cohort, overall and per source; no MQLs → not written. */
    MQL_TO_SQL_RATE(MetricUnits.RATIO, true),
    /** SQLs of the cohort with converted_opportunity_id / SQLs of the cohort; no SQLs → not written. */
    SQL_TO_OPPORTUNITY_RATE(MetricUnits.RATIO, true),
    /** (SQLs in the last full month − in the month before) / the month before; none the month before → not written. */
    LEAD_VELOCITY_RATE(MetricUnits.RATIO, true),
    /** Won / closed, overall and per source, source_category, segment and owner; no closed deals → not written. */
    WIN_RATE(MetricUnits.RATIO, true),
    /** Won / closed among deals whose source_category is MARKETING; none closed → not written. */
    MARKETING_SOURCED_WIN_RATE(MetricUnits.RATIO, true),
    /** Lost with that reason (empty: UNKNOWN) / lost, per reason; nothing lost → not written. */
    LOSS_REASON_SHARE(MetricUnits.RATIO, false),
    /**
     * Mean amount of won deals with an amount, in the scope's one currency, or with mixed currencies in the company
     * currency (the others apart, as {@code currency=<code>}); none → not written.
     */
    AVG_WON_DEAL_SIZE(MetricUnits.CURRENCY, true),
    /** Median of (closed_at − created_at) in fractional days over won deals; none won → not written. */
    SALES_CYCLE_DAYS_MEDIAN(MetricUnits.DAYS, false),
    /** 75th percentile (nearest rank) of the won deals' cycle days; none won → not written. */
    SALES_CYCLE_DAYS_P75(MetricUnits.DAYS, false),
    /** Pearson chi-square p of source × won/lost, sources under 5 deals pooled; < 2 groups, none won or lost → not written. */
    WIN_RATE_SOURCE_CHI2_P(MetricUnits.P_VALUE, false),
    /** Open deals × win_rate × avg_won_deal_size ÷ mean cycle days; any factor missing or a zero cycle → not written. */
    PIPELINE_VELOCITY(MetricUnits.CURRENCY, true),
    /** Cohort MQLs owned by a user of the snapshot with source, score, industry and company_size / MQLs; none → not written. */
    CRM_COMPLETENESS_LEADS(MetricUnits.RATIO, true),
    /** Closed deals with an amount, a source (own or the lead's) and, when lost, a loss_reason / closed; none → not written. */
    CRM_COMPLETENESS_OPPORTUNITIES(MetricUnits.RATIO, true),
    /** Won deals whose lead_id names a lead of the snapshot / won; none won → not written. */
    ATTRIBUTION_COVERAGE(MetricUnits.RATIO, true),
    /** Won deals whose lead has a campaign_id / won; none won → not written. */
    CAMPAIGN_ATTRIBUTION_COVERAGE(MetricUnits.RATIO, true);

    private final String unit;
    private final boolean higherIsBetter;

    Metric(String unit, boolean higherIsBetter) {
        this.unit = unit;
        this.higherIsBetter = higherIsBetter;
    }

    /** The name in metrics.csv, e.g. {@code mql_to_sql_rate}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** {@link MetricUnits#RATIO}, {@code HOURS}, {@code DAYS}, {@code COUNT}, {@code P_VALUE} or {@code CURRENCY} (the deals' currency, which no published figure can be compared with). */
    public String unit() {
        return unit;
    }

    public boolean higherIsBetter() {
        return higherIsBetter;
    }

    public boolean isRate() {
        return unit.equals(MetricUnits.RATIO);
    }

    public static Optional<Metric> find(String key) {
        return Arrays.stream(values()).filter(metric -> metric.key().equals(key)).findFirst();
    }

    public static boolean isKnown(String key) {
        return find(key).isPresent();
    }

    /** Whether a higher figure is better; an unknown name counts as higher-is-better. */
    public static boolean higherIsBetter(String key) {
        return find(key).map(Metric::higherIsBetter).orElse(true);
    }

    public static boolean isRate(String key) {
        return find(key).map(Metric::isRate).orElse(false);
    }

    /** The error text for a name that is not a metric of metrics.md. */
    public static String unknown(String key) {
        return "unknown metric '" + key + "'; use a metric name of metrics.md, such as mql_to_sql_rate or win_rate";
    }
}
