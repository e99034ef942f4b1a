package io.revblueprint.source.mapping;

import java.util.function.Consumer;

/** For a row made from each matching column: what the column's label matched, or the column's value. */
record EachColumnValue(boolean match) implements Expression {

    @Override
    public String value(RowScope scope) {
        return match ? scope.eachMatch() : scope.eachValue();
    }

    @Override
    public void readColumns(Consumer<String> columns) {
    }
}
