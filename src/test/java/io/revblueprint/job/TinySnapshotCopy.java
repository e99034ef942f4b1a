package io.revblueprint.job;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** A copy of the tiny test snapshot a test may change or place (an export folder, a file made bad). */
public final class TinySnapshotCopy {

    private TinySnapshotCopy() {
    }

    public static Path into(Path folder) throws IOException {
        Files.createDirectories(folder);
        try (Stream<Path> files = Files.list(TinySnapshotJobTest.TINY)) {
            for (Path file : files.toList()) {
                Files.copy(file, folder.resolve(file.getFileName()));
            }
        }
        return folder;
    }
}
