package io.revblueprint.snapshot;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.io.input.BOMInputStream;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Streams the records of one snapshot CSV file (RFC 4180, UTF-8, optional BOM) without holding the file in
 * memory, tracking the physical line each record starts on so quarantined rows can be found in the file.
 */
public final class CsvRowReader implements AutoCloseable {

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).get();
    private static final CSVFormat RAW_FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator("").get();

    private final String file;
    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private final CsvHeader header;
    private long lastLineRead;

    private CsvRowReader(String file, CSVParser parser) {
        this.file = file;
        this.parser = parser;
        this.records = parser.iterator();
        try {
            if (!records.hasNext()) {
                throw new SnapshotFileException(file + " is empty: it needs at least a header row");
            }
            this.header = CsvHeader.of(file, records.next().toList());
        } catch (UncheckedIOException e) {
            throw unreadable(e.getCause());
        }
        this.lastLineRead = parser.getCurrentLineNumber();
    }

    public static CsvRowReader open(Path path) {
        String file = path.getFileName().toString();
        try {
            var decoder = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
            Reader reader = new InputStreamReader(BOMInputStream.builder()
                    .setInputStream(Files.newInputStream(path)).get(), decoder);
            return new CsvRowReader(file, FORMAT.parse(reader));
        } catch (IOException e) {
            throw new SnapshotFileException(file + ": cannot be read (" + e.getMessage() + ")", e);
        }
    }

    public CsvHeader header() {
        return header;
    }

    /** The next non-blank record, or null at the end of the file. */
    public CsvRow next() {
        try {
            while (records.hasNext()) {
                CSVRecord record = records.next();
                long startLine = lastLineRead + 1;
                lastLineRead = parser.getCurrentLineNumber();
                if (!isBlank(record)) {
                    return toRow(record, startLine);
                }
            }
            return null;
        } catch (UncheckedIOException e) {
            throw unreadable(e.getCause());
        }
    }

    private SnapshotFileException unreadable(IOException cause) {
        if (cause instanceof CharacterCodingException) {
            // The decoder reads ahead, so the line is unknown: name the file only.
            return new SnapshotFileException(file + " is not valid UTF-8; export it as UTF-8 and run again", cause);
        }
        return new SnapshotFileException(file + " line " + (lastLineRead + 1) + ": " + cause.getMessage()
                + "; fix the file (RFC 4180 CSV, UTF-8) and run again", cause);
    }

    private static boolean isBlank(CSVRecord record) {
        return record.size() == 1 && record.get(0).isEmpty();
    }

    private CsvRow toRow(CSVRecord record, long startLine) {
        List<String> names = header.names();
        Map<String, String> cells = new HashMap<>(names.size() * 2);
        for (int i = 0; i < Math.min(names.size(), record.size()); i++) {
            cells.putIfAbsent(names.get(i), record.get(i));
        }
        String shapeProblem = record.size() == names.size() ? null
                : "has " + record.size() + " fields, the header has " + names.size();
        return new CsvRow(file, startLine, cells, RAW_FORMAT.format(record.values()), shapeProblem);
    }

    @Override
    public void close() {
        try {
            parser.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
