package io.revblueprint.snapshot;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes quarantine.csv for a snapshot, streaming, in source file and line order: the contract's columns (the
 * canonical file and line, the column, the reason, the record as read), then where the row came from (the export's
 * file and line, or the canonical file's). The source columns came first until a reader by position found the
 * contract's "column" where "line" should be.
 */
@Component
public class QuarantineExport {

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
            .setHeader("file", "line", "column", "reason", "raw", "source_file", "source_line").get();

    private final JdbcTemplate jdbc;

    public QuarantineExport(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Returns the number of rows written. */
    public long write(long snapshotId, Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the folder of " + file, e);
        }
        try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
             CSVPrinter printer = new CSVPrinter(writer, FORMAT)) {
            long[] rows = {0};
            jdbc.query("SELECT source_file, source_line, file_name, line_no, column_name, reason, raw_row FROM quarantine"
                    + " WHERE snapshot_id = ? ORDER BY source_file, source_line, file_name, line_no", rs -> {
                        try {
                            printer.printRecord(SpreadsheetSafe.text(rs.getString("file_name")),
                                    rs.getLong("line_no"), SpreadsheetSafe.text(rs.getString("column_name")),
                                    SpreadsheetSafe.text(rs.getString("reason")),
                                    SpreadsheetSafe.text(rs.getString("raw_row")),
                                    SpreadsheetSafe.text(rs.getString("source_file")), rs.getLong("source_line"));
                            rows[0]++;
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    }, snapshotId);
            return rows[0];
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}
