package io.revblueprint.source.mapping;

import io.revblueprint.snapshot.InstantText;

import java.util.function.Consumer;

/** The snapshot's cutoff instant, e.g. the latest a closing date may be. */
record AsOfValue() implements Expression {

    @Override
    public String value(RowScope scope) {
        return InstantText.format(scope.context().asOf());
    }

    @Override
    public void readColumns(Consumer<String> columns) {
    }
}
