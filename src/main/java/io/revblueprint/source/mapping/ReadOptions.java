package io.revblueprint.source.mapping;

import java.time.ZoneId;
import java.util.List;
import java.util.Set;

/**
 * How a mapping's files are read: their encoding ({@code auto}: UTF-8 when the bytes are valid UTF-8, else
 * Windows-1252), the zone of times written without offset (null: the company's), extra date patterns, values that
 * mean empty (Salesforce's {@code 000000000000000AAA}), whether 15-character Salesforce ids are widened to their
 * 18-character form, and the columns that mark a record deleted (skipped everywhere, counted; kept as cell keys,
 * asked of every record).
 */
record ReadOptions(String encoding, ZoneId zone, List<String> datePatterns, Set<String> nullValues,
                   boolean salesforceIds, List<String> deletedFlags) {

    static final String AUTO = "auto";

    ReadOptions {
        datePatterns = List.copyOf(datePatterns);
        nullValues = Set.copyOf(nullValues);
        deletedFlags = deletedFlags.stream().map(SourceColumns::key).toList();
    }

    ReadOptions withEncoding(String override) {
        return new ReadOptions(override, zone, datePatterns, nullValues, salesforceIds, deletedFlags);
    }
}
