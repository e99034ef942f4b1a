package io.revblueprint.source;

import java.nio.file.Path;

/**
 * A located source: its kind, the folder its files are in, the mapping file that adapts it (null for none), and
 * whether the folder was made for this run (extracted archives) and can go when the run is done.
 */
public record SourceSpec(SourceKind kind, Path folder, Path mapping, boolean temporaryFolder) {
}
