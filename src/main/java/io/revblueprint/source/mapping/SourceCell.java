package io.revblueprint.source.mapping;

/** A cell of an export, where a person finds it: "'24/07/2025' in contacts.csv line 3". */
record SourceCell(String file, long line, String value) {

    String describe() {
        return "'" + value + "' in " + file + " line " + line;
    }
}
