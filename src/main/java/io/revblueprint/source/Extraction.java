package io.revblueprint.source;

import io.revblueprint.snapshot.SnapshotFileException;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;

/**
 * The archives of one export unpacked into a folder, counting what they write together so a zip bomb stops at the
 * limit, not the disk: counted per archive, a folder of ten small bombs unpacked ten times the limit.
 */
final class Extraction {

    private final List<Path> zips;
    private final Path target;
    private final ArchiveLimits limits;
    private final long ratioLimit;
    private long written;
    private int entries;

    Extraction(List<Path> zips, Path target, ArchiveLimits limits) throws IOException {
        this.zips = zips;
        this.target = target;
        this.limits = limits;
        long packed = 0;
        for (Path zip : zips) {
            packed += Files.size(zip);
        }
        this.ratioLimit = Math.max(ArchiveLimits.RATIO_FREE_BYTES, packed * limits.maxRatio());
    }

    void run() throws IOException {
        for (Path zip : zips) {
            unpack(zip);
        }
    }

    private void unpack(Path zip) throws IOException {
        requireWhole(zip);
        try (InputStream in = Files.newInputStream(zip); ZipInputStream archive = new ZipInputStream(in)) {
            for (ZipEntry entry; (entry = nextEntry(zip, archive)) != null; ) {
                if (++entries > limits.maxEntries()) {
                    throw refused(zip, "holds more than " + limits.maxEntries() + " entries");
                }
                Path destination = destinationOf(zip, entry);
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
                    copyWhole(zip, archive, entry, destination);
                }
            }
        }
    }

    /**
     * A zip cut short while copying reads entry by entry up to the cut, the files after it missing; its directory, at
     * the end, is not there.
     */
    private static void requireWhole(Path zip) {
        try (ZipFile directory = new ZipFile(zip.toFile())) {
            directory.size();
        } catch (IOException e) {
            throw new SnapshotFileException(zip + " is not a whole zip file (" + e.getMessage() + "): it may have been"
                    + " cut short while copying; copy or export it again", e);
        }
    }

    private Path destinationOf(Path zip, ZipEntry entry) {
        try {
            return target.resolve(entry.getName()).normalize();
        } catch (InvalidPathException e) {
            throw new SnapshotFileException(zip + ": entry '" + entry.getName().replace("\0", "\\0")
                    + "' is not a valid file name (" + e.getReason() + "); export the archive again", e);
        }
    }

    /** The JDK reports an entry name that is not UTF-8 as an IllegalArgumentException: a broken archive too. */
    private static ZipEntry nextEntry(Path zip, ZipInputStream archive) throws IOException {
        try {
            return archive.getNextEntry();
        } catch (IllegalArgumentException e) {
            throw new SnapshotFileException(zip + " is not a readable zip (an entry's name is not UTF-8: "
                    + e.getMessage() + "); export the archive again", e);
        }
    }

    /** A damaged entry (a wrong size or checksum) is named, with what to do (the caller removes what was written). */
    private void copyWhole(Path zip, InputStream archive, ZipEntry entry, Path destination) throws IOException {
        try {
            copy(zip, archive, destination);
        } catch (ZipException | EOFException e) {
            throw new SnapshotFileException(zip + " is damaged: its entry " + entry.getName() + " cannot be read ("
                    + e.getMessage() + "); copy or export the archive again", e);
        }
    }

    private void copy(Path zip, InputStream entry, Path destination) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        try (OutputStream out = Files.newOutputStream(destination)) {
            for (int read; (read = entry.read(buffer)) > 0; ) {
                written += read;
                if (written > limits.maxBytes()) {
                    throw refused(zip, "unpacks to more than " + limits.maxBytes() + " bytes");
                }
                if (written > ratioLimit) {
                    throw refused(zip, "unpacks to more than " + limits.maxRatio() + " times "
                            + (zips.size() == 1 ? "its own size" : "the archives' size"));
                }
                out.write(buffer, 0, read);
            }
        }
    }

    /** Past a limit in a later archive of several, the limit is the export's: "counted with the archive before it". */
    private SnapshotFileException refused(Path zip, String what) {
        int before = zips.indexOf(zip);
        String counted = before == 0 ? "" : " (counted with the " + (before == 1 ? "archive" : before + " archives")
                + " before it)";
        return new SnapshotFileException(zip + " " + what + counted + " (blueprint.source.archive limits); a CRM export"
                + " does not, so check the file, or raise the limit if it is genuine");
    }
}
