package io.revblueprint.source;

import io.revblueprint.snapshot.CanonicalFolderSource;
import io.revblueprint.snapshot.SnapshotFileException;
import io.revblueprint.snapshot.SnapshotManifest;
import io.revblueprint.snapshot.SnapshotSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;

/** Finds the source a run names and opens it: the one place that knows every kind of source. */
public final class SnapshotSources {

    private final ZoneId companyZone;

    /** {@code companyZone}: the configured company time zone, for sources that do not name one. */
    public SnapshotSources(ZoneId companyZone) {
        this.companyZone = companyZone;
    }

    /**
     * Resolves the location (extracting archives) and the kind: the one given, else what the folder holds.
     * {@code kind} and {@code mapping} may be null.
     */
    public SourceSpec locate(SourceKind kind, Path location, Path mapping) {
        SourceFolder.Resolved resolved = SourceFolder.resolve(location);
        SourceKind found = kind != null ? kind : detect(resolved.folder());
        return new SourceSpec(found, resolved.folder(), mapping, resolved.extracted());
    }

    public SnapshotSource open(SourceSpec spec) {
        return switch (spec.kind()) {
            case CANONICAL -> new CanonicalFolderSource(spec.folder(), companyZone);
            default -> throw new SnapshotFileException("--source=" + spec.kind().label() + " is not available yet");
        };
    }

    private static SourceKind detect(Path folder) {
        if (Files.isRegularFile(folder.resolve(SnapshotManifest.FILE))) {
            return SourceKind.CANONICAL;
        }
        throw new SnapshotFileException("cannot tell what " + folder + " holds: no " + SnapshotManifest.FILE
                + " (a canonical snapshot); say which source it is with --source=" + SourceKind.names());
    }
}
