package io.revblueprint.source;

import io.revblueprint.snapshot.SnapshotFileException;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;

/** One archive unpacked into a folder, counting what it writes so a zip bomb stops at the limit, not the disk. */
final class Extraction {

    private final Path zip;
    private final Path target;
    private final ArchiveLimits limits;
    private final long ratioLimit;
    private long written;
    private int entries;

    Extraction(Path zip, Path target, ArchiveLimits limits) throws IOException {
        this.zip = zip;
        this.target = target;
        this.limits = limits;
        this.ratioLimit = Math.max(ArchiveLimits.RATIO_FREE_BYTES, Files.size(zip) * limits.maxRatio());
    }

    void run() throws IOException {
        requireWhole();
        try (InputStream in = Files.newInputStream(zip); ZipInputStream archive = new ZipInputStream(in)) {
            for (ZipEntry entry; (entry = nextEntry(archive)) != null; ) {
                if (++entries > limits.maxEntries()) {
                    throw refused("holds more than " + limits.maxEntries() + " entries");
                }
                Path destination = destinationOf(entry);
                if (!destination.startsWith(target)) {
                    throw new SnapshotFileException(zip + ": entry " + entry.getName() + " points outside the archive");
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(destination);
                } else if (Files.exists(destination)) {
                    throw new SnapshotFileException(zip + ": " + entry.getName()
                            + " is also in another of the archives; give the archives of one export only");
                } else {
                    Files.createDirectories(destination.getParent());
                    copyWhole(archive, entry, destination);
                }
            }
        }
    }

    /**
     * A zip cut short while copying reads entry by entry up to the cut, the files after it missing; its directory, at
     * the end, is not there.
     */
    private void requireWhole() {
        try (ZipFile directory = new ZipFile(zip.toFile())) {
            directory.size();
        } catch (IOException e) {
            throw new SnapshotFileException(zip + " is not a whole zip file (" + e.getMessage() + "): it may have been"
                    + " cut short while copying; copy or export it again", e);
        }
    }

    private Path destinationOf(ZipEntry entry) {
        try {
            return target.resolve(entry.getName()).normalize();
        } catch (InvalidPathException e) {
            throw new SnapshotFileException(zip + ": entry '" + entry.getName().replace("\0", "\\0")
                    + "' is not a valid file name (" + e.getReason() + "); export the archive again", e);
        }
    }

    /** The JDK reports an entry name that is not UTF-8 as an IllegalArgumentException: a broken archive too. */
    private ZipEntry nextEntry(ZipInputStream archive) throws IOException {
        try {
            return archive.getNextEntry();
        } catch (IllegalArgumentException e) {
            throw new SnapshotFileException(zip + " is not a readable zip (an entry's name is not UTF-8: "
                    + e.getMessage() + "); export the archive again", e);
        }
    }

    /** A damaged entry (a wrong size or checksum) is named, with what to do (the caller removes what was written). */
    private void copyWhole(InputStream archive, ZipEntry entry, Path destination) throws IOException {
        try {
            copy(archive, destination);
        } catch (ZipException | EOFException e) {
            throw new SnapshotFileException(zip + " is damaged: its entry " + entry.getName() + " cannot be read ("
                    + e.getMessage() + "); copy or export the archive again", e);
        }
    }

    private void copy(InputStream entry, Path destination) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        try (OutputStream out = Files.newOutputStream(destination)) {
            for (int read; (read = entry.read(buffer)) > 0; ) {
                written += read;
                if (written > limits.maxBytes()) {
                    throw refused("unpacks to more than " + limits.maxBytes() + " bytes");
                }
                if (written > ratioLimit) {
                    throw refused("unpacks to more than " + limits.maxRatio() + " times its own size");
                }
                out.write(buffer, 0, read);
            }
        }
    }

    private SnapshotFileException refused(String what) {
        return new SnapshotFileException(zip + " " + what + " (blueprint.source.archive limits); a CRM export does"
                + " not, so check the file, or raise the limit if it is genuine");
    }
}
