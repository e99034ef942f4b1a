package io.revblueprint.source.mapping;

import java.util.List;
import java.util.function.Consumer;

/** The cell of the first of the named columns the file has (several names for one column renamed across versions). */
record ColumnValue(List<String> names) implements Expression {

    ColumnValue {
        names = List.copyOf(names);
    }

    @Override
    public String value(RowScope scope) {
        for (String name : names) {
            String key = SourceColumns.key(name);
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
