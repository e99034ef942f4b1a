package io.revblueprint.delivery;

import org.apache.commons.codec.digest.DigestUtils;

import java.util.Locale;

/**
 * A file or folder name made from data (a team id, an email address): letters, digits and {@code . _ @ -} only,
 * never starting with a dot, so no id can name a path outside the run's folder. A name that had to change gets a
 * short hash of the original, so two ids never share a file, and so does one cut to {@value #LONGEST} characters: a
 * 316-character address made the outbox file's name too long for the file system, and every run failed.
 */
public final class FileNames {

    static final int LONGEST = 80;

    private FileNames() {
    }

    /** The text as a name, keeping its case ("T-BER" stays "T-BER"). */
    public static String of(String text) {
        String safe = text.replaceAll("[^A-Za-z0-9._@-]", "_");
        if (safe.isEmpty() || safe.startsWith(".")) {
            safe = "_" + safe;
        }
        if (safe.length() > LONGEST) {
            safe = safe.substring(0, LONGEST);
        }
        return safe.equals(text) ? safe : safe + "-" + hash(text);
    }

    /** The text as a lower-case name (outbox files). */
    public static String lowerCase(String text) {
        return of(text.toLowerCase(Locale.ROOT));
    }

    /** The first 4 bytes of the text's SHA-256, in hex. */
    private static String hash(String text) {
        return DigestUtils.sha256Hex(text).substring(0, 8);
    }
}
