package io.revblueprint.demo;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Reads a written snapshot file back independently of the generator, keeping each record's start line. */
final class SnapshotReader {

    static final ZoneId COMPANY_ZONE = ZoneId.of("Europe/Berlin");

    private SnapshotReader() {
    }

    /** One parsed record with the 1-based physical line it starts on. */
    record Row(long line, Map<String, String> cells) {

        String get(String column) {
            String value = cells.get(column);
            return value == null || value.isEmpty() ? null : value;
        }

        Instant instant(String column) {
            return SnapshotReader.instant(get(column));
        }
    }

    static List<Row> read(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
        List<Row> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            int scanned = 0;
            long line = 1;
            for (CSVRecord record : parser) {
                int start = (int) record.getCharacterPosition();
                line += text.substring(scanned, start).chars().filter(c -> c == '\n').count();
                scanned = start;
                rows.add(new Row(line, record.toMap()));
            }
        }
        return rows;
    }

    /** ISO-8601 with offset or Z; without offset it is company time, as the contract says. */
    static Instant instant(String text) {
        if (text == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException noOffset) {
            return LocalDateTime.parse(text).atZone(COMPANY_ZONE).toInstant();
        }
    }
}
