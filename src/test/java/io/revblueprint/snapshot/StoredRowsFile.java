package io.revblueprint.snapshot;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * A table's stored rows written as the import sends rows to LOAD DATA ({@link LoadDataLines}), for the scale
 * benchmark's ceiling: LOAD DATA of exactly the rows the import stored, already converted.
 */
public final class StoredRowsFile {

    private static final int ROWS_PER_WRITE = 10_000;

    private StoredRowsFile() {
    }

    /** Writes the table's rows to the file; returns its columns in the file's order, for LOAD DATA's column list. */
    public static List<String> write(Connection connection, String table, Path file) throws SQLException, IOException {
        try (Statement select = connection.createStatement(ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY);
             OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            select.setFetchSize(Integer.MIN_VALUE); // Connector/J streams the rows instead of holding them all
            try (ResultSet rows = select.executeQuery("SELECT * FROM " + table)) {
                List<Integer> values = valueColumns(rows.getMetaData());
                LoadDataLines lines = new LoadDataLines();
                for (long written = 1; rows.next(); written++) {
                    lines.row(rows.getLong("snapshot_id"), rows.getLong("line_no"));
                    for (int column : values) {
                        lines.text(rows.getString(column));
                    }
                    if (written % ROWS_PER_WRITE == 0) {
                        out.write(lines.bytes());
                        out.write('\n');
                        lines = new LoadDataLines();
                    }
                }
                out.write(lines.bytes());
                return columns(rows.getMetaData(), values);
            }
        }
    }

    /** The columns after the snapshot id and line, which {@link LoadDataLines#row} writes first. */
    private static List<Integer> valueColumns(ResultSetMetaData columns) throws SQLException {
        List<Integer> values = new ArrayList<>();
        for (int i = 1; i <= columns.getColumnCount(); i++) {
            String name = columns.getColumnLabel(i);
            if (!name.equalsIgnoreCase("snapshot_id") && !name.equalsIgnoreCase("line_no")) {
                values.add(i);
            }
        }
        return values;
    }

    private static List<String> columns(ResultSetMetaData columns, List<Integer> values) throws SQLException {
        List<String> names = new ArrayList<>(List.of("snapshot_id", "line_no"));
        for (int column : values) {
            names.add(columns.getColumnLabel(column));
        }
        return names;
    }
}
