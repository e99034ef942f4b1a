package io.revblueprint.scale;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The import's limits: MySQL's own {@code LOAD DATA LOCAL INFILE} of the same CSV files, timed on the same server,
 * into scratch tables of text columns (no parsing, no checks, no keys: the raw rate), and into empty copies of the
 * job's own tables (their keys and indexes, every value converted by the server as the import stores it).
 */
final class RawLoad {

    static final List<String> FILES = List.of("leads.csv", "opportunities.csv", "activities.csv");

    /** Per file: the job's table and how each stored column is made from the file's columns (@name). */
    private static final Map<String, List<String>> JOB_TABLES = Map.of(
            "leads.csv", List.of("crm_lead", "lead_id = @lead_id", "created_at = " + millis("created_at"),
                    "owner_id = " + text("owner_id"), "source = @source", "source_category = @source_category",
                    "campaign_id = " + text("campaign_id"), "score = " + text("score"), "industry = " + text("industry"),
                    "company_size = " + text("company_size"), "country = " + text("country"),
                    "mql_at = " + millis("mql_at"), "accepted_at = " + millis("accepted_at"),
                    "rejected_at = " + millis("rejected_at"), "sql_at = " + millis("sql_at"),
                    "disqualified_at = " + millis("disqualified_at"),
                    "disqualification_reason = " + text("disqualification_reason"),
                    "converted_opportunity_id = " + text("converted_opportunity_id")),
            "opportunities.csv", List.of("crm_opportunity", "opportunity_id = @opportunity_id",
                    "created_at = " + millis("created_at"), "owner_id = @owner_id", "lead_id = " + text("lead_id"),
                    "account_id = " + text("account_id"), "source = " + text("source"),
                    "source_category = " + text("source_category"), "segment = " + text("segment"),
                    "amount = " + text("amount"), "currency = " + text("currency"), "stage = @stage",
                    "is_closed = (@is_closed = 'true')", "is_won = (@is_won = 'true')",
                    "closed_at = " + millis("closed_at"), "loss_reason = " + text("loss_reason"),
                    "competitor = " + text("competitor")),
            "activities.csv", List.of("crm_activity", "activity_id = @activity_id", "lead_id = " + text("lead_id"),
                    "opportunity_id = " + text("opportunity_id"), "owner_id = @owner_id", "activity_type = @type",
                    "occurred_at = " + millis("occurred_at"), "automated = (@automated = 'true')"));

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

    /** Into scratch tables of text columns. */
    static Result raw(BenchDatabase database, Path snapshot) throws Exception {
        return load(database, snapshot, (statement, file) -> {
            String table = "raw_" + file.substring(0, file.indexOf('.'));
            List<String> columns = List.of(header(snapshot.resolve(file)).split(","));
            statement.execute("CREATE TABLE " + table + " (" + String.join(" TEXT, ", columns) + " TEXT)");
            return new Target(table, "");
        });
    }

    /** Into empty copies of the job's tables; the job must have made its schema in this database first. */
    static Result intoJobTables(BenchDatabase database, Path snapshot) throws Exception {
        return load(database, snapshot, (statement, file) -> {
            List<String> mapping = JOB_TABLES.get(file);
            String table = "ceiling_" + mapping.get(0);
            statement.execute("CREATE TABLE " + table + " LIKE " + mapping.get(0));
            statement.execute("SET @line = 1, time_zone = '+00:00'");
            String variables = Arrays.stream(header(snapshot.resolve(file)).split(",")).map(column -> "@" + column)
                    .collect(Collectors.joining(", "));
            return new Target(table, " (" + variables + ") SET snapshot_id = 1, line_no = (@line := @line + 1), "
                    + String.join(", ", mapping.subList(1, mapping.size())));
        });
    }

    private static String text(String column) {
        return "NULLIF(@" + column + ", '')";
    }

    /** Epoch millis of an ISO timestamp with Z, an offset or neither (taken as UTC here: the cost is the same). */
    private static String millis(String column) {
        String value = "@" + column;
        return "IF(" + value + " = '', NULL, UNIX_TIMESTAMP(CONVERT_TZ(STR_TO_DATE(LEFT(" + value + ", 19),"
                + " '%Y-%m-%dT%H:%i:%s'), IF(" + value + " LIKE '%Z' OR LENGTH(" + value + ") = 19, '+00:00', RIGHT("
                + value + ", 6)), '+00:00')) * 1000)";
    }

    /** A table made for one file, and what follows the LOAD DATA options (column list, SET). */
    private record Target(String table, String columns) {
    }

    private interface TargetMaker {
        Target make(Statement statement, String file) throws Exception;
    }

    private static Result load(BenchDatabase database, Path snapshot, TargetMaker targets) throws Exception {
        String url = database.url() + (database.url().contains("?") ? "&" : "?") + "allowLoadLocalInfile=true";
        long rows = 0;
        double seconds = 0;
        try (Connection connection = DriverManager.getConnection(url, database.user(), database.password());
             Statement statement = connection.createStatement()) {
            for (String file : FILES) {
                Target target = targets.make(statement, file);
                long start = System.nanoTime();
                rows += statement.executeUpdate("LOAD DATA LOCAL INFILE '" + snapshot.resolve(file).toAbsolutePath()
                        + "' INTO TABLE " + target.table() + " CHARACTER SET utf8mb4 FIELDS TERMINATED BY ','"
                        + " OPTIONALLY ENCLOSED BY '\"' LINES TERMINATED BY '\\r\\n' IGNORE 1 LINES"
                        + target.columns());
                seconds += (System.nanoTime() - start) / 1e9;
                try (ResultSet warnings = statement.executeQuery("SHOW COUNT(*) WARNINGS")) {
                    warnings.next();
                    if (warnings.getLong(1) > 0) {
                        throw new IllegalStateException("LOAD DATA of " + file + " into " + target.table() + " gave "
                                + warnings.getLong(1) + " warnings: the rate would not be of a correct load");
                    }
                }
                statement.execute("DROP TABLE " + target.table());
            }
        }
        return new Result(rows, seconds);
    }
}
