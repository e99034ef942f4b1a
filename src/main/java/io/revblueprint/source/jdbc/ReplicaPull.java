package io.revblueprint.source.jdbc;

import io.revblueprint.snapshot.SnapshotFileException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Pulls a Fivetran-style MySQL replica of Salesforce ({@code lead}, {@code opportunity}, {@code task}, …) into one
 * CSV file per table, named as Salesforce's export names them, so the Salesforce preset reads it as it reads an
 * export. All tables are read in one read-only transaction over a consistent snapshot, streamed row by row; the
 * files freeze what was read, so a failed run restarts on the same data.
 */
public final class ReplicaPull {

    private static final Logger log = LoggerFactory.getLogger(ReplicaPull.class);

    /** Replica table → export file, in the order they are read; the first two must exist. */
    private static final Map<String, String> TABLES = tables();
    private static final Set<String> REQUIRED = Set.of("lead", "opportunity");
    private static final int STREAMING = Integer.MIN_VALUE;

    private final String url;
    private final String username;
    private final String password;

    public ReplicaPull(String url, String username, String password) {
        this.url = url;
        this.username = username;
        this.password = password;
    }

    private static Map<String, String> tables() {
        Map<String, String> tables = new LinkedHashMap<>();
        List.of("lead:Lead", "opportunity:Opportunity", "opportunity_history:OpportunityHistory", "task:Task",
                "event:Event", "user:User", "user_role:UserRole", "campaign:Campaign", "campaign_member:CampaignMember",
                "lead_history:LeadHistory", "account:Account").forEach(pair -> {
                    String[] parts = pair.split(":");
                    tables.put(parts[0], parts[1] + ".csv");
                });
        return tables;
    }

    /**
     * The URL without what may hold credentials (its parameters, a user:password@, a host's password=): what
     * messages, the job's exit messages and the snapshot record show. The user:password@ form was kept, and stored.
     */
    public static String withoutCredentials(String url) {
        return url == null ? null : url.split("\\?", 2)[0].replaceAll("//[^/@]*@", "//")
                .replaceAll("(?i)(password=)[^,)&;]*", "$1***");
    }

    /** The replica's tables written into the run's work folder, and the instant they are a snapshot of. */
    public record Pulled(Path folder, Instant asOf) {
    }

    public Pulled pull(Path workFolder) {
        if (url == null || url.isBlank()) {
            throw new SnapshotFileException("--source=jdbc needs the replica: set blueprint.source.jdbc.url"
                    + " (e.g. jdbc:mysql://replica:3306/salesforce), .username, and the password in"
                    + " BLUEPRINT_SOURCE_JDBC_PASSWORD");
        }
        Path folder;
        try {
            folder = Files.createDirectories(workFolder);
        } catch (IOException e) {
            throw new SnapshotFileException("cannot make a folder for the replica's tables: " + e.getMessage(), e);
        }
        try {
            return new Pulled(folder, pullInto(folder));
        } catch (RuntimeException e) {
            deleteFlat(folder);
            throw e;
        }
    }

    private Instant pullInto(Path folder) {
        try (Connection connection = DriverManager.getConnection(url, username, password)) {
            connection.setAutoCommit(false);
            connection.setReadOnly(true);
            try (Statement start = connection.createStatement()) {
                start.execute("START TRANSACTION WITH CONSISTENT SNAPSHOT, READ ONLY");
            }
            Instant asOf = snapshotInstant(connection);
            for (Map.Entry<String, String> table : TABLES.entrySet()) {
                if (exists(connection, table.getKey())) {
                    long rows = copy(connection, table.getKey(), folder.resolve(table.getValue()));
                    log.info("Replica table {}: {} rows", table.getKey(), rows);
                } else if (REQUIRED.contains(table.getKey())) {
                    throw new SnapshotFileException("the replica " + withoutCredentials(url) + " has no table " + table.getKey()
                            + "; point blueprint.source.jdbc.url at the database holding the Salesforce tables");
                }
            }
            connection.commit();
            return asOf;
        } catch (SQLException e) {
            throw new SnapshotFileException("cannot read the replica " + withoutCredentials(url) + ": " + e.getMessage(), e);
        }
    }

    /** Deletes the files of a failed pull and its folder (it has no sub-folders). */
    private static void deleteFlat(Path folder) {
        try (var files = Files.list(folder)) {
            for (Path file : files.toList()) {
                Files.delete(file);
            }
            Files.delete(folder);
        } catch (IOException e) {
            log.warn("Could not delete {}: {}", folder, e.getMessage());
        }
    }

    private static Instant snapshotInstant(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet now = statement.executeQuery("SELECT UTC_TIMESTAMP(3)")) {
            now.next();
            return now.getObject(1, LocalDateTime.class).toInstant(ZoneOffset.UTC);
        }
    }

    private static boolean exists(Connection connection, String table) throws SQLException {
        try (ResultSet tables = connection.getMetaData()
                .getTables(connection.getCatalog(), null, table, new String[] {"TABLE"})) {
            return tables.next();
        }
    }

    private static long copy(Connection connection, String table, Path file) throws SQLException {
        try (Statement statement = connection.createStatement(ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY)) {
            statement.setFetchSize(STREAMING);
            try (ResultSet rows = statement.executeQuery("SELECT * FROM `" + table + "`");
                 Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
                 CSVPrinter csv = new CSVPrinter(writer, CSVFormat.RFC4180)) {
                ResultSetMetaData columns = rows.getMetaData();
                for (int i = 1; i <= columns.getColumnCount(); i++) {
                    csv.print(columns.getColumnLabel(i));
                }
                csv.println();
                long count = 0;
                while (rows.next()) {
                    for (int i = 1; i <= columns.getColumnCount(); i++) {
                        csv.print(text(rows, i, columns.getColumnType(i)));
                    }
                    csv.println();
                    count++;
                }
                return count;
            } catch (IOException e) {
                throw new SnapshotFileException("cannot write " + file + ": " + e.getMessage(), e);
            }
        }
    }

    /** A cell as the preset reads it: times as written in the replica (UTC), booleans true/false, null empty. */
    private static String text(ResultSet rows, int column, int type) throws SQLException {
        String value = switch (type) {
            case Types.TIMESTAMP, Types.TIMESTAMP_WITH_TIMEZONE -> {
                LocalDateTime time = rows.getObject(column, LocalDateTime.class);
                yield time == null ? null : time.toString().replace('T', ' ');
            }
            case Types.DATE -> {
                LocalDate date = rows.getObject(column, LocalDate.class);
                yield date == null ? null : date.toString();
            }
            case Types.BIT, Types.BOOLEAN -> {
                boolean flag = rows.getBoolean(column);
                yield rows.wasNull() ? null : Boolean.toString(flag);
            }
            default -> rows.getString(column);
        };
        return value == null ? "" : value;
    }
}
