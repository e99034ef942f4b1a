package io.revblueprint.cli;

import io.revblueprint.demo.DemoSnapshot;
import io.revblueprint.demo.ScaleSnapshotGenerator;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/** {@code --generate-snapshot=DIR --leads=N [--seed=S]}: a synthetic snapshot of that size for benchmarks. */
record GenerateRequest(Path folder, int leads, long seed) {

    static final long DEFAULT_SEED = 20261002L;
    static final String USAGE = "usage: java -jar revenue-blueprint.jar --generate-snapshot=DIR --leads=N [--seed=S]";

    int run(PrintStream out) {
        try {
            DemoSnapshot snapshot = new ScaleSnapshotGenerator(seed, leads).writeTo(folder);
            out.println("Snapshot of " + leads + " leads written to " + snapshot.folder() + ": " + snapshot.rowCounts());
            return CommandLineApp.OK;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the snapshot to " + folder + ": " + e.getMessage(), e);
        }
    }
}
