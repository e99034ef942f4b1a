package io.revblueprint.source.mapping;

import io.revblueprint.snapshot.CsvRow;

/** One record of a source file, its cells read as the mapping's {@link ReadOptions} say. */
final class SourceRecord {

    private final CsvRow row;
    private final ReadOptions options;

    SourceRecord(CsvRow row, ReadOptions options) {
        this.row = row;
        this.options = options;
    }

    /** Whether the header has the column (by {@link SourceColumns#key}). */
    boolean has(String key) {
        return row.cells().containsKey(key);
    }

    /** The trimmed cell; null when empty, absent or one of the values that mean empty. */
    String get(String key) {
        String value = row.get(key);
        if (value == null || options.nullValues().contains(value)) {
            return null;
        }
        return options.salesforceIds() && key.endsWith("id") ? SalesforceIds.widen(value) : value;
    }

    boolean deleted() {
        for (String flag : options.deletedFlags()) {
            String value = get(flag);
            if ("1".equals(value) || "true".equalsIgnoreCase(value)) {
                return true;
            }
        }
        return false;
    }

    CsvRow row() {
        return row;
    }
}
