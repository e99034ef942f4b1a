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
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.function.UnaryOperator;

/**
 * Streams the records of one CSV file (RFC 4180, optional BOM; UTF-8 for a canonical snapshot) without holding the
 * file in memory, tracking the physical line each record starts on so quarantined rows can be found in the file.
 */
public final class CsvRowReader implements AutoCloseable {

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).get();

    private final String file;
    private final Path path;
    private final Charset charset;
    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private final CsvHeader header;
    private final RecordCells.Columns columns;
    private long lastLineRead;

    private CsvRowReader(Path path, Charset charset, CSVParser parser, UnaryOperator<String> columnKey) {
        this.file = path.getFileName().toString();
        this.path = path;
        this.charset = charset;
        this.parser = parser;
        this.records = parser.iterator();
        try {
            if (!records.hasNext()) {
                throw new SnapshotFileException(file + " is empty: it needs at least a header row");
            }
            this.header = CsvHeader.of(file, records.next().toList(), columnKey);
            this.columns = new RecordCells.Columns(header.names());
        } catch (UncheckedIOException e) {
            close();
            throw unreadable(e.getCause());
        } catch (RuntimeException e) {
            close();
            throw e;
        }
        this.lastLineRead = parser.getCurrentLineNumber();
    }

    /** A canonical snapshot file: UTF-8, header names matched lower-cased. */
    public static CsvRowReader open(Path path) {
        return open(path, StandardCharsets.UTF_8, CsvHeader::canonicalKey);
    }

    /** A file in the given encoding whose header names become cell keys through {@code columnKey}. */
    public static CsvRowReader open(Path path, Charset charset, UnaryOperator<String> columnKey) {
        try {
            var decoder = charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
            Reader reader = new InputStreamReader(BOMInputStream.builder()
                    .setInputStream(Files.newInputStream(path)).get(), decoder);
            return new CsvRowReader(path, charset, FORMAT.parse(reader), columnKey);
        } catch (IOException e) {
            throw new SnapshotFileException(path.getFileName() + ": cannot be read (" + e.getMessage() + ")", e);
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
            // The decoder reads ahead of the parser: find the line in the bytes.
            return new SnapshotFileException(file + " line " + TextEncoding.firstUndecodableLine(path, charset)
                    + " is not valid " + charset.displayName() + "; export the file as " + charset.displayName()
                    + " (or say its encoding) and run again", cause);
        }
        return new SnapshotFileException(file + " line " + (lastLineRead + 1) + ": " + cause.getMessage()
                + "; fix the file (RFC 4180 CSV, " + charset.displayName() + ") and run again", cause);
    }

    private static boolean isBlank(CSVRecord record) {
        return record.size() == 1 && record.get(0).isEmpty();
    }

    private CsvRow toRow(CSVRecord record, long startLine) {
        int width = header.names().size();
        String shapeProblem = record.size() == width ? null
                : "has " + record.size() + " fields, the header has " + width;
        return new CsvRow(file, startLine, columns.of(record.values()), () -> raw(record), shapeProblem);
    }

    /** The record as one RFC 4180 line: a field with a comma, quote or line break quoted, its quotes doubled. */
    private static String raw(CSVRecord record) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < record.size(); i++) {
            String value = record.get(i);
            if (i > 0) {
                line.append(',');
            }
            if (value.indexOf(',') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0) {
                line.append('"').append(value.replace("\"", "\"\"")).append('"');
            } else {
                line.append(value);
            }
        }
        return line.toString();
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
