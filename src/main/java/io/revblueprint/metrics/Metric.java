package io.revblueprint.metrics;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The catalogue of metrics.md, each metric defined once: its name in metrics.csv ({@link #key()}), how a reader
 * calls it, what it counts in one line, its unit, whether a higher figure is better, the target it should reach
 * unless configured otherwise, the report group it belongs to, what the snapshot must record for it to be
 * measurable, and the panels that single it out. The report, the
 * plan, the email and the table in docs/metrics.md all read this list; {@code MetricCatalogueTest} checks that
 * every entry is complete and that the docs table matches it.
 */
public enum Metric {

    RESPONSE_SLA_COMPLIANCE("Response SLA compliance", "Share of the period's MQLs touched in time: a first"
            + " non-automated touch within the response SLA in business hours on the team's calendar. MQLs still"
            + " inside their window at the snapshot are left out. Also given per tier (high intent and standard).",
            Unit.Kind.RATIO, Direction.HIGHER_IS_BETTER, 0.9, Group.SLA,
            needs(RecordedInput.HUMAN_TOUCHES), Panel.SCORECARD, Panel.TREND, Panel.HEADLINE, Panel.HEAT_MAP),
    LEAD_RESPONSE_HOURS_MEDIAN("Median lead response", "Median business hours from becoming an MQL to the first"
            + " non-automated touch, over the period's MQLs that were touched (nearest-rank method).",
            Unit.Kind.HOURS, Direction.LOWER_IS_BETTER, 4.0, Group.SLA,
            needs(RecordedInput.HUMAN_TOUCHES), Panel.SCORECARD, Panel.TREND),
    LEAD_RESPONSE_HOURS_P90("90th-percentile lead response", "The same response time at the 90th percentile: nine"
            + " in ten touched MQLs were reached at least this fast.",
            Unit.Kind.HOURS, Direction.LOWER_IS_BETTER, null, Group.SLA,
            needs(RecordedInput.HUMAN_TOUCHES), Panel.SCORECARD),
    ACCEPT_REJECT_SLA_COMPLIANCE("Accept/reject SLA compliance", "Share of MQLs that sales accepted or rejected"
            + " within the accept/reject SLA in business hours; undecided MQLs still inside the window are left out.",
            Unit.Kind.RATIO, Direction.HIGHER_IS_BETTER, null, Group.SLA,
            needs(RecordedInput.DECISIONS), Panel.SCORECARD),
    FOLLOW_UP_COMPLIANCE("Follow-up compliance", "Of the leads disqualified as unresponsive in the period, the share"
            + " that first got the minimum number of touches over the minimum number of days.",
            Unit.Kind.RATIO, Direction.HIGHER_IS_BETTER, 1.0, Group.SLA,
            needs(RecordedInput.HUMAN_TOUCHES), Panel.SCORECARD),
    DISQUALIFICATION_REASON_COVERAGE("Disqualification reason coverage", "Of the leads rejected or disqualified in"
            + " the period, the share whose reason is one of the documented codes.",
            Unit.Kind.RATIO, Direction.HIGHER_IS_BETTER, 1.0, Group.SLA,
            needs(RecordedInput.DISQUALIFICATION_REASONS), Panel.SCORECARD),
    MQL_COUNT("MQLs", "Leads that became marketing-qualified (MQL) in the period; also per source.",
            Unit.Kind.COUNT, Direction.HIGHER_IS_BETTER, null, Group.FUNNEL, needs(RecordedInput.LEADS)),
    MQL_ACCEPTANCE_RATE("MQL acceptance rate", "Share of the period's MQLs that sales accepted (sales-accepted"
            + " leads, SAL).",
            Unit.Kind.RATIO, Direction.HIGHER_IS_BETTER, 0.7, Group.FUNNEL,
            needs(RecordedInput.ACCEPTANCES), Panel.SCORECARD, Panel.HEAT_MAP),
    MQL_TO_SQL_RATE("MQL → SQL rate", "Share of the period's MQLs that became sales-qualified (SQL); also per"
            + " source.",
            Unit.Kind.RATIO, Direction.HIGHER_IS_BETTER, 0.25, Group.FUNNEL,
            needs(RecordedInput.SQL_DATES), Panel.SCORECARD, Panel.TREND,
            Panel.HEADLINE, Panel.HEAT_MAP),
    SQL_TO_OPPORTUNITY_RATE("SQL → opportunity rate", "Share of the period's SQLs that were converted into an"
            + " opportunity.",
            Unit.Kind.RATIO, Direction.HIGHER_IS_BETTER, null, Group.FUNNEL,
            needs(RecordedInput.SQL_DATES, RecordedInput.CONVERSIONS), Panel.SCORECARD),
    LEAD_VELOCITY_RATE("Lead velocity rate", "Change in the number of new SQLs from the month before to the"
            + " period's last full month, as a share of the month before.",
            Unit.Kind.RATIO, Direction.HIGHER_IS_BETTER, null, Group.FUNNEL, needs(RecordedInput.SQL_DATES)),
    WIN_RATE("Win rate", "Won over closed opportunities among those closed in the period; also per source, source"
            + " category, segment and owner. An opportunity's source is its own, else its lead's.",
            Unit.Kind.RATIO, Direction.HIGHER_IS_BETTER, null, Group.WIN_LOSS,
            needs(RecordedInput.LOST_DEALS), Panel.SCORECARD, Panel.TREND,
            Panel.HEADLINE, Panel.HEAT_MAP),
    MARKETING_SOURCED_WIN_RATE("Marketing-sourced win rate", "The win rate of opportunities whose source category"
            + " is marketing.",
            Unit.Kind.RATIO, Direction.HIGHER_IS_BETTER, null, Group.WIN_LOSS, needs(RecordedInput.LOST_DEALS)),
    LOSS_REASON_SHARE("Share of lost deals", "Of the lost opportunities, the share lost for each recorded reason"
            + " (no reason recorded: unknown).",
            Unit.Kind.RATIO, Direction.LOWER_IS_BETTER, null, Group.WIN_LOSS,
            needs(RecordedInput.LOST_DEALS, RecordedInput.LOSS_REASONS)),
    AVG_WON_DEAL_SIZE("Average won deal size", "Mean amount of the won opportunities that carry an amount.",
            Unit.Kind.MONEY, Direction.HIGHER_IS_BETTER, null, Group.WIN_LOSS, needs(RecordedInput.DEAL_AMOUNTS)),
    SALES_CYCLE_DAYS_MEDIAN("Median sales cycle", "Median days from an opportunity's creation to its close, over"
            + " the won opportunities.",
            Unit.Kind.DAYS, Direction.LOWER_IS_BETTER, null, Group.WIN_LOSS, needs(), Panel.HEAT_MAP),
    SALES_CYCLE_DAYS_P75("75th-percentile sales cycle", "The same sales cycle at the 75th percentile.",
            Unit.Kind.DAYS, Direction.LOWER_IS_BETTER, null, Group.WIN_LOSS, needs()),
    WIN_RATE_SOURCE_CHI2_P("Win rate depends on source (χ² test)", "Pearson's chi-square test (no continuity"
            + " correction) of whether winning depends on the source; sources with fewer than 5 closed deals are"
            + " pooled. A small p (below 0.05) means the differences between sources are unlikely to be chance.",
            Unit.Kind.P_VALUE, Direction.LOWER_IS_BETTER, null, Group.WIN_LOSS, needs(RecordedInput.LOST_DEALS)),
    PIPELINE_VELOCITY("Pipeline velocity", "Open opportunities at the snapshot × win rate × average won deal size"
            + " ÷ mean sales cycle in days: the won revenue the pipeline is expected to produce per day.",
            Unit.Kind.MONEY_PER_DAY, Direction.HIGHER_IS_BETTER, null, Group.WIN_LOSS,
            needs(RecordedInput.LOST_DEALS, RecordedInput.DEAL_AMOUNTS)),
    CRM_COMPLETENESS_LEADS("CRM completeness, leads", "Share of the period's MQLs with a known owner and a source,"
            + " score, industry and company size.",
            Unit.Kind.RATIO, Direction.HIGHER_IS_BETTER, 1.0, Group.DATA_HEALTH,
            needs(RecordedInput.LEADS, RecordedInput.LEAD_SCORES, RecordedInput.INDUSTRIES, RecordedInput.COMPANY_SIZES)),
    CRM_COMPLETENESS_OPPORTUNITIES("CRM completeness, opportunities", "Share of the closed opportunities with an"
            + " amount, a source and, when lost, a loss reason.",
            Unit.Kind.RATIO, Direction.HIGHER_IS_BETTER, null, Group.DATA_HEALTH,
            needs(RecordedInput.DEAL_AMOUNTS, RecordedInput.LOSS_REASONS)),
    ATTRIBUTION_COVERAGE("Attribution coverage", "Share of the won opportunities that name a lead of the snapshot.",
            Unit.Kind.RATIO, Direction.HIGHER_IS_BETTER, 1.0, Group.DATA_HEALTH, needs(RecordedInput.LEAD_LINKS)),
    CAMPAIGN_ATTRIBUTION_COVERAGE("Campaign attribution coverage", "Share of the won opportunities whose lead"
            + " names a campaign.",
            Unit.Kind.RATIO, Direction.HIGHER_IS_BETTER, null, Group.DATA_HEALTH,
            needs(RecordedInput.LEAD_LINKS, RecordedInput.CAMPAIGNS));

    /** Which side of a line is the good one. */
    public enum Direction { HIGHER_IS_BETTER, LOWER_IS_BETTER }

    /** The part of a blueprint a metric is reported in. */
    public enum Group { SLA, FUNNEL, WIN_LOSS, DATA_HEALTH }

    /**
     * Where a metric is singled out beyond its group: the SLA scorecard, the trend panels, the headline tiles and
     * email, and the executive summary's team × metric heat map.
     */
    public enum Panel { SCORECARD, TREND, HEADLINE, HEAT_MAP }

    private final String label;
    private final String definition;
    private final Unit.Kind unit;
    private final Direction direction;
    private final Double defaultTarget;
    private final Group group;
    private final Set<RecordedInput> inputs;
    private final Set<Panel> panels;

    Metric(String label, String definition, Unit.Kind unit, Direction direction, Double defaultTarget, Group group,
           Set<RecordedInput> inputs, Panel... panels) {
        this.label = label;
        this.definition = definition;
        this.unit = unit;
        this.direction = direction;
        this.defaultTarget = defaultTarget;
        this.group = group;
        this.inputs = inputs;
        this.panels = panels.length == 0 ? EnumSet.noneOf(Panel.class) : EnumSet.copyOf(Arrays.asList(panels));
    }

    /** The name in metrics.csv, e.g. {@code mql_to_sql_rate}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** How a reader calls it, e.g. "MQL → SQL rate". */
    public String label() {
        return label;
    }

    /** What it counts, in one or two sentences for the reader (the exact rule is in metrics.md). */
    public String definition() {
        return definition;
    }

    public Unit.Kind unit() {
        return unit;
    }

    public Direction direction() {
        return direction;
    }

    public boolean higherIsBetter() {
        return direction == Direction.HIGHER_IS_BETTER;
    }

    public boolean isRate() {
        return unit == Unit.Kind.RATIO;
    }

    /** The level to reach when configuration sets none (a floor, or a ceiling when lower is better); null for none. */
    public Double defaultTarget() {
        return defaultTarget;
    }

    public Group group() {
        return group;
    }

    /** What the snapshot must record at all for this metric to be measurable. */
    public Set<RecordedInput> inputs() {
        return inputs;
    }

    public boolean isShownIn(Panel panel) {
        return panels.contains(panel);
    }

    /** The metrics a panel singles out, in catalogue order. */
    public static List<Metric> shownIn(Panel panel) {
        return Arrays.stream(values()).filter(metric -> metric.isShownIn(panel)).toList();
    }

    /** The metrics of a report group, in catalogue order. */
    public static List<Metric> inGroup(Group group) {
        return Arrays.stream(values()).filter(metric -> metric.group() == group).toList();
    }

    /** The metric named {@code key} in metrics.csv; an unknown name is an error that says what to use. */
    public static Metric fromKey(String key) {
        return Arrays.stream(values()).filter(metric -> metric.key().equals(key)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown metric '" + key
                        + "'; use a metric name of metrics.md, such as mql_to_sql_rate or win_rate"));
    }

    @Override
    public String toString() {
        return key();
    }

    private static Set<RecordedInput> needs(RecordedInput... inputs) {
        return inputs.length == 0 ? Set.of() : Set.copyOf(EnumSet.copyOf(Arrays.asList(inputs)));
    }
}
