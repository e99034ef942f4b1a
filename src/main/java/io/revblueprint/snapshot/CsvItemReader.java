package io.revblueprint.snapshot;

import org.springframework.batch.infrastructure.item.support.AbstractItemCountingItemStreamItemReader;

import java.nio.file.Files;
import java.nio.file.Path;

/** Spring Batch reader over one snapshot file; restartable by record count. */
public class CsvItemReader extends AbstractItemCountingItemStreamItemReader<CsvRow> {

    private final Path file;
    private CsvRowReader reader;

    public CsvItemReader(Path file) {
        this.file = file;
        setName(file.getFileName().toString());
    }

    /** An optional file that is absent simply has no rows. */
    @Override
    protected void doOpen() {
        reader = Files.isRegularFile(file) ? CsvRowReader.open(file) : null;
    }

    @Override
    protected CsvRow doRead() {
        return reader == null ? null : reader.next();
    }

    @Override
    protected void doClose() {
        if (reader != null) {
            reader.close();
            reader = null;
        }
    }
}
