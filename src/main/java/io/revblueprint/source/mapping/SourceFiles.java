package io.revblueprint.source.mapping;

import io.revblueprint.snapshot.CsvHeader;
import io.revblueprint.snapshot.CsvRow;
import io.revblueprint.snapshot.CsvRowReader;
import io.revblueprint.snapshot.TextEncoding;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.Map;
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

    /** An open source file: its header and its records in file order. */
    static final class Records implements AutoCloseable {

        private final CsvRowReader reader;
        private final ReadOptions options;

        Records(CsvRowReader reader, ReadOptions options) {
            this.reader = reader;
            this.options = options;
        }

        CsvHeader header() {
            return reader.header();
        }

        SourceRecord next() {
            CsvRow row = reader.next();
            return row == null ? null : new SourceRecord(row, options);
        }

        @Override
        public void close() {
            reader.close();
        }
    }
}
