package io.revblueprint.snapshot;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * The check a chunk of parsed rows needs against the rows already stored: a duplicate id. References were resolved
 * on the reading thread ({@link ReferenceCheck}); a row naming a missing row is quarantined here for that, unless
 * its id is a duplicate, which comes first. One lookup per chunk, so a chunk costs the same at any size. Where the
 * store refuses duplicate ids itself (MySQL), the duplicates among rows that passed are left to it.
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
    private final boolean storeRefusesDuplicates;

    /**
     * {@code storeRefusesDuplicates}: the store itself refuses a row whose id it already holds and reports it (MySQL's
     * LOAD DATA ... IGNORE), so only rows failing another check need their id looked up, and a chunk in which no row
     * failed is handed on as it is: the store refuses its duplicates, the first of each standing.
     */
    RowChecks(SnapshotFormat<T> format, StoredIds stored, boolean storeRefusesDuplicates) {
        this.format = format;
        this.stored = stored;
        this.storeRefusesDuplicates = storeRefusesDuplicates;
    }

    Checked<T> check(List<? extends ParsedRow<T>> rows) {
        if (storeRefusesDuplicates && rows.stream().allMatch(ParsedRow::isAccepted)) {
            // Every row passed: LOAD DATA ... IGNORE keeps the first row of each id and refuses the rest.
            return new Checked<>(List.copyOf(rows));
        }
        Set<String> taken = storedIds(rows);
        List<ParsedRow<T>> checked = new ArrayList<>(rows.size());
        for (ParsedRow<T> row : rows) {
            checked.add(row.isReadable() ? check(row, taken) : row);
        }
        return new Checked<>(checked);
    }

    /** Only a row that passes every check takes its id, so the first valid row with an id is the one that stands. */
    private ParsedRow<T> check(ParsedRow<T> row, Set<String> taken) {
        String id = format.id(row.value());
        if (id != null && taken.contains(id)) {
            return row.reject(format.idColumn(), "duplicate " + format.idColumn() + " " + id);
        }
        if (!row.isAccepted()) {
            return row.reject(row.column(), row.reason());
        }
        if (id != null) {
            taken.add(id);
        }
        return row;
    }

    /** The stored ids among the chunk's: all of them, or only those of rows already failing when the store refuses duplicates. */
    private Set<String> storedIds(List<? extends ParsedRow<T>> rows) {
        if (format.idColumn() == null) {
            return new HashSet<>();
        }
        List<ParsedRow<T>> asked = new ArrayList<>();
        for (ParsedRow<T> row : rows) {
            if (row.isReadable() && (!storeRefusesDuplicates || !row.isAccepted())) {
                asked.add(row);
            }
        }
        Set<String> ids = idsNamed(asked, format::id);
        return ids.isEmpty() ? new HashSet<>() : new HashSet<>(stored.among(format.table(), format.idColumn(), ids));
    }

    /** The distinct non-null ids the readable rows name in a column, in file order. */
    static <T> Set<String> idsNamed(List<? extends ParsedRow<T>> rows, Function<T, String> column) {
        Set<String> ids = new LinkedHashSet<>();
        for (ParsedRow<T> row : rows) {
            String id = row.isReadable() ? column.apply(row.value()) : null;
            if (id != null) {
                ids.add(id);
            }
        }
        return ids;
    }
}
