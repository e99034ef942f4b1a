package io.revblueprint.source.mapping;

import java.util.function.Consumer;

/** A canonical value of the row mapped before this one ({@code ref}), e.g. closed_at for created_at. */
record OutputValue(String column) implements Expression {

    @Override
    public String value(RowScope scope) {
        return scope.output(column);
    }

    @Override
    public void readColumns(Consumer<String> columns) {
    }
}
