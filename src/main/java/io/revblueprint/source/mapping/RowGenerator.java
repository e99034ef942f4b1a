package io.revblueprint.source.mapping;

import io.revblueprint.snapshot.CsvRow;
import io.revblueprint.snapshot.SourceTally;

import java.util.List;

/** The canonical rows one {@link RowSource} gives, in a stable order. */
interface RowGenerator extends AutoCloseable {

    /** The next row, or null when the source has no more. */
    CsvRow next();

    List<SourceTally> tallies();

    @Override
    void close();
}
