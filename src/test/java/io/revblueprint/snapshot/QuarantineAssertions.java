package io.revblueprint.snapshot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The outcome of the import rules for a row: stored, quarantined for exactly this column and reason, or the file refused. */
final class QuarantineAssertions {

    private QuarantineAssertions() {
    }

    /** Returns the value read, for assertions on it. */
    static <T> T assertAccepted(ParsedRow<T> row) {
        assertThat(row.isAccepted()).as("accepted, but quarantined: %s, %s", row.column(), row.reason()).isTrue();
        return row.value();
    }

    static void assertRejected(ParsedRow<?> row, String column, String reason) {
        assertThat(row).extracting(ParsedRow::isAccepted, ParsedRow::column, ParsedRow::reason)
                .containsExactly(false, column, reason);
    }

    /** A file whose header lacks a required column fails the import, naming the file and the column. */
    static void assertImportFailsWithout(String column, TestRow row, SnapshotFormat<?> format) {
        assertThatThrownBy(() -> row.without(column).header(format).requireColumns(format))
                .isInstanceOf(SnapshotFileException.class)
                .hasMessageStartingWith(format.fileName() + ": required column '" + column + "' is missing from the header");
    }
}
