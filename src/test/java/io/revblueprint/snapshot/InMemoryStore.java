package io.revblueprint.snapshot;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The ids a snapshot already holds, per table, answering the checks as the repository does and recording each lookup. */
final class InMemoryStore implements RowChecks.StoredIds {

    private final Map<String, Set<String>> idsByTable = new HashMap<>();
    private final List<String> lookups = new ArrayList<>();
    private boolean refusesDuplicates;

    InMemoryStore holding(String table, String... ids) {
        idsByTable.computeIfAbsent(table, name -> new HashSet<>()).addAll(List.of(ids));
        return this;
    }

    /** As MySQL's LOAD DATA ... IGNORE: the store, not the checks, refuses a row whose id it holds. */
    InMemoryStore refusingDuplicates() {
        refusesDuplicates = true;
        return this;
    }

    /**
     * Checks the rows' references as one block, as the reading thread does, then the rows as one chunk, storing the
     * accepted ones as the import's writer does; the rows in file order.
     */
    @SuppressWarnings("unchecked")
    <T> List<ParsedRow<T>> write(SnapshotFormat<T> format, TestRow... rows) {
        List<ParsedRow<?>> resolved = new ReferenceCheck(format, this)
                .resolve(Stream.of(rows).<ParsedRow<?>>map(row -> row.readBy(format)).toList());
        RowChecks.Checked<T> checked = new RowChecks<>(format, this, refusesDuplicates)
                .check((List<ParsedRow<T>>) (List<?>) resolved);
        checked.accepted().stream().map(row -> format.id(row.value())).filter(Objects::nonNull)
                .forEach(id -> holding(format.table(), id));
        return checked.rows();
    }

    /** Each lookup as {@code table.column [ids]}, in the order asked. */
    List<String> lookups() {
        return lookups;
    }

    @Override
    public Set<String> among(String table, String idColumn, Collection<String> ids) {
        lookups.add(table + "." + idColumn + " " + new TreeSet<>(ids));
        Set<String> held = idsByTable.getOrDefault(table, Set.of());
        return ids.stream().filter(held::contains).collect(Collectors.toSet());
    }
}
