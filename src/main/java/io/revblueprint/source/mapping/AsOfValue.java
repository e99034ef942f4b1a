package io.revblueprint.source.mapping;

import java.util.function.Consumer;

/** The snapshot's cutoff instant, e.g. the latest a closing date may be. */
record AsOfValue() implements Expression {

    @Override
    public String value(RowScope scope) {
        return scope.context().asOf().toString();
    }

    @Override
    public void readColumns(Consumer<String> columns) {
    }
}
