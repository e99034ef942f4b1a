package io.revblueprint.source.mapping;

import io.revblueprint.snapshot.CsvHeader;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Source columns the mapping does not read whose names hold a canonical column's name and that hold values: TCRM's
 * Lead.csv has scores in Score1__c…Score4__c, and its blueprint asked RevOps to start scoring leads. A column empty
 * in every record is no lead (Data Cloud's BudgetedCost).
 */
final class UnreadColumns {

    private static final int NAMED = 5;

    private final CsvHeader header;
    private final Map<String, List<Integer>> candidates = new LinkedHashMap<>();
    private final Set<Integer> unseen = new LinkedHashSet<>();
    private final Set<Integer> filled = new LinkedHashSet<>();

    /** {@code ignored}: the header's positions the mapping does not read. */
    UnreadColumns(List<String> canonicalColumns, CsvHeader header, List<Integer> ignored) {
        this.header = header;
        for (String column : canonicalColumns) {
            String wanted = SourceColumns.key(column.replaceFirst("_at$", ""));
            List<Integer> named = ignored.stream()
                    .filter(i -> !wanted.isEmpty() && SourceColumns.key(header.labels().get(i)).contains(wanted))
                    .toList();
            if (!named.isEmpty()) {
                candidates.put(column, named);
                unseen.addAll(named);
            }
        }
    }

    /** Notes which candidate columns of the record hold a value. */
    void observe(SourceRecord record) {
        if (unseen.isEmpty()) {
            return;
        }
        for (var it = unseen.iterator(); it.hasNext(); ) {
            int position = it.next();
            String value = record.get(header.names().get(position));
            if (value != null && !value.isBlank()) {
                filled.add(position);
                it.remove();
            }
        }
    }

    /** "columns the mapping does not read may hold it: Score1__c, … (a mapping profile can name one)". */
    Optional<String> mayHold(String canonicalColumn) {
        List<String> named = new ArrayList<>();
        candidates.getOrDefault(canonicalColumn, List.of()).stream().filter(filled::contains)
                .forEach(position -> named.add(header.labels().get(position)));
        if (named.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("columns the mapping does not read may hold it: "
                + String.join(", ", named.subList(0, Math.min(NAMED, named.size())))
                + (named.size() > NAMED ? " and " + (named.size() - NAMED) + " more" : "")
                + " (a mapping profile can name one)");
    }
}
