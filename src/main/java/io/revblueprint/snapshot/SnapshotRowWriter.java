package io.revblueprint.snapshot;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

import java.util.List;

/**
 * Writes a chunk of parsed rows: {@link RowChecks} quarantines duplicates and the rows the reading thread found
 * naming something the snapshot lacks ({@link ReferenceCheck}), the rest are stored; a row the store refuses as a
 * duplicate id (on MySQL, every duplicate among rows that passed) is quarantined with them.
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
        this.checks = new RowChecks<>(format, repository.storedIds(snapshotId), repository.refusesDuplicateIds());
    }

    @Override
    public void write(Chunk<? extends ParsedRow<T>> chunk) {
        RowChecks.Checked<T> rows = checks.check(chunk.getItems());
        List<ParsedRow<T>> refused = repository.insert(format, snapshotId, rows.accepted());
        repository.quarantine(snapshotId, rows.quarantined());
        repository.quarantine(snapshotId, refused);
    }
}
