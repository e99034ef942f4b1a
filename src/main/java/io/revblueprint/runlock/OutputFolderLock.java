package io.revblueprint.runlock;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * One run at a time per output folder: an OS file lock on {@code <out>/.run.lock}, which the OS releases when the
 * holder dies however it dies; the file names the holder for whoever finds it locked.
 */
public final class OutputFolderLock implements AutoCloseable {

    static final String FILE = ".run.lock";

    private final FileChannel channel;
    private final FileLock lock;

    private OutputFolderLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** Takes the lock or throws {@link RunLockedException} naming the run that has it. */
    public static OutputFolderLock acquire(Path out, LockHolder holder) {
        Path file = out.resolve(FILE);
        try {
            Files.createDirectories(out);
            FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
            FileLock lock = tryLock(channel);
            if (lock == null) {
                String other = Files.readString(file, StandardCharsets.UTF_8).strip();
                channel.close();
                throw new RunLockedException("another run is writing to " + out.toAbsolutePath().normalize() + " ("
                        + other + "); wait for it to finish, or give another --out");
            }
            channel.truncate(0).write(ByteBuffer.wrap(holder.describe().getBytes(StandardCharsets.UTF_8)));
            return new OutputFolderLock(channel, lock);
        } catch (IOException e) {
            // A file exception's message is often its bare path: its reason is told where the failure is (RunOutcome).
            throw new UncheckedIOException("cannot lock the output folder " + out
                    + (e instanceof FileSystemException ? "" : ": " + e.getMessage()), e);
        }
    }

    /** Null when another process, or another run in this one, holds it. */
    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException e) {
            return null;
        }
    }

    @Override
    public void close() throws IOException {
        try (channel) {
            lock.release();
        }
    }
}
