package io.revblueprint.source.mapping;

import java.util.function.Consumer;

/** A value looked up in another file by the key this row gives ({@code on}); null when no row has the key. */
record JoinValue(Lookup lookup, Expression on) implements Expression {

    @Override
    public String value(RowScope scope) {
        String key = on.value(scope);
        return key == null ? null : scope.context().lookups().find(lookup, key, scope.context());
    }

    @Override
    public void readColumns(Consumer<String> columns) {
        on.readColumns(columns);
    }
}
