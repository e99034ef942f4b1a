package io.revblueprint.snapshot;

import java.sql.SQLException;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One file of the canonical snapshot: its columns, how a row is parsed and validated, what it references,
 * and the table it is stored in. Formats are imported in {@link SnapshotFormats#IN_IMPORT_ORDER}, so a
 * reference always points at a file already imported.
 */
public abstract class SnapshotFormat<T> {

    private final String fileName;
    private final boolean required;
    private final String table;
    private final String idColumn;
    private final List<String> requiredColumns;
    private final Set<String> knownColumns;
    private final List<String> tableColumns;

    SnapshotFormat(String fileName, boolean required, String table, String idColumn,
                   List<String> requiredColumns, List<String> optionalColumns, List<String> tableColumns) {
        this.fileName = fileName;
        this.required = required;
        this.table = table;
        this.idColumn = idColumn;
        this.requiredColumns = List.copyOf(requiredColumns);
        Set<String> known = new LinkedHashSet<>(requiredColumns);
        known.addAll(optionalColumns);
        this.knownColumns = Collections.unmodifiableSet(known);
        this.tableColumns = List.copyOf(tableColumns);
    }

    /** Reads one row's values; throws {@link RowRejectedException} for the first rule it breaks. */
    abstract T parse(Fields fields);

    /** Binds the row's values in the order of the table columns. */
    abstract void bind(RowValues values, T row) throws SQLException;

    /** The row's id, unique within the file; null for files without ids. */
    abstract String id(T row);

    List<Reference<T>> references() {
        return List.of();
    }

    List<List<String>> requiredOneOf() {
        return List.of();
    }

    /** Parses a row, turning a broken rule into a quarantine entry. */
    public final ParsedRow<T> read(CsvRow row, RowContext context) {
        if (row.shapeProblem() != null) {
            return ParsedRow.rejected(row, null, "row " + row.shapeProblem());
        }
        try {
            checkCells(row, context.limits());
            return ParsedRow.accepted(row, parse(new Fields(row, context)));
        } catch (RowRejectedException e) {
            return ParsedRow.rejected(row, e.column(), e.reason());
        }
    }

    /**
     * Every cell the format reads fits its column and holds no control character (a NUL byte, an escape): one bad
     * cell is one quarantined row, never a failed import.
     */
    private void checkCells(CsvRow row, ColumnLimits limits) {
        Map<String, Integer> tableLimits = limits.forTable(table);
        for (Map.Entry<String, String> cell : row.cells().entrySet()) {
            String value = cell.getValue();
            if (value == null || value.isEmpty() || !knownColumns.contains(cell.getKey())) {
                continue;
            }
            int control = firstControl(value);
            if (control >= 0) {
                throw new RowRejectedException(cell.getKey(), String.format("control character U+%04X in %s; remove"
                        + " it from the export", control, cell.getKey()));
            }
            if (cell.getKey().endsWith("_id") && (value.contains("/") || value.contains("\\"))) {
                throw new RowRejectedException(cell.getKey(), cell.getKey() + " '" + value + "' holds a / or \\;"
                        + " an id may not look like a path");
            }
            Integer limit = tableLimits.get(cell.getKey());
            if (limit != null && value.length() > limit && value.strip().length() > limit) {
                throw new RowRejectedException(cell.getKey(), cell.getKey() + " is " + value.strip().length()
                        + " characters long; it holds at most " + limit);
            }
        }
    }

    /** The first control character in the text, or -1 (a plain loop: this runs for every cell of every row). */
    private static int firstControl(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if ((c < 0x20 || (c >= 0x7F && c <= 0x9F)) && isControl(c)) {
                return c;
            }
        }
        return -1;
    }

    /** C0 and C1 control characters, except the tab and line breaks a multi-line CRM field holds. */
    private static boolean isControl(int codePoint) {
        return Character.getType(codePoint) == Character.CONTROL && codePoint != '\t' && codePoint != '\n'
                && codePoint != '\r';
    }

    public String fileName() {
        return fileName;
    }

    public boolean isRequired() {
        return required;
    }

    String table() {
        return table;
    }

    String idColumn() {
        return idColumn;
    }

    /** The columns its header must have (lower case). */
    public List<String> requiredColumns() {
        return requiredColumns;
    }

    /** Every column it reads (lower case); others are ignored. */
    public Set<String> knownColumns() {
        return knownColumns;
    }

    /** The table's columns after snapshot_id and line_no, in {@link #bind} order. */
    List<String> tableColumns() {
        return tableColumns;
    }

    String insertSql() {
        String columns = String.join(", ", tableColumns);
        String marks = String.join(", ", Collections.nCopies(tableColumns.size() + 2, "?"));
        return "INSERT INTO " + table + " (snapshot_id, line_no, " + columns + ") VALUES (" + marks + ")";
    }

    /** A step name for this file, e.g. {@code importLeads}. */
    public String stepName() {
        String base = fileName.substring(0, fileName.indexOf('.'));
        StringBuilder name = new StringBuilder("import");
        for (String part : base.split("_")) {
            name.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
        }
        return name.toString();
    }
}
