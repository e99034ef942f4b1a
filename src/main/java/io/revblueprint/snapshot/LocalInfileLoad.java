package io.revblueprint.snapshot;

import com.mysql.cj.conf.PropertyKey;
import com.mysql.cj.conf.RuntimeProperty;
import com.mysql.cj.jdbc.JdbcConnection;
import com.mysql.cj.jdbc.JdbcStatement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.ByteArrayInputStream;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLWarning;
import java.sql.Statement;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * MySQL's fastest way in: a chunk's checked rows streamed from memory into {@code LOAD DATA LOCAL INFILE} through
 * Connector/J's input-stream hook, so no file is written. The driver may send a local file only during the load
 * ({@code allowLoadLocalInfile} is switched on for that statement alone); the server must allow local loads.
 */
final class LocalInfileLoad {

    private static final Logger log = LoggerFactory.getLogger(LocalInfileLoad.class);

    /** The lines the table's rows with the given ids came from (a lookup within the load's transaction). */
    @FunctionalInterface
    interface StoredLines {
        Set<Long> of(String table, String idColumn, long snapshotId, Collection<String> ids);
    }

    private final JdbcTemplate jdbc;
    private final StoredLines storedLines;
    private Boolean serverAllows;

    LocalInfileLoad(JdbcTemplate jdbc, StoredLines storedLines) {
        this.jdbc = jdbc;
        this.storedLines = storedLines;
    }

    /** MySQL's code for a duplicate key: the one warning a load may raise, for a row IGNORE refused. */
    private static final int DUPLICATE_KEY = 1062;

    /** What one LOAD DATA did: rows loaded, warnings raised, and the first warning that is not a duplicate key. */
    private record Loaded(int rows, long warnings, String otherWarning) {
    }

    /**
     * Loads the rows; a row whose id the table already holds is refused by {@code IGNORE} and returned, to be
     * quarantined as a duplicate, so ids need no lookup beforehand. Any other warning fails the chunk.
     */
    <T> List<ParsedRow<T>> load(SnapshotFormat<T> format, long snapshotId, List<ParsedRow<T>> rows) {
        LoadDataLines lines = new LoadDataLines();
        for (ParsedRow<T> row : rows) {
            try {
                format.bind(lines.row(snapshotId, row.row().line()), row.value());
            } catch (SQLException e) {
                throw new IllegalStateException("cannot write " + format.fileName() + " line " + row.row().line(), e);
            }
        }
        return jdbc.execute((ConnectionCallback<List<ParsedRow<T>>>) connection -> {
            Loaded loaded = loadInto(connection, format, lines.bytes());
            List<ParsedRow<T>> refused = loaded.rows() == rows.size() ? List.of()
                    : refused(format, snapshotId, rows);
            if (loaded.otherWarning() != null || loaded.rows() + refused.size() != rows.size()
                    || loaded.warnings() != refused.size()) {
                throw new IllegalStateException("MySQL loaded " + loaded.rows() + " of " + rows.size() + " rows into "
                        + format.table() + " with " + loaded.warnings() + " warnings"
                        + (loaded.otherWarning() == null ? "" : ": " + loaded.otherWarning()));
            }
            return refused;
        });
    }

    private Loaded loadInto(Connection connection, SnapshotFormat<?> format, byte[] text) throws SQLException {
        RuntimeProperty<Boolean> allowed = connection.unwrap(JdbcConnection.class).getPropertySet()
                .getBooleanProperty(PropertyKey.allowLoadLocalInfile);
        boolean before = allowed.getValue();
        allowed.setValue(true);
        try (Statement statement = connection.createStatement()) {
            statement.unwrap(JdbcStatement.class).setLocalInfileInputStream(new ByteArrayInputStream(text));
            int rows = statement.executeUpdate("LOAD DATA LOCAL INFILE 'rows' " + (format.idColumn() == null ? "" : "IGNORE ")
                    + "INTO TABLE " + format.table() + " CHARACTER SET utf8mb4 (snapshot_id, line_no, "
                    + String.join(", ", format.tableColumns()) + ")");
            SQLWarning warning = statement.getWarnings();
            return warning == null ? new Loaded(rows, 0, null) : new Loaded(rows, warningCount(statement), other(warning));
        } finally {
            allowed.setValue(before);
        }
    }

    /** All the load's warnings, not only the first max_error_count the driver lists. */
    private static long warningCount(Statement statement) throws SQLException {
        try (ResultSet count = statement.executeQuery("SHOW COUNT(*) WARNINGS")) {
            count.next();
            return count.getLong(1);
        }
    }

    private static String other(SQLWarning warning) {
        for (SQLWarning next = warning; next != null; next = next.getNextWarning()) {
            if (next.getErrorCode() != DUPLICATE_KEY) {
                return next.getMessage();
            }
        }
        return null;
    }

    /** The rows whose line the table does not hold after the load: IGNORE refused them, their id being taken. */
    private <T> List<ParsedRow<T>> refused(SnapshotFormat<T> format, long snapshotId, List<ParsedRow<T>> rows) {
        if (format.idColumn() == null) {
            return List.of();
        }
        Set<Long> stored = storedLines.of(format.table(), format.idColumn(), snapshotId,
                rows.stream().map(row -> format.id(row.value())).distinct().toList());
        return rows.stream().filter(row -> !stored.contains(row.row().line()))
                .map(row -> row.reject(format.idColumn(), "duplicate " + format.idColumn() + " " + format.id(row.value())))
                .toList();
    }

    /**
     * Whether the server takes local loads (asked once): MySQL 8 has {@code local_infile} off by default, and then
     * the import falls back to batched inserts, saying once how to turn the fast path on.
     */
    boolean serverAllows() {
        if (serverAllows == null) {
            serverAllows = Boolean.TRUE.equals(jdbc.queryForObject("SELECT @@GLOBAL.local_infile", Boolean.class));
            if (!serverAllows) {
                log.warn("The MySQL server has local_infile off, so the import uses batched INSERTs (several times"
                        + " slower); to import at LOAD DATA speed run SET GLOBAL local_infile = 1 as an administrator"
                        + " (or start the server with --local-infile=1)");
            }
        }
        return serverAllows;
    }
}
