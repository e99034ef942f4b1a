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
import io.revblueprint.metrics.LeadFacts;
import io.revblueprint.metrics.OpportunityFacts;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/** Reads a published snapshot back: its teams and people, and its cohorts streamed row by row. */
@Component
public class SnapshotReader {

    private static final String LEAD_COLUMNS = "l.lead_id, l.created_at, l.owner_id, l.source, l.source_category,"
            + " l.campaign_id, l.score, l.industry, l.company_size, l.country, l.mql_at, l.accepted_at, l.rejected_at,"
            + " l.sql_at, l.disqualified_at, l.disqualification_reason, l.converted_opportunity_id";

    private final JdbcTemplate jdbc;

    public SnapshotReader(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public PublishedSnapshot snapshot(long snapshotId) {
        return jdbc.queryForObject("SELECT snapshot_id, as_of, company, timezone FROM snapshot WHERE snapshot_id = ?",
                (rs, i) -> new PublishedSnapshot(rs.getLong("snapshot_id"), Instant.ofEpochMilli(rs.getLong("as_of")),
                        rs.getString("company"), ZoneId.of(rs.getString("timezone"))), snapshotId);
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
                        holidays.getOrDefault(rs.getString("holiday_calendar"), Set.of()))), snapshotId);
    }

    public List<User> users(long snapshotId) {
        return jdbc.query("SELECT * FROM crm_user WHERE snapshot_id = ? ORDER BY user_id", (rs, i) -> new User(
                rs.getString("user_id"), rs.getString("name"), rs.getString("email"),
                Role.valueOf(rs.getString("role")), rs.getString("team_id"), rs.getBoolean("active")), snapshotId);
    }

    /** Leads with mql_at in [from, to), each with its owning team and first meaningful touch. */
    public void mqlCohort(long snapshotId, Instant from, Instant to, Consumer<LeadFacts> consumer) {
        jdbc.query("SELECT " + LEAD_COLUMNS + ", u.team_id,"
                        + " (SELECT MIN(a.occurred_at) FROM crm_activity a WHERE a.snapshot_id = l.snapshot_id"
                        + "   AND a.lead_id = l.lead_id AND a.automated = FALSE AND a.occurred_at >= l.mql_at) AS first_touch_at"
                        + " FROM crm_lead l LEFT JOIN crm_user u ON u.snapshot_id = l.snapshot_id AND u.user_id = l.owner_id"
                        + " WHERE l.snapshot_id = ? AND l.mql_at >= ? AND l.mql_at < ?",
                rs -> {
                    consumer.accept(new LeadFacts(lead(rs), teamOf(rs), instant(rs, "first_touch_at")));
                }, snapshotId, from.toEpochMilli(), to.toEpochMilli());
    }

    /** Opportunities closed in [from, to), with source and category resolved from the lead where their own are empty. */
    public void closedCohort(long snapshotId, Instant from, Instant to, Consumer<OpportunityFacts> consumer) {
        jdbc.query("SELECT o.*, u.team_id, l.source AS lead_source, l.source_category AS lead_source_category"
                        + " FROM crm_opportunity o"
                        + " JOIN crm_user u ON u.snapshot_id = o.snapshot_id AND u.user_id = o.owner_id"
                        + " LEFT JOIN crm_lead l ON l.snapshot_id = o.snapshot_id AND l.lead_id = o.lead_id"
                        + " WHERE o.snapshot_id = ? AND o.is_closed = TRUE AND o.closed_at >= ? AND o.closed_at < ?",
                rs -> {
                    consumer.accept(opportunityFacts(rs));
                }, snapshotId, from.toEpochMilli(), to.toEpochMilli());
    }

    private static OpportunityFacts opportunityFacts(ResultSet rs) throws SQLException {
        Opportunity opportunity = opportunity(rs);
        String source = firstPresent(opportunity.source(), rs.getString("lead_source"), OpportunityFacts.UNKNOWN_SOURCE);
        String category = firstPresent(rs.getString("source_category"), rs.getString("lead_source_category"),
                SourceCategory.DEFAULT.name());
        return new OpportunityFacts(opportunity, rs.getString("team_id"), source, SourceCategory.valueOf(category));
    }

    private static String firstPresent(String own, String fromLead, String fallback) {
        if (own != null) {
            return own;
        }
        return fromLead != null ? fromLead : fallback;
    }

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
