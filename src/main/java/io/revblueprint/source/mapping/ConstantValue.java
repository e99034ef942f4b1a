package io.revblueprint.source.mapping;

import java.util.function.Consumer;

/** The same value for every row. */
record ConstantValue(String value) implements Expression {

    @Override
    public String value(RowScope scope) {
        return value;
    }

    @Override
    public void readColumns(Consumer<String> columns) {
    }
}
