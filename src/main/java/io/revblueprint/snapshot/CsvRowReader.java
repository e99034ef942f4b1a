package io.revblueprint.snapshot;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import org.apache.commons.io.input.BOMInputStream;
import org.apache.commons.io.input.SequenceReader;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Iterator;
import java.util.function.UnaryOperator;

/**
 * Streams the records of one CSV file (RFC 4180, optional BOM; UTF-8 for a canonical snapshot) without holding the
 * file in memory, tracking the physical line each record starts on so quarantined rows can be found in the file.
 */
public final class CsvRowReader implements AutoCloseable {

    /**
     * Read after the file's data, on a line of its own. FastCSV ends a quote the file leaves open at the end of the
     * file instead of failing; such a quote swallows this mark, so a last record that holds it reports that quote.
     */
    private static final String END_MARK = "\u0000";

    private final String file;
    private final Path path;
    private final Charset charset;
    private final CsvFields fields = new CsvFields();
    private final CsvReader<CsvFields.Record> csv;
    private final Iterator<CsvFields.Record> records;
    private final CsvHeader header;
    private final RecordCells.Columns columns;

    private CsvRowReader(Path path, Charset charset, Reader text, UnaryOperator<String> columnKey, char separator) {
        this.file = path.getFileName().toString();
        this.path = path;
        this.charset = charset;
        this.csv = CsvReader.builder().fieldSeparator(separator).allowExtraFields(true).allowMissingFields(true)
                .build(fields, new SequenceReader(text, new StringReader("\n" + END_MARK)));
        this.records = csv.iterator();
        try {
            CsvFields.Record first = nextRecord();
            if (first == null) {
                throw new SnapshotFileException(file + " is empty: it needs at least a header row");
            }
            this.header = CsvHeader.of(file, Arrays.asList(first.values()), columnKey);
            this.columns = new RecordCells.Columns(header.names());
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    /** A canonical snapshot file: UTF-8, header names matched lower-cased. */
    public static CsvRowReader open(Path path) {
        return open(path, StandardCharsets.UTF_8, CsvHeader::canonicalKey);
    }

    /** A file in the given encoding whose header names become cell keys through {@code columnKey}. */
    public static CsvRowReader open(Path path, Charset charset, UnaryOperator<String> columnKey) {
        return open(path, charset, columnKey, ',');
    }

    /**
     * A CRM export: separated by commas, or by the semicolons (or tabs) of a header without a comma, as Excel saves
     * a CSV in a German locale; read with commas, its header was one column and "Record ID is missing".
     */
    public static CsvRowReader openExport(Path path, Charset charset, UnaryOperator<String> columnKey) {
        return open(path, charset, columnKey, ExportSeparator.of(path, charset));
    }

    private static CsvRowReader open(Path path, Charset charset, UnaryOperator<String> columnKey, char separator) {
        try {
            var decoder = charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
            Reader reader = new InputStreamReader(BOMInputStream.builder()
                    .setInputStream(Files.newInputStream(path)).get(), decoder);
            return new CsvRowReader(path, charset, reader, columnKey, separator);
        } catch (IOException e) {
            throw new SnapshotFileException(path.getFileName() + ": cannot be read (" + e.getMessage() + ")", e);
        }
    }

    public CsvHeader header() {
        return header;
    }

    /** The next non-blank record, or null at the end of the file. */
    public CsvRow next() {
        for (CsvFields.Record record; (record = nextRecord()) != null; ) {
            if (!isBlank(record)) {
                return toRow(record);
            }
        }
        return null;
    }

    /** The next record of the file, or null at the end mark; a quote left open fails before its record is used. */
    private CsvFields.Record nextRecord() {
        try {
            if (!records.hasNext()) {
                return null; // asked again after the end
            }
            CsvFields.Record record = records.next();
            if (record.last().endsWith(END_MARK) && !records.hasNext()) {
                if (record.values().length == 1 && record.last().equals(END_MARK)) {
                    return null;
                }
                throw malformed(record.line(), "a quoted field opened on this line is never closed", null);
            }
            return record;
        } catch (UncheckedIOException e) {
            throw unreadable(e.getCause());
        } catch (CsvParseException e) {
            throw malformed(fields.line(), rootMessage(e), e);
        }
    }

    private SnapshotFileException malformed(long line, String problem, Exception cause) {
        return new SnapshotFileException(file + " line " + line + ": " + problem + "; fix the file (RFC 4180 CSV, "
                + charset.displayName() + ") and run again", cause);
    }

    private SnapshotFileException unreadable(IOException cause) {
        if (cause instanceof CharacterCodingException) {
            // The decoder reads ahead of the parser: find the line in the bytes.
            return new SnapshotFileException(file + " line " + TextEncoding.firstUndecodableLine(path, charset)
                    + " is not valid " + charset.displayName() + "; save the file as " + charset.displayName()
                    + " (in Excel: CSV UTF-8) and run again; a mapped export may name its encoding with"
                    + " --blueprint.source.encoding", cause);
        }
        return malformed(fields.line(), cause.getMessage(), cause);
    }

    /** FastCSV wraps the parser's own complaint in one naming the line, which ours names already. */
    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getMessage();
    }

    private static boolean isBlank(CsvFields.Record record) {
        return record.values().length == 1 && record.last().isEmpty();
    }

    private CsvRow toRow(CsvFields.Record record) {
        String[] values = record.values();
        int width = header.names().size();
        String shapeProblem = values.length == width ? null
                : "has " + values.length + " fields, the header has " + width;
        return new CsvRow(file, record.line(), columns.of(values), () -> raw(values), shapeProblem);
    }

    /** The record as one RFC 4180 line: a field with a comma, quote or line break quoted, its quotes doubled. */
    private static String raw(String[] values) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < values.length; i++) {
            String value = values[i];
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
            csv.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
