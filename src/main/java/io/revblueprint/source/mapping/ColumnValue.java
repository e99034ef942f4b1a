package io.revblueprint.source.mapping;

import java.util.List;
import java.util.function.Consumer;

/**
 * The cell of the first of the named columns the file has (several names for one column renamed across versions);
 * {@code keys} are the names as cells are keyed ({@link SourceColumns#key}).
 */
record ColumnValue(List<String> names, List<String> keys) implements Expression {

    ColumnValue(List<String> names) {
        this(List.copyOf(names), names.stream().map(SourceColumns::key).toList());
    }

    @Override
    public String value(RowScope scope) {
        for (String key : keys) {
            if (scope.record().has(key)) {
                return scope.record().get(key);
            }
        }
        return null;
    }

    @Override
    public void readColumns(Consumer<String> columns) {
        names.forEach(columns);
    }
}
