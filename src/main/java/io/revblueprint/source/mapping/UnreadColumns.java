package io.revblueprint.source.mapping;

import io.revblueprint.snapshot.CsvHeader;
import io.revblueprint.snapshot.CsvRow;
import io.revblueprint.snapshot.ImportSummary;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Source columns the mapping does not read whose names hold a canonical column's name and that hold values: TCRM's
 * Lead.csv has scores in Score1__c…Score4__c, and its blueprint asked RevOps to start scoring leads. A column empty
 * in every record is no lead (Data Cloud's BudgetedCost). Only canonical columns with such candidates are watched,
 * and only until a row fills them, so a file's later rows cost nothing.
 */
final class UnreadColumns {

    private static final int NAMED = 5;

    private final CsvHeader header;
    /** Canonical columns no row has filled yet → the unread positions that may hold them. */
    private final Map<String, List<Integer>> watched = new LinkedHashMap<>();
    private final Set<Integer> holdingValues = new LinkedHashSet<>();
    private long mappedRows;

    /** {@code unread}: the header's positions the mapping does not read. */
    UnreadColumns(List<String> canonicalColumns, CsvHeader header, List<Integer> unread) {
        this.header = header;
        for (String column : canonicalColumns) {
            String wanted = SourceColumns.key(column.replaceFirst("_at$", ""));
            List<Integer> named = unread.stream()
                    .filter(i -> !wanted.isEmpty() && SourceColumns.key(header.labels().get(i)).contains(wanted))
                    .toList();
            if (!named.isEmpty()) {
                watched.put(column, named);
            }
        }
    }

    /** Notes which watched candidates of a (not deleted) record hold a value. */
    void observe(SourceRecord record) {
        for (List<Integer> positions : watched.values()) {
            for (int position : positions) {
                if (!holdingValues.contains(position) && record.get(header.names().get(position)) != null) {
                    holdingValues.add(position);
                }
            }
        }
    }

    /** A row the record became: a canonical column it fills is no longer watched. */
    void mapped(CsvRow row) {
        mappedRows++;
        if (!watched.isEmpty()) {
            watched.keySet().removeIf(column -> row.get(column) != null);
        }
    }

    /** "score left empty; columns the mapping does not read may hold it: Score1__c, … (…)", with its row count. */
    Map<String, Long> notes() {
        Map<String, Long> notes = new LinkedHashMap<>();
        watched.forEach((column, positions) -> {
            List<String> named = positions.stream().filter(holdingValues::contains).map(header.labels()::get).toList();
            if (!named.isEmpty() && mappedRows > 0) {
                notes.put(column + " left empty; columns the mapping does not read may hold it: "
                        + ImportSummary.firstOf(named, NAMED) + " (a mapping profile can name one)", mappedRows);
            }
        });
        return notes;
    }
}
