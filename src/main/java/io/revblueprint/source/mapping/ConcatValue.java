package io.revblueprint.source.mapping;

import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/** The values that are set, joined by a separator (a person's first and last name); null when none is. */
record ConcatValue(List<Expression> parts, String separator) implements Expression {

    ConcatValue {
        parts = List.copyOf(parts);
    }

    @Override
    public String value(RowScope scope) {
        String joined = parts.stream().map(part -> part.value(scope)).filter(Objects::nonNull)
                .collect(Collectors.joining(separator));
        return joined.isEmpty() ? null : joined;
    }

    @Override
    public void readColumns(Consumer<String> columns) {
        parts.forEach(part -> part.readColumns(columns));
    }
}
