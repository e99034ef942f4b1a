package io.revblueprint.cli;

import io.revblueprint.demo.DemoSnapshot;
import io.revblueprint.demo.DemoSnapshotGenerator;
import io.revblueprint.system.Folders;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * --demo: writes the seeded sample snapshot and points the run at a fresh embedded database of its own, so the
 * demo needs nothing installed, never touches a configured database, and gives the same figures every time. Without
 * --period it first runs the quarter before the last full one, so the last full quarter's blueprints show trends,
 * change and progress on earlier fixes.
 */
final class DemoRun {

    static final long SEED = 20261002L;
    private static final String DATA_DIR = "--blueprint.data-dir=";

    private DemoRun() {
    }

    static RunRequest prepare(RunRequest request, PrintStream out) {
        Path home = home(request.springArguments()).toAbsolutePath().normalize();
        try {
            Folders.deleteTree(home);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot clear the previous demo in " + home, e);
        }
        DemoSnapshot snapshot = generate(home.resolve("snapshot"));
        out.println("Demo snapshot written to " + snapshot.folder() + " (as of " + snapshot.asOf() + ")");
        List<String> arguments = new ArrayList<>(request.springArguments());
        arguments.addAll(OwnDatabase.at(home.resolve("revenue-blueprint")));
        return new RunRequest(true, snapshot.folder(), null, null, false, request.period(), request.out(),
                request.teams(), EmailMode.OUTBOX, request.force(), arguments,
                request.period() == null ? snapshot.quarterBeforeLast() : null, false, null);
    }

    /** {@code demo} under the data folder the run is given (--blueprint.data-dir), else under ./data, its default. */
    static Path home(List<String> springArguments) {
        return springArguments.stream().filter(argument -> argument.startsWith(DATA_DIR))
                .map(argument -> Path.of(argument.substring(DATA_DIR.length()))).reduce((first, last) -> last)
                .orElse(Path.of("data")).resolve("demo");
    }

    private static DemoSnapshot generate(Path folder) {
        try {
            Files.createDirectories(folder);
            return new DemoSnapshotGenerator(SEED).writeTo(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the demo snapshot to " + folder, e);
        }
    }
}
