package io.revblueprint.source.mapping;

import java.util.function.Consumer;

/** How one value of a canonical row is made from a source record; null for empty. */
interface Expression {

    String value(RowScope scope);

    /** Passes the source columns it reads from the record being mapped (not those of files it looks up in). */
    void readColumns(Consumer<String> columns);
}
