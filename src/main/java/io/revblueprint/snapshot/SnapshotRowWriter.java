package io.revblueprint.snapshot;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Writes a chunk of parsed rows: duplicates of an id already stored (or earlier in the chunk) and rows naming
 * something the snapshot lacks are quarantined, the rest are batch-inserted. One query per check per chunk.
 */
public class SnapshotRowWriter<T> implements ItemWriter<ParsedRow<T>> {

    private final SnapshotFormat<T> format;
    private final SnapshotRepository repository;
    private final long snapshotId;

    public SnapshotRowWriter(SnapshotFormat<T> format, SnapshotRepository repository, long snapshotId) {
        this.format = format;
        this.repository = repository;
        this.snapshotId = snapshotId;
    }

    @Override
    public void write(Chunk<? extends ParsedRow<T>> chunk) {
        List<ParsedRow<T>> rows = new ArrayList<>(chunk.getItems());
        rows = rejectDuplicates(rows);
        for (Reference<T> reference : format.references()) {
            rows = rejectUnknown(rows, reference);
        }
        List<ParsedRow<T>> accepted = rows.stream().filter(ParsedRow::isAccepted).toList();
        repository.insert(format, snapshotId, accepted);
        repository.quarantine(snapshotId, rows.stream().filter(row -> !row.isAccepted()).toList());
    }

    private List<ParsedRow<T>> rejectDuplicates(List<ParsedRow<T>> rows) {
        if (format.idColumn() == null) {
            return rows;
        }
        Set<String> seen = new HashSet<>(repository.existingIds(format.table(), format.idColumn(), snapshotId,
                ids(rows, format::id)));
        List<ParsedRow<T>> checked = new ArrayList<>(rows.size());
        for (ParsedRow<T> row : rows) {
            if (row.isAccepted() && !seen.add(format.id(row.value()))) {
                checked.add(row.reject(format.idColumn(), "duplicate " + format.idColumn() + " " + format.id(row.value())));
            } else {
                checked.add(row);
            }
        }
        return checked;
    }

    private List<ParsedRow<T>> rejectUnknown(List<ParsedRow<T>> rows, Reference<T> reference) {
        Set<String> known = repository.existingIds(reference.table(), reference.idColumn(), snapshotId,
                ids(rows, reference.value()));
        List<ParsedRow<T>> checked = new ArrayList<>(rows.size());
        for (ParsedRow<T> row : rows) {
            String id = row.isAccepted() ? reference.value().apply(row.value()) : null;
            if (id != null && !known.contains(id)) {
                checked.add(row.reject(reference.column(), "unknown " + reference.kind() + " " + id));
            } else {
                checked.add(row);
            }
        }
        return checked;
    }

    private Set<String> ids(List<ParsedRow<T>> rows, java.util.function.Function<T, String> id) {
        Set<String> ids = new HashSet<>();
        for (ParsedRow<T> row : rows) {
            if (row.isAccepted() && id.apply(row.value()) != null) {
                ids.add(id.apply(row.value()));
            }
        }
        return ids;
    }
}
