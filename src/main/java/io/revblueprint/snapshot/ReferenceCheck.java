package io.revblueprint.snapshot;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds a block's rows that name a row the snapshot lacks, with one lookup per reference per block. It runs on the
 * reading thread, on its own connection, while the step stores the block before ({@link ReadAheadRows}), so the
 * step's checks only have the ids left to do. Every reference is to a file an earlier step imported and committed,
 * so an id a lookup does not find is missing.
 */
public final class ReferenceCheck {

    private final SnapshotFormat<?> format;
    private final RowChecks.StoredIds stored;

    public ReferenceCheck(SnapshotFormat<?> format, SnapshotRepository repository, long snapshotId) {
        this(format, repository.storedIds(snapshotId));
    }

    ReferenceCheck(SnapshotFormat<?> format, RowChecks.StoredIds stored) {
        if (format.references().stream().anyMatch(reference -> reference.table().equals(format.table()))) {
            throw new IllegalArgumentException(format.fileName() + " refers to its own rows, which a lookup ahead"
                    + " of the step would not find yet");
        }
        this.format = format;
        this.stored = stored;
    }

    /** The block in file order, each row naming a missing row marked {@link ParsedRow#unresolved unresolved}. */
    @SuppressWarnings("unchecked")
    public List<ParsedRow<?>> resolve(List<ParsedRow<?>> block) {
        return (List<ParsedRow<?>>) (List<?>) resolve((SnapshotFormat<Object>) format,
                (List<ParsedRow<Object>>) (List<?>) block);
    }

    private <T> List<ParsedRow<T>> resolve(SnapshotFormat<T> format, List<ParsedRow<T>> rows) {
        Map<Reference<T>, Set<String>> known = new LinkedHashMap<>();
        for (Reference<T> reference : format.references()) {
            Set<String> named = RowChecks.idsNamed(rows, reference.value());
            known.put(reference, named.isEmpty() ? Set.of()
                    : stored.among(reference.table(), reference.idColumn(), named));
        }
        List<ParsedRow<T>> resolved = new ArrayList<>(rows.size());
        for (ParsedRow<T> row : rows) {
            resolved.add(row.isAccepted() ? firstMissing(row, known) : row);
        }
        return resolved;
    }

    private static String fileOf(String table) {
        return SnapshotFormats.IN_IMPORT_ORDER.stream().filter(format -> format.table().equals(table))
                .map(SnapshotFormat::fileName).findFirst().orElse(table);
    }

    /** The row marked for the first reference naming a row the snapshot lacks, or the row itself. */
    private static <T> ParsedRow<T> firstMissing(ParsedRow<T> row, Map<Reference<T>, Set<String>> known) {
        for (Map.Entry<Reference<T>, Set<String>> reference : known.entrySet()) {
            String named = reference.getKey().value().apply(row.value());
            if (named != null && !reference.getValue().contains(named)) {
                // Its row may be in the file but quarantined: "unknown lead L-5" beside a leads.csv holding L-5 misled.
                return row.unresolved(reference.getKey().column(), "unknown " + reference.getKey().kind() + " " + named
                        + ": not in " + fileOf(reference.getKey().table()) + ", or quarantined there");
            }
        }
        return row;
    }
}
