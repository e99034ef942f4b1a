package io.revblueprint.snapshot;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The checks a chunk of parsed rows needs against the rows already stored: a duplicate id, then a reference to
 * a row the snapshot lacks. One lookup per check per chunk, so a chunk costs the same few queries at any size.
 */
final class RowChecks<T> {

    /** Of the given ids, those a table already holds for the snapshot being imported. */
    @FunctionalInterface
    interface StoredIds {
        Set<String> among(String table, String idColumn, Collection<String> ids);
    }

    /** A chunk's rows in file order after the checks. */
    record Checked<T>(List<ParsedRow<T>> rows) {

        List<ParsedRow<T>> accepted() {
            return rows.stream().filter(ParsedRow::isAccepted).toList();
        }

        List<ParsedRow<T>> quarantined() {
            return rows.stream().filter(row -> !row.isAccepted()).toList();
        }
    }

    private final SnapshotFormat<T> format;
    private final StoredIds stored;

    RowChecks(SnapshotFormat<T> format, StoredIds stored) {
        this.format = format;
        this.stored = stored;
    }

    Checked<T> check(List<? extends ParsedRow<T>> rows) {
        Set<String> taken = format.idColumn() == null ? new HashSet<>()
                : new HashSet<>(stored.among(format.table(), format.idColumn(), idsNamed(rows, format::id)));
        Map<Reference<T>, Set<String>> known = new LinkedHashMap<>();
        for (Reference<T> reference : format.references()) {
            known.put(reference,
                    stored.among(reference.table(), reference.idColumn(), idsNamed(rows, reference.value())));
        }
        List<ParsedRow<T>> checked = new ArrayList<>(rows.size());
        for (ParsedRow<T> row : rows) {
            checked.add(row.isAccepted() ? check(row, taken, known) : row);
        }
        return new Checked<>(checked);
    }

    /** Only a row that passes every check takes its id, so the first valid row with an id is the one that stands. */
    private ParsedRow<T> check(ParsedRow<T> row, Set<String> taken, Map<Reference<T>, Set<String>> known) {
        String id = format.id(row.value());
        if (id != null && taken.contains(id)) {
            return row.reject(format.idColumn(), "duplicate " + format.idColumn() + " " + id);
        }
        for (Map.Entry<Reference<T>, Set<String>> reference : known.entrySet()) {
            String named = reference.getKey().value().apply(row.value());
            if (named != null && !reference.getValue().contains(named)) {
                return row.reject(reference.getKey().column(), "unknown " + reference.getKey().kind() + " " + named);
            }
        }
        if (id != null) {
            taken.add(id);
        }
        return row;
    }

    private static <T> Set<String> idsNamed(List<? extends ParsedRow<T>> rows, Function<T, String> column) {
        Set<String> ids = new LinkedHashSet<>();
        for (ParsedRow<T> row : rows) {
            String id = row.isAccepted() ? column.apply(row.value()) : null;
            if (id != null) {
                ids.add(id);
            }
        }
        return ids;
    }
}
