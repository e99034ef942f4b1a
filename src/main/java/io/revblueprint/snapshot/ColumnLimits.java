package io.revblueprint.snapshot;

import org.springframework.jdbc.core.JdbcTemplate;

import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The most characters each text column of the snapshot tables holds, as the database itself declares them, so a
 * cell too long for its column is quarantined with the limit instead of failing the whole import.
 */
public record ColumnLimits(Map<String, Map<String, Integer>> byTable) {

    public static final ColumnLimits NONE = new ColumnLimits(Map.of());

    /** Reads the declared sizes of the VARCHAR/CHAR columns of the {@code crm_*} tables. */
    public static ColumnLimits of(JdbcTemplate jdbc) {
        return jdbc.execute((java.sql.Connection connection) -> {
            Map<String, Map<String, Integer>> limits = new HashMap<>();
            DatabaseMetaData metadata = connection.getMetaData();
            for (String pattern : new String[] {"crm%", "CRM%"}) {
                try (ResultSet columns = metadata.getColumns(connection.getCatalog(), null, pattern, null)) {
                    while (columns.next()) {
                        collect(columns, limits);
                    }
                }
            }
            limits.replaceAll((table, columns) -> Map.copyOf(columns));
            return new ColumnLimits(Map.copyOf(limits));
        });
    }

    private static void collect(ResultSet column, Map<String, Map<String, Integer>> limits) throws SQLException {
        String type = column.getString("TYPE_NAME").toUpperCase(Locale.ROOT);
        if (type.contains("CHAR")) {
            // Interned like the formats' table names and a file's header names: a column's limit is looked up per cell.
            limits.computeIfAbsent(column.getString("TABLE_NAME").toLowerCase(Locale.ROOT).intern(), table -> new HashMap<>())
                    .put(column.getString("COLUMN_NAME").toLowerCase(Locale.ROOT).intern(), column.getInt("COLUMN_SIZE"));
        }
    }

    /** The table's text columns' limits in characters; a column without one (or not a text column) is absent. */
    Map<String, Integer> forTable(String table) {
        return byTable.getOrDefault(table, Map.of());
    }
}
