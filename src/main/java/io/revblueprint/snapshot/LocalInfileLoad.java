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
import java.sql.SQLException;
import java.sql.SQLWarning;
import java.sql.Statement;
import java.util.List;

/**
 * MySQL's fastest way in: a chunk's checked rows streamed from memory into {@code LOAD DATA LOCAL INFILE} through
 * Connector/J's input-stream hook, so no file is written. The driver may send a local file only during the load
 * ({@code allowLoadLocalInfile} is switched on for that statement alone); the server must allow local loads.
 */
final class LocalInfileLoad {

    private static final Logger log = LoggerFactory.getLogger(LocalInfileLoad.class);

    private final JdbcTemplate jdbc;
    private Boolean serverAllows;

    LocalInfileLoad(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    <T> void load(SnapshotFormat<T> format, long snapshotId, List<ParsedRow<T>> rows) {
        LoadDataLines lines = new LoadDataLines();
        for (ParsedRow<T> row : rows) {
            try {
                format.bind(lines.row(snapshotId, row.row().line()), row.value());
            } catch (SQLException e) {
                throw new IllegalStateException("cannot write " + format.fileName() + " line " + row.row().line(), e);
            }
        }
        jdbc.execute((ConnectionCallback<Void>) connection -> {
            loadInto(connection, format, lines.bytes(), rows.size());
            return null;
        });
    }

    private void loadInto(Connection connection, SnapshotFormat<?> format, byte[] text, int expected) throws SQLException {
        RuntimeProperty<Boolean> allowed = connection.unwrap(JdbcConnection.class).getPropertySet()
                .getBooleanProperty(PropertyKey.allowLoadLocalInfile);
        boolean before = allowed.getValue();
        allowed.setValue(true);
        try (Statement statement = connection.createStatement()) {
            statement.unwrap(JdbcStatement.class).setLocalInfileInputStream(new ByteArrayInputStream(text));
            int loaded = statement.executeUpdate("LOAD DATA LOCAL INFILE 'rows' INTO TABLE " + format.table()
                    + " CHARACTER SET utf8mb4 (snapshot_id, line_no, " + String.join(", ", format.tableColumns()) + ")");
            SQLWarning warning = statement.getWarnings();
            if (loaded != expected || warning != null) {
                throw new IllegalStateException("MySQL loaded " + loaded + " of " + expected + " rows into "
                        + format.table() + (warning == null ? "" : ": " + warning.getMessage()));
            }
        } finally {
            allowed.setValue(before);
        }
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
