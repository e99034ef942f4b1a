package io.revblueprint.cli;

import io.revblueprint.metrics.Period;

import java.nio.file.Files;
import java.time.ZoneOffset;

/** Checks that need no database, so a typo fails in a second instead of after start-up. */
final class Preflight {

    private Preflight() {
    }

    static void check(RunRequest request) {
        if (!Files.exists(request.snapshot())) {
            throw new UsageException("snapshot " + request.snapshot() + " does not exist; give a folder or .zip with snapshot.json");
        }
        if (request.period() != null) {
            try {
                Period.parse(request.period(), ZoneOffset.UTC);
            } catch (IllegalArgumentException e) {
                throw new UsageException(e.getMessage());
            }
        }
    }
}
