package io.revblueprint.source;

import java.nio.file.Path;
import java.time.Instant;

/**
 * A located source: its kind, the folder its files are in, the mapping file that adapts it (null for none),
 * and the instant its data are a snapshot of when the source knows it (a replica pull; else null).
 */
public record SourceSpec(SourceKind kind, Path folder, Path mapping, Instant asOf) {
}
