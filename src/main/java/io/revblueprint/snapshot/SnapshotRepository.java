package io.revblueprint.snapshot;

import io.revblueprint.metrics.RecordedInput;
import com.mysql.cj.jdbc.JdbcConnection;
import org.springframework.jdbc.core.ArgumentPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Collectors;

/** Stores snapshots: rows while importing, the quarantine, and the switch that publishes a complete import. */
@Repository
public class SnapshotRepository {

    static final String IMPORTING = "IMPORTING";
    static final String PUBLISHED = "PUBLISHED";
    static final String REJECTED = "REJECTED";

    private static final List<String> DATA_TABLES = List.of("crm_stage_change", "crm_activity", "crm_opportunity",
            "crm_lead", "crm_campaign", "crm_holiday", "crm_user", "crm_team");
    /** The rows that record each input a metric may need, as counted in each table. */
    private static final Map<RecordedInput, String> ACTIVITY_INPUTS = Map.of(RecordedInput.HUMAN_TOUCHES,
            "COUNT(CASE WHEN automated = FALSE AND lead_id IS NOT NULL THEN 1 END)");
    private static final Map<RecordedInput, String> LEAD_INPUTS = new EnumMap<>(Map.of(
            RecordedInput.LEADS, "COUNT(*)",
            // Accept dates that are every MQL's own date tell no MQL apart: TCRM's preset reads both from a status
            // every lead past "Open" has, and its acceptance read 100 %, "on target".
            RecordedInput.ACCEPTANCES, "CASE WHEN COUNT(CASE WHEN accepted_at <> mql_at OR accepted_at IS NULL"
                    + " AND mql_at IS NOT NULL OR mql_at IS NULL AND accepted_at IS NOT NULL THEN 1 END) > 0"
                    + " THEN COUNT(accepted_at) ELSE 0 END",
            // A decision dated at the MQL's own instant records no decision time: an export that has no accept date
            // writes the lead's creation date for both (Salesforce's preset, from the lead status).
            RecordedInput.DECISIONS, "COUNT(CASE WHEN accepted_at <> mql_at OR rejected_at <> mql_at"
                    + " OR mql_at IS NULL AND (accepted_at IS NOT NULL OR rejected_at IS NOT NULL) THEN 1 END)",
            RecordedInput.SQL_DATES, "COUNT(sql_at)",
            RecordedInput.CONVERSIONS, "COUNT(converted_opportunity_id)",
            RecordedInput.DISQUALIFICATION_REASONS, "COUNT(disqualification_reason)",
            RecordedInput.CAMPAIGNS, "COUNT(campaign_id)",
            RecordedInput.LEAD_SCORES, "COUNT(score)",
            RecordedInput.INDUSTRIES, "COUNT(industry)",
            RecordedInput.COMPANY_SIZES, "COUNT(company_size)"));
    private static final Map<RecordedInput, String> OPPORTUNITY_INPUTS = new EnumMap<>(Map.of(
            RecordedInput.LOST_DEALS, "COUNT(CASE WHEN is_closed AND NOT is_won THEN 1 END)",
            RecordedInput.LOSS_REASONS, "COUNT(CASE WHEN is_closed AND NOT is_won AND loss_reason IS NOT NULL THEN 1 END)",
            RecordedInput.DEAL_AMOUNTS, "COUNT(amount)",
            RecordedInput.LEAD_LINKS, "COUNT(lead_id)"));
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** How a tally's lists and counts are kept in source_tally.details. */
    private record TallyDetails(Map<String, Long> skipped, List<String> ignoredColumns, Map<String, Long> notes) {
    }

    private final JdbcTemplate jdbc;
    /** Without a fetch size: a chunk's lookup returns at most its own ids, so it needs no server-side cursor. */
    private final JdbcTemplate lookups;
    /** Null on H2, which takes batched inserts. */
    private final LocalInfileLoad localInfile;

    public SnapshotRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.lookups = new JdbcTemplate(jdbc.getDataSource());
        this.localInfile = MySql.isMySql(jdbc) ? new LocalInfileLoad(jdbc, this::storedLines) : null;
    }

    /** Registers an import in progress; its rows stay invisible until {@link #publish}. */
    public long begin(SnapshotManifest manifest, ZoneId zone, String location) {
        var keys = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO snapshot (as_of, company, source_system, timezone, location, status, started_at)"
                            + " VALUES (?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS);
            insert.setLong(1, manifest.asOf().toEpochMilli());
            insert.setString(2, manifest.company());
            insert.setString(3, manifest.source());
            insert.setString(4, zone.getId());
            insert.setString(5, location);
            insert.setString(6, IMPORTING);
            insert.setLong(7, Instant.now().toEpochMilli());
            return insert;
        }, keys);
        return keys.getKey().longValue();
    }

    /** The import's view of what this snapshot holds, for the checks. */
    RowChecks.StoredIds storedIds(long snapshotId) {
        return (table, idColumn, ids) -> existingIds(table, idColumn, snapshotId, ids);
    }

    /** Of the given ids, those the table holds for this snapshot. */
    Set<String> existingIds(String table, String idColumn, long snapshotId, Collection<String> ids) {
        return new HashSet<>(among(idColumn, table, idColumn, snapshotId, ids, (rs, row) -> rs.getString(1)));
    }

    /** The lines the table's rows with the given ids came from. */
    Set<Long> storedLines(String table, String idColumn, long snapshotId, Collection<String> ids) {
        return new HashSet<>(among("line_no", table, idColumn, snapshotId, ids, (rs, row) -> rs.getLong(1)));
    }

    /** A column of the snapshot's rows whose id is among the given ones: one {@code IN} lookup. */
    private <R> List<R> among(String column, String table, String idColumn, long snapshotId, Collection<String> ids,
                              RowMapper<R> mapper) {
        if (ids.isEmpty()) {
            return List.of();
        }
        String marks = String.join(",", Collections.nCopies(ids.size(), "?"));
        Object[] arguments = new Object[ids.size() + 1];
        arguments[0] = snapshotId;
        int i = 1;
        for (String id : ids) {
            arguments[i++] = id;
        }
        String sql = "SELECT " + column + " FROM " + table + " WHERE snapshot_id = ? AND " + idColumn + " IN (" + marks + ")";
        return lookups.query(connection -> prepareLookup(connection, sql, arguments), mapper);
    }

    /**
     * On MySQL a client-side statement: the driver (with useCursorFetch) would otherwise prepare each chunk's IN list
     * on the server, two more round trips per lookup for a statement used once.
     */
    private PreparedStatement prepareLookup(Connection connection, String sql, Object[] arguments) throws SQLException {
        PreparedStatement statement = localInfile != null
                ? connection.unwrap(JdbcConnection.class).clientPrepareStatement(sql)
                : connection.prepareStatement(sql);
        new ArgumentPreparedStatementSetter(arguments).setValues(statement);
        return statement;
    }

    /** Whether {@link #insert} itself refuses rows whose id is stored already (MySQL's LOAD DATA ... IGNORE). */
    boolean refusesDuplicateIds() {
        return localInfile != null && localInfile.serverAllows();
    }

    /** Stores the rows; returns those refused as duplicate ids (only when {@link #refusesDuplicateIds}). */
    <T> List<ParsedRow<T>> insert(SnapshotFormat<T> format, long snapshotId, List<ParsedRow<T>> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        if (refusesDuplicateIds()) {
            return localInfile.load(format, snapshotId, rows);
        }
        jdbc.batchUpdate(format.insertSql(), rows, rows.size(), (statement, row) -> {
            statement.setLong(1, snapshotId);
            statement.setLong(2, row.row().line());
            format.bind(new StatementValues(statement, 3), row.value());
        });
        return List.of();
    }

    /**
     * Removes what an earlier attempt of the import stored of one file: a restarted step reads the file from its first
     * row again (a SIGTERM mid-file saved a read count of 0 and the restart stored the first chunks twice).
     */
    public void forgetImported(long snapshotId, SnapshotFormat<?> format) {
        jdbc.update("DELETE FROM " + format.table() + " WHERE snapshot_id = ?", snapshotId);
        jdbc.update("DELETE FROM quarantine WHERE snapshot_id = ? AND file_name = ?", snapshotId, format.fileName());
    }

    /** The quarantine's reason column holds 1,000 characters; a row's raw text is kept up to 1 MB. */
    static final int MAX_REASON = 1000;
    static final int MAX_RAW = 1_000_000;

    void quarantine(long snapshotId, List<? extends ParsedRow<?>> rejected) {
        if (rejected.isEmpty()) {
            return;
        }
        jdbc.batchUpdate("INSERT INTO quarantine (snapshot_id, file_name, line_no, column_name, reason, raw_row,"
                + " source_file, source_line) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", rejected, rejected.size(), (statement, row) -> {
                    statement.setLong(1, snapshotId);
                    statement.setString(2, row.row().file());
                    statement.setLong(3, row.row().line());
                    statement.setString(4, row.column());
                    statement.setString(5, cut(row.reason(), MAX_REASON));
                    statement.setString(6, cut(row.row().raw(), MAX_RAW));
                    statement.setString(7, row.row().sourceFile());
                    statement.setLong(8, row.row().sourceLine());
                });
    }

    /** The text, cut to {@code max} characters with how much was left out, so a huge cell cannot fail the insert. */
    static String cut(String text, int max) {
        if (text == null || text.length() <= max) {
            return text;
        }
        String note = "… (" + (text.length() - max) + " more characters)";
        return text.substring(0, max - note.length()) + note;
    }

    /** Replaces what the source files gave one canonical file of the import (a restarted step counts again). */
    void saveTallies(long snapshotId, String canonicalFile, List<SourceTally> tallies) {
        jdbc.update("DELETE FROM source_tally WHERE snapshot_id = ? AND canonical_file = ?", snapshotId, canonicalFile);
        for (int position = 0; position < tallies.size(); position++) {
            SourceTally tally = tallies.get(position);
            jdbc.update("INSERT INTO source_tally (snapshot_id, canonical_file, source_file, position, rows_read,"
                    + " rows_mapped, details) VALUES (?, ?, ?, ?, ?, ?, ?)", snapshotId, canonicalFile, tally.sourceFile(),
                    position, tally.read(), tally.mapped(),
                    JSON.writeValueAsString(new TallyDetails(tally.skipped(), tally.ignoredColumns(), tally.notes())));
        }
    }

    /** What each source file gave each canonical file, in the order the source read them. */
    public Map<String, List<SourceTally>> tallies(long snapshotId) {
        Map<String, List<SourceTally>> byFile = new LinkedHashMap<>();
        jdbc.query("SELECT canonical_file, source_file, rows_read, rows_mapped, details FROM source_tally"
                + " WHERE snapshot_id = ? ORDER BY canonical_file, position", rs -> {
                    TallyDetails details = JSON.readValue(rs.getString("details"), TallyDetails.class);
                    byFile.computeIfAbsent(rs.getString("canonical_file"), file -> new ArrayList<>())
                            .add(new SourceTally(rs.getString("source_file"), rs.getLong("rows_read"),
                                    rs.getLong("rows_mapped"), details.skipped(), details.ignoredColumns(), details.notes()));
                }, snapshotId);
        return byFile;
    }

    /** The rows each canonical file got from the source, quarantined ones included (a lookup gives none). */
    public Map<String, Long> rowsByFile(long snapshotId) {
        Map<String, Long> rows = new TreeMap<>();
        jdbc.query("SELECT canonical_file, SUM(rows_mapped) AS mapped FROM source_tally WHERE snapshot_id = ?"
                + " GROUP BY canonical_file", rs -> {
                    rows.put(rs.getString("canonical_file"), rs.getLong("mapped"));
                }, snapshotId);
        return rows;
    }

    /**
     * The same company's latest published snapshot before this import, if any: its id and as_of. A snapshot may name
     * no company (the presets name none): then the previous one that names none.
     */
    public Optional<Map.Entry<Long, Instant>> previousPublished(long snapshotId) {
        String company = jdbc.queryForObject("SELECT company FROM snapshot WHERE snapshot_id = ?", String.class,
                snapshotId);
        return jdbc.query("SELECT snapshot_id, as_of, company FROM snapshot WHERE status = ? AND snapshot_id < ?"
                        + " ORDER BY snapshot_id DESC", (rs, row) -> Objects.equals(rs.getString("company"), company)
                        ? Map.entry(rs.getLong("snapshot_id"), Instant.ofEpochMilli(rs.getLong("as_of"))) : null,
                PUBLISHED, snapshotId).stream().filter(Objects::nonNull).findFirst();
    }

    /** Quarantined rows per canonical file and source file. */
    public Map<String, Map<String, Long>> quarantinedBySource(long snapshotId) {
        Map<String, Map<String, Long>> counts = new LinkedHashMap<>();
        jdbc.query("SELECT file_name, source_file, COUNT(*) AS bad FROM quarantine WHERE snapshot_id = ?"
                + " GROUP BY file_name, source_file", rs -> {
                    counts.computeIfAbsent(rs.getString("file_name"), file -> new LinkedHashMap<>())
                            .put(rs.getString("source_file"), rs.getLong("bad"));
                }, snapshotId);
        return counts;
    }

    /** Each team whose holiday_calendar names no holiday of the snapshot, with that calendar, by team id. */
    public Map<String, String> teamsWithoutTheirHolidays(long snapshotId) {
        Map<String, String> calendars = new TreeMap<>();
        jdbc.query("SELECT team_id, holiday_calendar FROM crm_team t WHERE snapshot_id = ? AND holiday_calendar IS NOT"
                + " NULL AND holiday_calendar <> '' AND NOT EXISTS (SELECT 1 FROM crm_holiday h WHERE h.snapshot_id ="
                + " t.snapshot_id AND h.holiday_calendar = t.holiday_calendar)",
                rs -> {
                    calendars.put(rs.getString("team_id"), rs.getString("holiday_calendar"));
                }, snapshotId);
        return calendars;
    }

    /** Quarantined rows per file, most first. */
    public Map<String, Long> badRowsByFile(long snapshotId) {
        Map<String, Long> counts = new LinkedHashMap<>();
        jdbc.query("SELECT file_name, COUNT(*) AS bad FROM quarantine WHERE snapshot_id = ?"
                        + " GROUP BY file_name ORDER BY bad DESC, file_name",
                rs -> {
                    counts.put(rs.getString("file_name"), rs.getLong("bad"));
                }, snapshotId);
        return counts;
    }

    /** Counts, once, how many stored rows record each input a metric may need: the three tables at once. */
    void countRecordedInputs(long snapshotId) {
        Map<RecordedInput, Long> counted = new ConcurrentHashMap<>();
        ConcurrentReads.run("count-inputs-", List.of(
                () -> countInputs("crm_activity", ACTIVITY_INPUTS, snapshotId, counted),
                () -> countInputs("crm_lead", LEAD_INPUTS, snapshotId, counted),
                () -> countInputs("crm_opportunity", OPPORTUNITY_INPUTS, snapshotId, counted)));
        Map<RecordedInput, Long> counts = new EnumMap<>(counted);
        jdbc.update("DELETE FROM snapshot_input WHERE snapshot_id = ?", snapshotId);
        jdbc.batchUpdate("INSERT INTO snapshot_input (snapshot_id, input, recorded) VALUES (?, ?, ?)",
                List.copyOf(counts.entrySet()), counts.size(), (statement, count) -> {
                    statement.setLong(1, snapshotId);
                    statement.setString(2, count.getKey().name());
                    statement.setLong(3, count.getValue());
                });
    }

    /** One scan of {@code table} counting each input by its expression. */
    private void countInputs(String table, Map<RecordedInput, String> inputs, long snapshotId,
                             Map<RecordedInput, Long> counted) {
        String columns = inputs.entrySet().stream().map(input -> input.getValue() + " AS " + input.getKey().name())
                .collect(Collectors.joining(", "));
        jdbc.query("SELECT " + columns + " FROM " + table + " WHERE snapshot_id = ?", rs -> {
            for (RecordedInput input : inputs.keySet()) {
                counted.put(input, rs.getLong(input.name()));
            }
        }, snapshotId);
    }

    /** Rows stored (not quarantined) for the snapshot, over all files: two tables counted at a time. */
    public long storedRows(long snapshotId) {
        LongAdder rows = new LongAdder();
        ConcurrentReads.run("count-rows-", DATA_TABLES.stream().<Runnable>map(table -> () -> rows.add(
                jdbc.queryForObject("SELECT COUNT(*) FROM " + table + " WHERE snapshot_id = ?", Long.class,
                        snapshotId))).toList());
        return rows.sum();
    }

    /**
     * Makes the snapshot the one for its as_of. Earlier imports of the same as_of, published or not, are removed;
     * other as_of dates are kept as history.
     */
    void publish(long snapshotId, long rowCount, long badRowCount) {
        long asOf = jdbc.queryForObject("SELECT as_of FROM snapshot WHERE snapshot_id = ?", Long.class, snapshotId);
        jdbc.queryForList("SELECT snapshot_id FROM snapshot WHERE as_of = ? AND snapshot_id <> ?", Long.class, asOf,
                snapshotId).forEach(this::delete);
        jdbc.update("UPDATE snapshot SET status = ?, row_count = ?, bad_row_count = ?, published_at = ?"
                + " WHERE snapshot_id = ?", PUBLISHED, rowCount, badRowCount, Instant.now().toEpochMilli(), snapshotId);
    }

    /**
     * Marks an import that is not published (its bad rows exceed the threshold, or it was only checked); its rows stay
     * for inspection until a later import of the same as_of.
     */
    public void reject(long snapshotId) {
        jdbc.update("UPDATE snapshot SET status = ? WHERE snapshot_id = ?", REJECTED, snapshotId);
    }

    private void delete(long snapshotId) {
        for (String table : DATA_TABLES) {
            jdbc.update("DELETE FROM " + table + " WHERE snapshot_id = ?", snapshotId);
        }
        jdbc.update("DELETE FROM quarantine WHERE snapshot_id = ?", snapshotId);
        jdbc.update("DELETE FROM snapshot_input WHERE snapshot_id = ?", snapshotId);
        jdbc.update("DELETE FROM source_tally WHERE snapshot_id = ?", snapshotId);
        jdbc.update("DELETE FROM snapshot WHERE snapshot_id = ?", snapshotId);
    }
}
