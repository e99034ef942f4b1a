package io.revblueprint.snapshot;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;
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
    private final boolean storeRefusesDuplicates;
    private final BiPredicate<String, String> foundAhead;

    /**
     * {@code storeRefusesDuplicates}: the store itself refuses a row whose id it already holds and reports it (MySQL's
     * LOAD DATA ... IGNORE), so only rows failing another check need their id looked up. {@code foundAhead}: whether
     * (table, id) was already found in the table by a lookup ahead of the step ({@link ReferencePrefetch}).
     */
    RowChecks(SnapshotFormat<T> format, StoredIds stored, boolean storeRefusesDuplicates,
              BiPredicate<String, String> foundAhead) {
        this.format = format;
        this.stored = stored;
        this.storeRefusesDuplicates = storeRefusesDuplicates;
        this.foundAhead = foundAhead;
    }

    Checked<T> check(List<? extends ParsedRow<T>> rows) {
        Map<Reference<T>, Set<String>> known = new LinkedHashMap<>();
        for (Reference<T> reference : format.references()) {
            known.put(reference, known(reference, idsNamed(rows, reference.value())));
        }
        List<ParsedRow<T>> unresolved = new ArrayList<>(rows.size());
        for (ParsedRow<T> row : rows) {
            unresolved.add(row.isAccepted() ? missingReference(row, known) : null);
        }
        Set<String> taken = storedIds(rows, unresolved);
        List<ParsedRow<T>> checked = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            ParsedRow<T> row = rows.get(i);
            checked.add(row.isAccepted() ? check(row, unresolved.get(i), taken) : row);
        }
        return new Checked<>(checked);
    }

    /** Only a row that passes every check takes its id, so the first valid row with an id is the one that stands. */
    private ParsedRow<T> check(ParsedRow<T> row, ParsedRow<T> unresolved, Set<String> taken) {
        String id = format.id(row.value());
        if (id != null && taken.contains(id)) {
            return row.reject(format.idColumn(), "duplicate " + format.idColumn() + " " + id);
        }
        if (unresolved != null) {
            return unresolved;
        }
        if (id != null) {
            taken.add(id);
        }
        return row;
    }

    /** The row quarantined for the first reference naming a row the snapshot lacks, or null if all resolve. */
    private ParsedRow<T> missingReference(ParsedRow<T> row, Map<Reference<T>, Set<String>> known) {
        for (Map.Entry<Reference<T>, Set<String>> reference : known.entrySet()) {
            String named = reference.getKey().value().apply(row.value());
            if (named != null && !reference.getValue().contains(named)) {
                return row.reject(reference.getKey().column(), "unknown " + reference.getKey().kind() + " " + named);
            }
        }
        return null;
    }

    /** Of the named ids, those the referenced table holds: found ahead, or the rest looked up in one query. */
    private Set<String> known(Reference<T> reference, Set<String> named) {
        Set<String> known = new HashSet<>();
        List<String> unconfirmed = new ArrayList<>();
        for (String id : named) {
            if (foundAhead.test(reference.table(), id)) {
                known.add(id);
            } else {
                unconfirmed.add(id);
            }
        }
        if (!unconfirmed.isEmpty()) {
            known.addAll(stored.among(reference.table(), reference.idColumn(), unconfirmed));
        }
        return known;
    }

    /** The stored ids among the chunk's: all of them, or only those of rows already failing when the store refuses duplicates. */
    private Set<String> storedIds(List<? extends ParsedRow<T>> rows, List<ParsedRow<T>> unresolved) {
        if (format.idColumn() == null) {
            return new HashSet<>();
        }
        List<ParsedRow<T>> asked = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).isAccepted() && (!storeRefusesDuplicates || unresolved.get(i) != null)) {
                asked.add(rows.get(i));
            }
        }
        Set<String> ids = idsNamed(asked, format::id);
        return ids.isEmpty() ? new HashSet<>() : new HashSet<>(stored.among(format.table(), format.idColumn(), ids));
    }

    /** The distinct non-null ids the accepted rows name in a column, in file order. */
    static <T> Set<String> idsNamed(List<? extends ParsedRow<T>> rows, Function<T, String> column) {
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
