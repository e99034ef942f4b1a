package io.revblueprint.snapshot;

/**
 * A CSV row after parsing: either a value to store, or the column and reason it is quarantined for. Between the
 * reading thread and the checks a row may be both: readable, but naming a row the snapshot lacks ({@link
 * ReferenceCheck}); the checks then quarantine it for that, or for a duplicate id, which comes first.
 */
public record ParsedRow<T>(CsvRow row, T value, String column, String reason) {

    static <T> ParsedRow<T> accepted(CsvRow row, T value) {
        return new ParsedRow<>(row, value, null, null);
    }

    static <T> ParsedRow<T> rejected(CsvRow row, String column, String reason) {
        return new ParsedRow<>(row, null, column, reason);
    }

    public boolean isAccepted() {
        return reason == null;
    }

    /** Parsed into a value, whatever the reference check said since: its id can still be checked. */
    boolean isReadable() {
        return value != null;
    }

    ParsedRow<T> reject(String column, String reason) {
        return rejected(row, column, reason);
    }

    /** Readable, but naming what the snapshot lacks: quarantined for that unless its id is a duplicate. */
    ParsedRow<T> unresolved(String column, String reason) {
        return new ParsedRow<>(row, value, column, reason);
    }
}
