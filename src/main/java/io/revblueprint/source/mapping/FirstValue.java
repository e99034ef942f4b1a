package io.revblueprint.source.mapping;

import java.util.List;
import java.util.function.Consumer;

/** The first of the expressions that gives a value, in order. */
record FirstValue(List<Expression> alternatives) implements Expression {

    FirstValue {
        alternatives = List.copyOf(alternatives);
    }

    @Override
    public String value(RowScope scope) {
        for (Expression alternative : alternatives) {
            String value = alternative.value(scope);
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    @Override
    public void readColumns(Consumer<String> columns) {
        alternatives.forEach(alternative -> alternative.readColumns(columns));
    }
}
