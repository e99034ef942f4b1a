package io.revblueprint.snapshot;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

/**
 * Writes a chunk of parsed rows: {@link RowChecks} quarantines duplicates and rows naming something the snapshot
 * lacks, the rest are batch-inserted.
 */
public class SnapshotRowWriter<T> implements ItemWriter<ParsedRow<T>> {

    private final SnapshotFormat<T> format;
    private final SnapshotRepository repository;
    private final long snapshotId;
    private final RowChecks<T> checks;

    public SnapshotRowWriter(SnapshotFormat<T> format, SnapshotRepository repository, long snapshotId) {
        this.format = format;
        this.repository = repository;
        this.snapshotId = snapshotId;
        this.checks = new RowChecks<>(format,
                (table, idColumn, ids) -> repository.existingIds(table, idColumn, snapshotId, ids));
    }

    @Override
    public void write(Chunk<? extends ParsedRow<T>> chunk) {
        RowChecks.Checked<T> rows = checks.check(chunk.getItems());
        repository.insert(format, snapshotId, rows.accepted());
        repository.quarantine(snapshotId, rows.quarantined());
    }
}
