package io.revblueprint.snapshot;

import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A snapshot CSV row for tests: a valid row changed cell by cell, read by a format as the import reads it. */
final class TestRow {

    /** Berlin, so an offset-less time differs from UTC; the cutoff is midnight UTC on 1 October 2026. */
    static final RowContext CONTEXT = new RowContext(ZoneId.of("Europe/Berlin"), Instant.parse("2026-10-01T00:00:00Z"), "EUR");

    private final Map<String, String> cells;

    private TestRow(Map<String, String> cells) {
        this.cells = cells;
    }

    /** A row from column, value pairs, in header order. */
    static TestRow of(String... columnsAndValues) {
        Map<String, String> cells = new LinkedHashMap<>();
        for (int i = 0; i < columnsAndValues.length; i += 2) {
            cells.put(columnsAndValues[i], columnsAndValues[i + 1]);
        }
        return new TestRow(cells);
    }

    TestRow with(String column, String value) {
        Map<String, String> changed = new LinkedHashMap<>(cells);
        changed.put(column, value);
        return new TestRow(changed);
    }

    /** The row of a file whose header lacks the column. */
    TestRow without(String column) {
        Map<String, String> changed = new LinkedHashMap<>(cells);
        changed.remove(column);
        return new TestRow(changed);
    }

    CsvHeader header(SnapshotFormat<?> format) {
        return CsvHeader.of(format.fileName(), List.copyOf(cells.keySet()));
    }

    <T> ParsedRow<T> readBy(SnapshotFormat<T> format) {
        return readBy(format, CONTEXT);
    }

    <T> ParsedRow<T> readBy(SnapshotFormat<T> format, RowContext context) {
        CsvRow row = new CsvRow(format.fileName(), 2, new HashMap<>(cells), () -> String.join(",", cells.values()), null);
        return format.read(row, context);
    }
}
