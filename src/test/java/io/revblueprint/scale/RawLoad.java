package io.revblueprint.scale;

import io.revblueprint.snapshot.StoredRowsFile;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The import's limits: MySQL's own {@code LOAD DATA LOCAL INFILE}, timed on the same server, of the snapshot's CSV
 * files into scratch tables of text columns (no parsing, no checks, no keys: the raw rate), and of the rows the job
 * stored, dumped from its tables as the import sends them, into empty copies of them (their keys and indexes, values
 * already converted: what storing these rows costs the server even if reading, checking and sending cost nothing).
 */
final class RawLoad {

    static final List<String> FILES = List.of("leads.csv", "opportunities.csv", "activities.csv");
    private static final List<String> JOB_TABLES = List.of("crm_lead", "crm_opportunity", "crm_activity");

    /** Rows loaded and seconds taken over the three files or tables. */
    record Result(long rows, double seconds) {

        double rowsPerSecond() {
            return rows / seconds;
        }
    }

    private RawLoad() {
    }

    private static String header(Path file) throws IOException {
        try (BufferedReader reader = Files.newBufferedReader(file)) {
            return reader.readLine().replace("\uFEFF", "");
        }
    }

    /** The CSV files into scratch tables of text columns. */
    static Result raw(BenchDatabase database, Path snapshot) throws Exception {
        long rows = 0;
        double seconds = 0;
        try (Connection connection = localInfile(database); Statement statement = connection.createStatement()) {
            for (String file : FILES) {
                String table = "raw_" + file.substring(0, file.indexOf('.'));
                List<String> columns = List.of(header(snapshot.resolve(file)).split(","));
                statement.execute("CREATE TABLE " + table + " (" + String.join(" TEXT, ", columns) + " TEXT)");
                long start = System.nanoTime();
                rows += load(statement, snapshot.resolve(file), table, " FIELDS TERMINATED BY ','"
                        + " OPTIONALLY ENCLOSED BY '\"' LINES TERMINATED BY '\\r\\n' IGNORE 1 LINES");
                seconds += (System.nanoTime() - start) / 1e9;
                statement.execute("DROP TABLE " + table);
            }
        }
        return new Result(rows, seconds);
    }

    /** The rows the job stored in its lead, opportunity and activity tables, reloaded into empty copies of them. */
    static Result storedRows(BenchDatabase database, Path work) throws Exception {
        long rows = 0;
        double seconds = 0;
        try (Connection connection = localInfile(database); Statement statement = connection.createStatement()) {
            for (String table : JOB_TABLES) {
                Path dump = work.resolve(table + ".tsv");
                List<String> columns = StoredRowsFile.write(connection, table, dump);
                statement.execute("CREATE TABLE ceiling_" + table + " LIKE " + table);
                long start = System.nanoTime();
                rows += load(statement, dump, "ceiling_" + table, " (" + String.join(", ", columns) + ")");
                seconds += (System.nanoTime() - start) / 1e9;
                statement.execute("DROP TABLE ceiling_" + table);
                Files.delete(dump);
            }
        }
        return new Result(rows, seconds);
    }

    private static Connection localInfile(BenchDatabase database) throws SQLException {
        String url = database.url() + (database.url().contains("?") ? "&" : "?") + "allowLoadLocalInfile=true";
        return DriverManager.getConnection(url, database.user(), database.password());
    }

    /** LOAD DATA of the file into the table; a load with any warning fails, so the rate is of a correct load. */
    private static long load(Statement statement, Path file, String table, String format) throws SQLException {
        long rows = statement.executeUpdate("LOAD DATA LOCAL INFILE '" + file.toAbsolutePath() + "' INTO TABLE " + table
                + " CHARACTER SET utf8mb4" + format);
        try (ResultSet warnings = statement.executeQuery("SHOW COUNT(*) WARNINGS")) {
            warnings.next();
            if (warnings.getLong(1) > 0) {
                throw new IllegalStateException("LOAD DATA of " + file.getFileName() + " into " + table + " gave "
                        + warnings.getLong(1) + " warnings: the rate would not be of a correct load");
            }
        }
        return rows;
    }
}
