package io.revblueprint.snapshot;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** A file's header row, matched case-insensitively against the columns its format knows. */
record CsvHeader(String file, List<String> names) {

    static CsvHeader of(String file, List<String> rawNames) {
        List<String> names = new ArrayList<>();
        for (String name : rawNames) {
            names.add(name.strip().toLowerCase(Locale.ROOT));
        }
        return new CsvHeader(file, List.copyOf(names));
    }

    /** Fails naming the file and the first missing required column. */
    void requireColumns(SnapshotFormat<?> format) {
        for (String column : format.requiredColumns()) {
            if (!names.contains(column)) {
                throw new SnapshotFileException(file + ": required column '" + column
                        + "' is missing from the header; add it (header names are matched case-insensitively)");
            }
        }
        for (List<String> alternatives : format.requiredOneOf()) {
            if (alternatives.stream().noneMatch(names::contains)) {
                throw new SnapshotFileException(file + ": the header needs at least one of the columns "
                        + String.join(", ", alternatives));
            }
        }
    }

    /** Columns the format does not know, in header order. */
    Set<String> unknownColumns(SnapshotFormat<?> format) {
        Set<String> unknown = new LinkedHashSet<>(names);
        unknown.removeAll(format.knownColumns());
        return unknown;
    }
}
