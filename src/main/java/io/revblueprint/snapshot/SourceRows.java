package io.revblueprint.snapshot;

import java.util.List;

/** A cursor over the canonical rows of one canonical file, counting what it read from each source file. */
public interface SourceRows extends AutoCloseable {

    /** The next row, or null at the end. */
    CsvRow next();

    /** What was read, mapped and skipped so far, per source file. */
    List<SourceTally> tallies();

    @Override
    void close();

    /** The rows of a file the source does not have (an optional one). */
    static SourceRows none() {
        return new SourceRows() {
            @Override
            public CsvRow next() {
                return null;
            }

            @Override
            public List<SourceTally> tallies() {
                return List.of();
            }

            @Override
            public void close() {
            }
        };
    }
}
