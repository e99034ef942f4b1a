package io.revblueprint.snapshot;

import org.springframework.batch.infrastructure.item.ItemProcessor;

/** Spring Batch processor: one call into the file's format. */
public class SnapshotRowParser<T> implements ItemProcessor<CsvRow, ParsedRow<T>> {

    private final SnapshotFormat<T> format;
    private final RowContext context;

    public SnapshotRowParser(SnapshotFormat<T> format, RowContext context) {
        this.format = format;
        this.context = context;
    }

    @Override
    public ParsedRow<T> process(CsvRow row) {
        return format.read(row, context);
    }
}
