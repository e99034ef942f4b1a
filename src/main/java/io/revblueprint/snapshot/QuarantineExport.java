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

/** Writes quarantine.csv ({@code file,line,column,reason,raw}) for a snapshot, streaming, in file and line order. */
@Component
public class QuarantineExport {

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
            .setHeader("file", "line", "column", "reason", "raw").get();

    private final JdbcTemplate jdbc;

    public QuarantineExport(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Returns the number of rows written. */
    public long write(long snapshotId, Path file) {
        try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
             CSVPrinter printer = new CSVPrinter(writer, FORMAT)) {
            long[] rows = {0};
            jdbc.query("SELECT file_name, line_no, column_name, reason, raw_row FROM quarantine WHERE snapshot_id = ?"
                    + " ORDER BY file_name, line_no", rs -> {
                        try {
                            printer.printRecord(rs.getString("file_name"), rs.getLong("line_no"),
                                    rs.getString("column_name"), rs.getString("reason"), rs.getString("raw_row"));
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
