package io.revblueprint.source.mapping;

import java.time.Instant;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The lookups into other files one read makes, each a key → value map: the lookups into one file are built
 * together from one pass over it, when the first of them is asked, so a lookup costs a hash probe and the memory
 * of the keys and values it can return.
 */
final class Lookups {

    private static final Pattern SPACES = Pattern.compile("\\s+");

    private final SourceFiles files;
    private final List<Lookup> known;
    private final Map<Lookup, Index> indexes = new IdentityHashMap<>();
    private final Map<String, Long> recordsRead = new LinkedHashMap<>();

    /** {@code known}: every lookup the read may ask, built with the first one into the same file. */
    Lookups(SourceFiles files, List<Lookup> known) {
        this.files = files;
        this.known = List.copyOf(known);
    }

    String find(Lookup lookup, String key, MappingContext context) {
        if (!indexes.containsKey(lookup)) {
            build(lookup.alias(), context);
        }
        return indexes.get(lookup).values.get(normalized(key));
    }

    /** Records read per looked-up file. */
    Map<String, Long> recordsRead() {
        return recordsRead;
    }

    private void build(String alias, MappingContext context) {
        Map<Lookup, Index> built = new IdentityHashMap<>();
        known.stream().filter(lookup -> lookup.alias().equals(alias)).forEach(lookup -> built.put(lookup, new Index()));
        long[] read = {0};
        String file = files.forEach(alias, record -> {
            read[0]++;
            if (!record.deleted()) {
                RowScope scope = new RowScope(context, record);
                built.forEach((lookup, index) -> index.add(lookup, scope));
            }
        });
        if (file != null) {
            recordsRead.put(file, read[0]);
        }
        indexes.putAll(built);
    }

    /** One lookup's values by normalized key; for a pick by time the rank of the value kept, by count the counts. */
    private static final class Index {

        private final Map<String, String> values = new HashMap<>();
        private final Map<String, Instant> ranks = new HashMap<>();
        private final Map<String, Map<String, Integer>> counts = new HashMap<>();

        void add(Lookup lookup, RowScope scope) {
            if (lookup.where() != null && !lookup.where().holds(scope)) {
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
            if (lookup.pick() == Lookup.Pick.MOST_COMMON) {
                count(key, value);
                return;
            }
            String byText = lookup.by().value(scope);
            Instant rank = byText == null ? null : scope.context().times().instant(byText);
            Instant best = ranks.get(key);
            if (rank != null && (best == null || (lookup.pick() == Lookup.Pick.EARLIEST ? rank.isBefore(best) : rank.isAfter(best)))) {
                ranks.put(key, rank);
                values.put(key, value);
            }
        }

        private void count(String key, String value) {
            if (value == null) {
                return;
            }
            Map<String, Integer> seen = counts.computeIfAbsent(key, k -> new HashMap<>());
            int count = seen.merge(value, 1, Integer::sum);
            String leader = values.get(key);
            if (leader == null || count > seen.get(leader)) {
                values.put(key, value);
            }
        }
    }

    /**
     * A key as written by hand in different places: case and runs of spaces aside ("DACH  Sales", "dach sales"), so a
     * team made once per name is found again by every spelling of it.
     */
    static String normalized(String key) {
        String stripped = key.strip();
        return (stripped.contains("  ") || stripped.indexOf('\t') >= 0 ? SPACES.matcher(stripped).replaceAll(" ")
                : stripped).toLowerCase(Locale.ROOT);
    }
}
