package io.revblueprint.source.mapping;

import java.util.List;

/**
 * What to look up in another file: its rows that meet {@code where} (null: all), keyed by {@code keyColumns}
 * (several are joined by a space: first and last name), giving {@code column} (null: the key itself, to ask
 * whether such a row exists); when several rows share a key, the first, or the earliest or latest by {@code by}.
 */
record Lookup(String alias, List<String> keyColumns, Condition where, String column, Pick pick, String by) {

    enum Pick { FIRST, EARLIEST, LATEST }

    Lookup {
        keyColumns = List.copyOf(keyColumns);
    }
}
