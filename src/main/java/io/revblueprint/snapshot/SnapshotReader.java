package io.revblueprint.snapshot;

import io.revblueprint.crm.Lead;
import io.revblueprint.crm.Opportunity;
import io.revblueprint.crm.Role;
import io.revblueprint.crm.Segment;
import io.revblueprint.crm.SourceCategory;
import io.revblueprint.crm.Team;
import io.revblueprint.crm.TeamFunction;
import io.revblueprint.crm.User;
import io.revblueprint.crm.WorkCalendar;
import io.revblueprint.metrics.DispositionFacts;
import io.revblueprint.metrics.LeadFacts;
import io.revblueprint.metrics.LeadTotals;
import io.revblueprint.metrics.OpportunityFacts;
import io.revblueprint.metrics.Period;
import io.revblueprint.metrics.RecordedInput;
import io.revblueprint.metrics.RecordedInputs;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/** Reads a published snapshot back: its teams and people, and its cohorts streamed row by row. */
@Component
public class SnapshotReader {

    private static final String LEAD_COLUMNS = "l.lead_id, l.created_at, l.owner_id, l.source, l.source_category,"
            + " l.campaign_id, l.score, l.industry, l.company_size, l.country, l.mql_at, l.accepted_at, l.rejected_at,"
            + " l.sql_at, l.disqualified_at, l.disqualification_reason, l.converted_opportunity_id";

    /** FROM and WHERE of a query over a snapshot's leads joined to their owners (none when unknown). */
    private static final String LEADS_WITH_OWNER = " FROM crm_lead l"
            + " LEFT JOIN crm_user u ON u.snapshot_id = l.snapshot_id AND u.user_id = l.owner_id WHERE l.snapshot_id = ?";

    private final JdbcTemplate jdbc;
    /** The cohorts: hundreds of thousands of rows at 1M leads, mapped while MySQL still produces them. */
    private final JdbcTemplate cohorts;

    public SnapshotReader(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.cohorts = MySql.streaming(jdbc);
    }

    public PublishedSnapshot snapshot(long snapshotId) {
        return jdbc.queryForObject("SELECT snapshot_id, as_of, company, timezone, row_count FROM snapshot"
                        + " WHERE snapshot_id = ?",
                (rs, i) -> {
                    ZoneId zone = ZoneId.of(rs.getString("timezone"));
                    return new PublishedSnapshot(rs.getLong("snapshot_id"), Instant.ofEpochMilli(rs.getLong("as_of")),
                            rs.getString("company"), zone, rs.getLong("row_count"), recordedInputs(snapshotId),
                            mqlDays(snapshotId, zone));
                }, snapshotId);
    }

    /**
     * The snapshot if it is still stored, else the published import of the same as_of that replaced it (importing
     * an export again, for another period, replaces its earlier import); empty when neither is stored.
     */
    public Optional<Long> storedOrReplacement(long snapshotId, Instant asOf) {
        return jdbc.queryForList("SELECT snapshot_id FROM snapshot WHERE snapshot_id = ? OR (as_of = ? AND status = ?)"
                        + " ORDER BY CASE WHEN snapshot_id = ? THEN 0 ELSE 1 END", Long.class, snapshotId,
                asOf.toEpochMilli(), SnapshotRepository.PUBLISHED, snapshotId).stream().findFirst();
    }

    /** Two seeks into {@code crm_lead_by_mql}. */
    private Period mqlDays(long snapshotId, ZoneId zone) {
        return jdbc.queryForObject("SELECT MIN(mql_at) AS first_mql, MAX(mql_at) AS last_mql FROM crm_lead"
                        + " WHERE snapshot_id = ?", (rs, i) -> rs.getObject("first_mql") == null ? null
                        : Period.daysOf(Instant.ofEpochMilli(rs.getLong("first_mql")),
                        Instant.ofEpochMilli(rs.getLong("last_mql")), zone), snapshotId);
    }

    private RecordedInputs recordedInputs(long snapshotId) {
        Map<RecordedInput, Long> rows = new EnumMap<>(RecordedInput.class);
        jdbc.query("SELECT input, recorded FROM snapshot_input WHERE snapshot_id = ?",
                rs -> {
                    rows.put(RecordedInput.valueOf(rs.getString("input")), rs.getLong("recorded"));
                }, snapshotId);
        return new RecordedInputs(rows);
    }

    /** Teams with their calendars, holidays included, ordered by id. */
    public List<Team> teams(long snapshotId) {
        Map<String, Set<LocalDate>> holidays = holidays(snapshotId);
        return jdbc.query("SELECT * FROM crm_team WHERE snapshot_id = ? ORDER BY team_id", (rs, i) -> new Team(
                rs.getString("team_id"),
                rs.getString("name"),
                TeamFunction.valueOf(rs.getString("team_function")),
                Segment.valueOf(rs.getString("segment")),
                new WorkCalendar(ZoneId.of(rs.getString("timezone")),
                        LocalTime.parse(rs.getString("workday_start")),
                        LocalTime.parse(rs.getString("workday_end")),
                        Workdays.parse(rs.getString("workdays")),
                        holidays.getOrDefault(rs.getString("holiday_calendar"), Set.of())),
                rs.getString("marketing_team_id")), snapshotId);
    }

    public List<User> users(long snapshotId) {
        return jdbc.query("SELECT * FROM crm_user WHERE snapshot_id = ? ORDER BY user_id", (rs, i) -> new User(
                rs.getString("user_id"), rs.getString("name"), rs.getString("email"),
                Role.valueOf(rs.getString("role")), rs.getString("team_id"), rs.getBoolean("active")), snapshotId);
    }

    /**
     * Leads with mql_at in [from, to), each with its owner's team and first meaningful touch, in one statement: the
     * first human touch at or after mql_at is one seek into {@code crm_activity_touches}, which covers it. (Grouping
     * the cohort's touches in a derived table instead made MySQL sort them in an on-disk temporary table: 8× slower
     * at 1M leads.)
     */
    public void mqlCohort(long snapshotId, Instant from, Instant to, Consumer<LeadFacts> consumer) {
        cohorts.query("SELECT " + LEAD_COLUMNS + ", u.team_id,"
                        + " (SELECT MIN(a.occurred_at) FROM crm_activity a WHERE a.snapshot_id = l.snapshot_id"
                        + "   AND a.lead_id = l.lead_id AND a.automated = FALSE AND a.occurred_at >= l.mql_at)"
                        + "   AS first_touch_at"
                        + LEADS_WITH_OWNER + " AND l.mql_at >= ? AND l.mql_at < ?",
                rs -> {
                    consumer.accept(new LeadFacts(lead(rs), teamOf(rs), instant(rs, "first_touch_at")));
                }, snapshotId, from.toEpochMilli(), to.toEpochMilli());
    }

    /**
     * Leads disqualified or rejected in [from, to), each once, with its owner's team and its follow-up touches:
     * activities on it from mql_at (created_at when never an MQL) to disqualified_at, both inclusive, counted by one
     * range of {@code crm_activity_touches} per lead within the statement.
     */
    public void dispositions(long snapshotId, Instant from, Instant to, Consumer<DispositionFacts> consumer) {
        cohorts.query("SELECT " + LEAD_COLUMNS + ", u.team_id,"
                        + " (SELECT COUNT(*) FROM crm_activity a WHERE a.snapshot_id = l.snapshot_id"
                        + "   AND a.lead_id = l.lead_id AND a.occurred_at >= COALESCE(l.mql_at, l.created_at)"
                        + "   AND a.occurred_at <= l.disqualified_at) AS follow_up_touches"
                        + LEADS_WITH_OWNER + " AND l.disqualified_at >= ? AND l.disqualified_at < ?"
                        + " UNION ALL"
                        + " SELECT " + LEAD_COLUMNS + ", u.team_id, 0"
                        + LEADS_WITH_OWNER + " AND l.rejected_at >= ? AND l.rejected_at < ?"
                        + "   AND (l.disqualified_at IS NULL OR l.disqualified_at < ? OR l.disqualified_at >= ?)",
                rs -> {
                    consumer.accept(new DispositionFacts(lead(rs), teamOf(rs), rs.getLong("follow_up_touches")));
                }, snapshotId, from.toEpochMilli(), to.toEpochMilli(),
                snapshotId, from.toEpochMilli(), to.toEpochMilli(), from.toEpochMilli(), to.toEpochMilli());
    }

    /** Opportunities closed in [from, to), with their owner's team and segment and the lead they came from. */
    public void closedCohort(long snapshotId, Instant from, Instant to, Consumer<OpportunityFacts> consumer) {
        cohorts.query("SELECT o.*, u.team_id, t.segment AS team_segment, l.lead_id AS origin_lead_id,"
                        + " l.source AS lead_source, l.source_category AS lead_source_category,"
                        + " l.campaign_id AS lead_campaign_id"
                        + " FROM crm_opportunity o"
                        + " JOIN crm_user u ON u.snapshot_id = o.snapshot_id AND u.user_id = o.owner_id"
                        + " LEFT JOIN crm_team t ON t.snapshot_id = u.snapshot_id AND t.team_id = u.team_id"
                        + " LEFT JOIN crm_lead l ON l.snapshot_id = o.snapshot_id AND l.lead_id = o.lead_id"
                        + " WHERE o.snapshot_id = ? AND o.is_closed = TRUE AND o.closed_at >= ? AND o.closed_at < ?",
                rs -> {
                    consumer.accept(opportunityFacts(rs));
                }, snapshotId, from.toEpochMilli(), to.toEpochMilli());
    }

    /**
     * Per team (UNASSIGNED for leads without a known owner): its leads, and its SQLs in each of the two months. The
     * leads are counted per owner first and the few owners then joined to their teams: joining every lead to its
     * owner took 6.5 s at 1M leads on MariaDB, counting per owner first 1.4 s.
     */
    public void leadTotals(long snapshotId, Period lastFullMonth, Period monthBefore, Consumer<LeadTotals> consumer) {
        jdbc.query("SELECT u.team_id, SUM(o.leads) AS leads, SUM(o.sqls_last_month) AS sqls_last_month,"
                        + " SUM(o.sqls_month_before) AS sqls_month_before"
                        + " FROM (SELECT l.owner_id, COUNT(*) AS leads,"
                        + "   SUM(CASE WHEN l.sql_at >= ? AND l.sql_at < ? THEN 1 ELSE 0 END) AS sqls_last_month,"
                        + "   SUM(CASE WHEN l.sql_at >= ? AND l.sql_at < ? THEN 1 ELSE 0 END) AS sqls_month_before"
                        + "   FROM crm_lead l WHERE l.snapshot_id = ? GROUP BY l.owner_id) o"
                        + " LEFT JOIN crm_user u ON u.snapshot_id = ? AND u.user_id = o.owner_id GROUP BY u.team_id",
                rs -> {
                    consumer.accept(new LeadTotals(teamOf(rs), rs.getLong("leads"), rs.getLong("sqls_last_month"),
                            rs.getLong("sqls_month_before")));
                }, lastFullMonth.start().toEpochMilli(), lastFullMonth.end().toEpochMilli(),
                monthBefore.start().toEpochMilli(), monthBefore.end().toEpochMilli(), snapshotId, snapshotId);
    }

    /** Per team of the owner: how many opportunities are open (is_closed false) in the snapshot. */
    public void openOpportunities(long snapshotId, BiConsumer<String, Long> consumer) {
        jdbc.query("SELECT u.team_id, COUNT(*) AS open_opportunities FROM crm_opportunity o"
                        + " JOIN crm_user u ON u.snapshot_id = o.snapshot_id AND u.user_id = o.owner_id"
                        + " WHERE o.snapshot_id = ? AND o.is_closed = FALSE GROUP BY u.team_id",
                rs -> {
                    consumer.accept(rs.getString("team_id"), rs.getLong("open_opportunities"));
                }, snapshotId);
    }

    private static OpportunityFacts opportunityFacts(ResultSet rs) throws SQLException {
        String teamSegment = rs.getString("team_segment");
        OpportunityFacts.OriginLead lead = rs.getString("origin_lead_id") == null ? null
                : new OpportunityFacts.OriginLead(rs.getString("lead_source"),
                        SourceCategory.valueOf(rs.getString("lead_source_category")), rs.getString("lead_campaign_id"));
        return new OpportunityFacts(opportunity(rs), rs.getString("team_id"),
                teamSegment == null ? null : Segment.valueOf(teamSegment), lead);
    }

    /** The owner's team; UNASSIGNED when the owner is missing or not a user of the snapshot. */
    private static String teamOf(ResultSet rs) throws SQLException {
        String team = rs.getString("team_id");
        return team == null ? Team.UNASSIGNED : team;
    }

    private Map<String, Set<LocalDate>> holidays(long snapshotId) {
        Map<String, Set<LocalDate>> holidays = new HashMap<>();
        jdbc.query("SELECT holiday_calendar, holiday_date FROM crm_holiday WHERE snapshot_id = ?", rs -> {
            holidays.computeIfAbsent(rs.getString("holiday_calendar"), c -> new HashSet<>())
                    .add(rs.getDate("holiday_date").toLocalDate());
        }, snapshotId);
        return holidays;
    }

    private static Lead lead(ResultSet rs) throws SQLException {
        return new Lead(rs.getString("lead_id"), instant(rs, "created_at"), rs.getString("owner_id"),
                rs.getString("source"), SourceCategory.valueOf(rs.getString("source_category")),
                rs.getString("campaign_id"), integer(rs, "score"), rs.getString("industry"),
                integer(rs, "company_size"), rs.getString("country"), instant(rs, "mql_at"),
                instant(rs, "accepted_at"), instant(rs, "rejected_at"), instant(rs, "sql_at"),
                instant(rs, "disqualified_at"), rs.getString("disqualification_reason"),
                rs.getString("converted_opportunity_id"));
    }

    private static Opportunity opportunity(ResultSet rs) throws SQLException {
        String category = rs.getString("source_category");
        String segment = rs.getString("segment");
        return new Opportunity(rs.getString("opportunity_id"), instant(rs, "created_at"), rs.getString("owner_id"),
                rs.getString("lead_id"), rs.getString("account_id"), rs.getString("source"),
                category == null ? null : SourceCategory.valueOf(category),
                segment == null ? null : Segment.valueOf(segment),
                rs.getBigDecimal("amount"), rs.getString("currency"), rs.getString("stage"),
                rs.getBoolean("is_closed"), rs.getBoolean("is_won"), instant(rs, "closed_at"),
                rs.getString("loss_reason"), rs.getString("competitor"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        long millis = rs.getLong(column);
        return rs.wasNull() ? null : Instant.ofEpochMilli(millis);
    }

    private static Integer integer(ResultSet rs, String column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }
}
