package io.revblueprint.cli;

import io.revblueprint.job.RunParameters;

import java.nio.file.Files;

/** Checks that need no database, so a typo fails in a second instead of after start-up. */
final class Preflight {

    private Preflight() {
    }

    static void check(RunRequest request) {
        if (request.snapshot() != null && !Files.exists(request.snapshot())) {
            throw new UsageException("snapshot " + request.snapshot() + " does not exist; give a folder or .zip with snapshot.json");
        }
        if (request.mapping() != null && !Files.isRegularFile(request.mapping())) {
            throw new UsageException("mapping file " + request.mapping() + " does not exist");
        }
        try {
            if (request.source() != null) {
                RunParameters.checkSource(request.source());
            }
            if (request.period() != null) {
                RunParameters.checkPeriod(request.period());
            }
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }
}
