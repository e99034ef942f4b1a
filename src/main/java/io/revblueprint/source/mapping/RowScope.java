package io.revblueprint.source.mapping;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What an expression sees while one canonical row is mapped: the source record, the canonical values mapped so
 * far, for an unpivoted column its label's match and value, and the notes the row's values earned.
 */
final class RowScope {

    private final MappingContext context;
    private final SourceRecord record;
    private final Map<String, String> outputs = new LinkedHashMap<>();
    private final String eachMatch;
    private final String eachValue;
    private final Map<String, Long> notes = new LinkedHashMap<>();

    RowScope(MappingContext context, SourceRecord record, String eachMatch, String eachValue) {
        this.context = context;
        this.record = record;
        this.eachMatch = eachMatch;
        this.eachValue = eachValue;
    }

    RowScope(MappingContext context, SourceRecord record) {
        this(context, record, null, null);
    }

    MappingContext context() {
        return context;
    }

    SourceRecord record() {
        return record;
    }

    String output(String column) {
        return outputs.get(column);
    }

    void put(String column, String value) {
        outputs.put(column, value);
    }

    Map<String, String> outputs() {
        return outputs;
    }

    String eachMatch() {
        return eachMatch;
    }

    String eachValue() {
        return eachValue;
    }

    void note(String note) {
        notes.merge(note, 1L, Long::sum);
    }

    Map<String, Long> notes() {
        return notes;
    }
}
