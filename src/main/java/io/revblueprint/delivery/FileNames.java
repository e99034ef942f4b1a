package io.revblueprint.delivery;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * A file or folder name made from data (a team id, an email address): letters, digits and {@code . _ @ -} only,
 * never starting with a dot, so no id can name a path outside the run's folder. A name that had to change gets a
 * short hash of the original, so two ids never share a file.
 */
public final class FileNames {

    private FileNames() {
    }

    /** The text as a name, keeping its case ("T-BER" stays "T-BER"). */
    public static String of(String text) {
        String safe = text.replaceAll("[^A-Za-z0-9._@-]", "_");
        if (safe.isEmpty() || safe.startsWith(".")) {
            safe = "_" + safe;
        }
        return safe.equals(text) ? safe : safe + "-" + hash(text);
    }

    /** The text as a lower-case name (outbox files). */
    public static String lowerCase(String text) {
        return of(text.toLowerCase(Locale.ROOT));
    }

    private static String hash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
