package io.revblueprint.source.mapping;

/**
 * What to look up in another file: its rows that meet {@code where} (null: all), keyed by {@code key} (read on
 * each row of that file: a column, or e.g. a first and last name joined), giving {@code column} (null: the key
 * itself, to ask whether such a row exists); when several rows share a key, the first, the earliest or latest
 * by {@code by}, or the value most of them give (the first to reach the count wins a tie).
 */
record Lookup(String alias, Expression key, Condition where, Expression column, Pick pick, Expression by) {

    enum Pick { FIRST, EARLIEST, LATEST, MOST_COMMON }
}
