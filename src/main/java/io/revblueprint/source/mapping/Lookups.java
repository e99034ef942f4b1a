package io.revblueprint.source.mapping;

import java.time.Instant;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The lookups into other files one read makes, each built once from one pass over its file: a key → value map,
 * so a lookup costs a hash probe and the memory of the keys and values it can return.
 */
final class Lookups {

    private final SourceFiles files;
    private final Map<Lookup, Map<String, String>> indexes = new IdentityHashMap<>();
    private final Map<String, Long> recordsRead = new LinkedHashMap<>();

    Lookups(SourceFiles files) {
        this.files = files;
    }

    String find(Lookup lookup, String key, MappingContext context) {
        return indexes.computeIfAbsent(lookup, l -> index(l, context)).get(normalized(key));
    }

    /** Records read per looked-up file. */
    Map<String, Long> recordsRead() {
        return recordsRead;
    }

    private Map<String, String> index(Lookup lookup, MappingContext context) {
        Map<String, String> values = new HashMap<>();
        Map<String, Instant> ranks = new HashMap<>();
        long[] read = {0};
        String file = files.forEach(lookup.alias(), record -> {
            read[0]++;
            RowScope scope = new RowScope(context, record);
            if (record.deleted() || lookup.where() != null && !lookup.where().holds(scope)) {
                return;
            }
            String written = lookup.key().value(scope);
            if (written == null) {
                return;
            }
            String key = normalized(written);
            String value = lookup.column() == null ? written : lookup.column().value(scope);
            if (lookup.pick() == Lookup.Pick.FIRST) {
                values.putIfAbsent(key, value);
                return;
            }
            String byText = lookup.by().value(scope);
            Instant rank = byText == null ? null : context.times().instant(byText);
            Instant best = ranks.get(key);
            if (rank != null && (best == null || (lookup.pick() == Lookup.Pick.EARLIEST ? rank.isBefore(best) : rank.isAfter(best)))) {
                ranks.put(key, rank);
                values.put(key, value);
            }
        });
        if (file != null) {
            recordsRead.put(file, read[0]);
        }
        return values;
    }

    private static String normalized(String key) {
        return key.strip().toLowerCase(Locale.ROOT);
    }
}
