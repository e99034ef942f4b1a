package io.revblueprint.scale;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;

/**
 * The import's limit: MySQL's own {@code LOAD DATA LOCAL INFILE} of the same CSV files into scratch tables of text
 * columns (no parsing, no checks, no indexes but the row order), timed on the same server.
 */
final class RawLoad {

    static final List<String> FILES = List.of("leads.csv", "opportunities.csv", "activities.csv");

    /** Rows loaded and seconds taken over the three files. */
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

    static Result load(BenchDatabase database, Path snapshot) throws Exception {
        String url = database.url() + (database.url().contains("?") ? "&" : "?") + "allowLoadLocalInfile=true";
        long rows = 0;
        double seconds = 0;
        try (Connection connection = DriverManager.getConnection(url, database.user(), database.password());
             Statement statement = connection.createStatement()) {
            for (String file : FILES) {
                String table = "raw_" + file.substring(0, file.indexOf('.'));
                List<String> columns = List.of(header(snapshot.resolve(file)).split(","));
                statement.execute("DROP TABLE IF EXISTS " + table);
                statement.execute("CREATE TABLE " + table + " (" + String.join(" TEXT, ", columns) + " TEXT)");
                long start = System.nanoTime();
                rows += statement.executeUpdate("LOAD DATA LOCAL INFILE '" + snapshot.resolve(file).toAbsolutePath()
                        + "' INTO TABLE " + table + " CHARACTER SET utf8mb4 FIELDS TERMINATED BY ','"
                        + " OPTIONALLY ENCLOSED BY '\"' LINES TERMINATED BY '\\r\\n' IGNORE 1 LINES");
                seconds += (System.nanoTime() - start) / 1e9;
                statement.execute("DROP TABLE " + table);
            }
        }
        return new Result(rows, seconds);
    }
}
