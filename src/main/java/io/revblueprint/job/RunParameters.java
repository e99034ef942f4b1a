package io.revblueprint.job;

import java.nio.file.Path;
import java.util.List;

/** One run as the command line asked for it; {@code period} is null for the default period. */
public record RunParameters(Path snapshot, String period, Path out, List<String> teams, String email, boolean force) {
}
