package io.revblueprint.source.mapping;

import io.revblueprint.snapshot.CsvHeader;
import io.revblueprint.snapshot.CsvRow;
import io.revblueprint.snapshot.CsvRowReader;
import io.revblueprint.snapshot.TextEncoding;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/** The files of one source folder, opened as a mapping reads them, each in its encoding (detected once per file). */
final class SourceFiles {

    private final Path folder;
    private final Map<String, FileSpec> specs;
    private final ReadOptions options;

    SourceFiles(Path folder, Map<String, FileSpec> specs, ReadOptions options) {
        this.folder = folder;
        this.specs = specs;
        this.options = options;
    }

    ReadOptions options() {
        return options;
    }

    FileSpec spec(String alias) {
        return specs.get(alias);
    }

    Optional<Path> locate(String alias) {
        return specs.get(alias).locate(folder);
    }

    /** Opens the file of the alias; empty when the folder has none. */
    Optional<Records> open(String alias) {
        return locate(alias).map(path -> new Records(CsvRowReader.openExport(path, encoding(path), SourceColumns::key), options));
    }

    /** Reads every record of the file of the alias (none when absent); returns the file name, or null. */
    String forEach(String alias, Consumer<SourceRecord> action) {
        Optional<Records> records = open(alias);
        if (records.isEmpty()) {
            return null;
        }
        try (Records open = records.get()) {
            for (SourceRecord record; (record = open.next()) != null; ) {
                action.accept(record);
            }
            return open.header().file();
        }
    }

    private Charset encoding(Path path) {
        return ReadOptions.AUTO.equalsIgnoreCase(options.encoding()) ? TextEncoding.detect(path)
                : Charset.forName(options.encoding());
    }

    /**
     * An open source file: its header and its records in file order, but for a report's footer: the lines of one
     * field each that end the file (a Salesforce "Export Details" file's title, "Copyright (c) … salesforce.com",
     * "Confidential Information - Do Not Distribute"), which quarantined 5 rows of 26 and stopped the import.
     */
    static final class Records implements AutoCloseable {

        /** More one-field lines than a footer has are rows, quarantined for their shape. */
        private static final int FOOTER_LINES = 12;

        private final CsvRowReader reader;
        private final ReadOptions options;
        private final Deque<CsvRow> ahead = new ArrayDeque<>();
        private long footerLines;

        Records(CsvRowReader reader, ReadOptions options) {
            this.reader = reader;
            this.options = options;
        }

        CsvHeader header() {
            return reader.header();
        }

        SourceRecord next() {
            if (ahead.isEmpty()) {
                readAhead();
            }
            CsvRow row = ahead.pollFirst();
            return row == null ? null : new SourceRecord(row, options);
        }

        /** The footer's lines, once the file is read to its end; told once. */
        long takeFooterLines() {
            long lines = footerLines;
            footerLines = 0;
            return lines;
        }

        /** The next row, and when it has one field, those after it that have one too: a footer when the file ends. */
        private void readAhead() {
            CsvRow row = reader.next();
            while (row != null && isOneField(row) && ahead.size() < FOOTER_LINES) {
                ahead.addLast(row);
                row = reader.next();
            }
            if (row == null && !ahead.isEmpty()) {
                footerLines = ahead.size();
                ahead.clear();
            } else if (row != null) {
                ahead.addLast(row);
            }
        }

        private static boolean isOneField(CsvRow row) {
            return row.shapeProblem() != null && row.cells().values().stream().filter(Objects::nonNull).count() <= 1;
        }

        @Override
        public void close() {
            reader.close();
        }
    }
}
