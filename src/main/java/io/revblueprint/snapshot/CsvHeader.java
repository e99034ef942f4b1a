package io.revblueprint.snapshot;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * A file's header row: {@code names} are the keys its cells are read by (for a canonical file the lower-cased
 * names, matched case-insensitively against the columns its format knows), {@code labels} the names as written.
 */
public record CsvHeader(String file, List<String> names, List<String> labels) {

    private static final Map<String, String> OTHER_DELIMITERS = Map.of(";", "semicolons", "\t", "tabs",
            "|", "vertical bars");

    static CsvHeader of(String file, List<String> rawNames) {
        return of(file, rawNames, CsvHeader::canonicalKey);
    }

    static CsvHeader of(String file, List<String> rawNames, UnaryOperator<String> columnKey) {
        List<String> names = new ArrayList<>();
        for (String name : rawNames) {
            String key = columnKey.apply(name);
            if (!key.isEmpty() && names.contains(key)) {
                throw new SnapshotFileException(file + ": the header names column '" + name + "' twice (columns "
                        + (names.indexOf(key) + 1) + " and " + (names.size() + 1) + "); a cell must have one meaning:"
                        + " rename or remove one of them");
            }
            // Interned like the formats' column names, so the many cell lookups per row match by identity first.
            names.add(key.intern());
        }
        return new CsvHeader(file, List.copyOf(names), List.copyOf(rawNames));
    }

    static String canonicalKey(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }

    /** Fails naming the file and the first missing required column, or the delimiter the file uses instead of ','. */
    void requireColumns(SnapshotFormat<?> format) {
        // Excel in a German or French locale saves "CSV" with ';': the header read as one column named all of them.
        String only = labels.size() == 1 ? labels.get(0) : "";
        OTHER_DELIMITERS.forEach((delimiter, name) -> {
            if (only.contains(delimiter)) {
                throw new SnapshotFileException(file + ": the header is one column, '"
                        + (only.length() > 60 ? only.substring(0, 60) + "…" : only) + "': the file is separated by "
                        + name + ", not by commas; save it as comma-separated CSV (in Excel: CSV UTF-8) and run again");
            }
        });
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
