package io.revblueprint.demo;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** One data row of a CSV file, addressed by column name; may carry the fault planted in it. */
final class CsvRow {

    private final List<String> columns;
    /** Looked up by name only; output order always comes from {@code columns}. */
    private final Map<String, String> cells = new HashMap<>();
    private Fault fault;

    CsvRow(List<String> columns) {
        this.columns = columns;
    }

    CsvRow set(String column, Object value) {
        if (!columns.contains(column)) {
            throw new IllegalArgumentException("no column " + column);
        }
        if (value == null) {
            cells.remove(column);
        } else {
            cells.put(column, value.toString());
        }
        return this;
    }

    String get(String column) {
        return cells.get(column);
    }

    boolean has(String column) {
        String value = cells.get(column);
        return value != null && !value.isEmpty();
    }

    CsvRow copy() {
        CsvRow copy = new CsvRow(columns);
        copy.cells.putAll(cells);
        return copy;
    }

    /** Marks the row as one the importer must quarantine, naming the offending column. */
    void plant(String column, String reason) {
        set(column, get(column));
        fault = new Fault(column, reason);
    }

    Fault fault() {
        return fault;
    }

    List<String> values() {
        return columns.stream().map(column -> cells.getOrDefault(column, "")).toList();
    }

    /** What is wrong with a planted row. */
    record Fault(String column, String reason) {
    }
}
