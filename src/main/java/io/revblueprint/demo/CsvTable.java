package io.revblueprint.demo;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** The rows of one snapshot file, in file order, before they are written. */
final class CsvTable {

    private final String file;
    private final List<String> columns;
    private final boolean byteOrderMark;
    private final List<CsvRow> rows = new ArrayList<>();

    CsvTable(String file, boolean byteOrderMark, String... columns) {
        this.file = file;
        this.byteOrderMark = byteOrderMark;
        this.columns = List.of(columns);
    }

    CsvTable(String file, String... columns) {
        this(file, false, columns);
    }

    String file() {
        return file;
    }

    List<String> columns() {
        return columns;
    }

    boolean byteOrderMark() {
        return byteOrderMark;
    }

    List<CsvRow> rows() {
        return Collections.unmodifiableList(rows);
    }

    /** A new row at the end of the file. */
    CsvRow append() {
        CsvRow row = new CsvRow(columns);
        rows.add(row);
        return row;
    }

    /** A row not yet in the file, for {@link #insert}. */
    CsvRow detachedRow() {
        return new CsvRow(columns);
    }

    void insert(int index, CsvRow row) {
        rows.add(Math.min(index, rows.size()), row);
    }

    /** Forgets the rows once a streaming writer has written them. */
    void clear() {
        rows.clear();
    }

    int indexOf(CsvRow row) {
        return rows.indexOf(row);
    }
}
