package io.revblueprint.job;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.stream.Stream;

/**
 * Identifies a snapshot's content cheaply (names, sizes, modification times of its files and of the mapping file),
 * so a fixed or new snapshot at the same path is a new run while an unchanged one restarts where its failed run
 * stopped. A replica has no files before it is pulled: its runs are told apart by the day (UTC), so a failed
 * nightly pull restarts the same day and the next night pulls again.
 */
final class SnapshotFingerprint {

    private SnapshotFingerprint() {
    }

    /** {@code location} null for a replica; {@code mapping} null for none. */
    static String of(Path location, Path mapping) {
        if (location == null) {
            return "replica-" + LocalDate.now(ZoneOffset.UTC);
        }
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            add(digest, location);
            if (mapping != null) {
                add(digest, mapping);
            }
            return HexFormat.of().formatHex(digest.digest()).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void add(MessageDigest digest, Path location) {
        try (Stream<Path> walk = Files.walk(location)) {
            for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                String entry = location.relativize(file) + "|" + Files.size(file) + "|" + Files.getLastModifiedTime(file).toMillis() + "\n";
                digest.update(entry.getBytes(StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
